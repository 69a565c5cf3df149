import BilatCore
import GRDB

/// One direction assignment of a MATCH compiled to a join over the EAV tables.
///
/// Every literal and parameter becomes a numbered argument (`?N`); identifiers (table and
/// alias names, fixed column names) come only from this file.
struct SQLBranch {
  /// The query does not fit one SQL statement; `reason` says why (EXPLAIN prints it).
  struct Unsupported: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
  }

  struct PropertyJoin {
    var alias: String
    var owner: String
    var isNode: Bool
    var key: String
    var required: Bool
  }

  /// Arguments shared by all branches of a statement (numbering is global).
  var arguments: [SQLPlan.Argument]
  var tables: [String] = []
  var conditions: [String] = []
  var nodeIDs: [String: String] = [:]
  var relationshipIDs: [String: String] = [:]
  var relationshipTypes: [String: [String]] = [:]
  var properties: [PropertyJoin] = []
  /// A node property compared for equality with a constant: the join starts there.
  var anchor: String?
  /// Every node property compared for equality with a constant (property join aliases, in the
  /// order the query names them): the candidates for the start of the join.
  var boundProperties: [String] = []
  /// The argument index (0-based) of the value each of ``boundProperties`` is compared with.
  var boundValueArguments: [String: Int] = [:]
  /// How each table joins the others, for ``JoinOrder``.
  var roles: [String: JoinOrder.Role] = [:]
  private var aliasCounter = 0
  private var relationshipAliases: [(alias: String, types: [String])] = []

  init(arguments: [SQLPlan.Argument]) { self.arguments = arguments }

  mutating func bind(_ argument: SQLPlan.Argument) -> String {
    arguments.append(argument)
    return "?\(arguments.count)"
  }

  mutating func bind(_ value: DatabaseValue) -> String { bind(.value(DatabaseValueBox(value: value))) }

  private mutating func alias(_ prefix: String) -> String {
    aliasCounter += 1
    return "\(prefix)\(aliasCounter)"
  }

  // MARK: Patterns

  /// Adds the patterns of one MATCH; `reversed[k]` flips the k-th undirected relationship.
  mutating func add(_ patterns: [PathPattern], reversed: [Bool]) throws {
    var undirectedIndex = 0
    for pattern in patterns {
      guard pattern.shortest == .none else { throw Unsupported("a shortest path is a breadth-first search") }
      guard pattern.variable == nil else { throw Unsupported("a path variable needs the path built step by step") }
      var ids: [String?] = pattern.nodes.map { _ in nil }
      func known(_ j: Int) -> String? {
        ids[j] ?? pattern.nodes[j].variable.flatMap { nodeIDs[$0] }
      }
      if pattern.relationships.isEmpty {
        if let id = known(0) {
          try constrain(pattern.nodes[0], id)
        } else if var node = pattern.nodes.first, !node.labels.isEmpty {
          // A labelled node is read from its label's rows: no lookup in `node` (the label's
          // foreign key guarantees the node exists).
          let l = alias("l")
          tables.append("node_label \(l)")
          conditions.append("\(l).label = \(bind(node.labels.removeFirst().databaseValue))")
          roles[l] = .source(own: "\(l).node_id")
          try introduce(node, "\(l).node_id")
        } else {
          let n = alias("n")
          tables.append("node \(n)")
          roles[n] = .source(own: "\(n).id")
          try introduce(pattern.nodes[0], "\(n).id")
        }
        continue
      }
      for (i, rel) in pattern.relationships.enumerated() {
        guard !rel.isVariableLength else { throw Unsupported("a variable-length relationship") }
        if let v = rel.variable, relationshipIDs[v] != nil || nodeIDs[v] != nil {
          throw Unsupported("relationship variable `\(v)` is bound twice")
        }
        var direction = rel.direction
        var flipped = false
        if direction == .both {
          flipped = reversed[undirectedIndex]
          undirectedIndex += 1
          direction = flipped ? .incoming : .outgoing
        }
        let r = alias("r")
        let (near, far) = direction == .outgoing ? ("start_id", "end_id") : ("end_id", "start_id")
        tables.append("relationship \(r)")
        if rel.types.count == 1 {
          conditions.append("\(typeColumn(r)) = \(bind(rel.types[0].databaseValue))")
        } else if rel.types.count > 1 {
          let list = rel.types.map { bind($0.databaseValue) }.joined(separator: ", ")
          conditions.append("\(typeColumn(r)) IN (\(list))")
        }
        if flipped { conditions.append("\(r).start_id <> \(r).end_id") }
        for (other, otherTypes) in relationshipAliases {
          if !rel.types.isEmpty && !otherTypes.isEmpty && Set(rel.types).isDisjoint(with: otherTypes) { continue }
          conditions.append("\(r).id <> \(other).id")
        }
        relationshipAliases.append((r, rel.types))
        if let a = known(i) {
          conditions.append("\(r).\(near) = \(a)")
          if ids[i] == nil {
            ids[i] = a
            try constrain(pattern.nodes[i], a)
          }
        } else {
          ids[i] = "\(r).\(near)"
          try introduce(pattern.nodes[i], "\(r).\(near)")
        }
        if let b = known(i + 1) {
          conditions.append("\(r).\(far) = \(b)")
          ids[i + 1] = b
          try constrain(pattern.nodes[i + 1], b)
        } else {
          ids[i + 1] = "\(r).\(far)"
          try introduce(pattern.nodes[i + 1], "\(r).\(far)")
        }
        roles[r] = .link(
          ends: [ids[i] ?? "\(r).\(near)", ids[i + 1] ?? "\(r).\(far)"],
          own: ["\(r).id", "\(r).start_id", "\(r).end_id"])
        if let v = rel.variable {
          relationshipIDs[v] = "\(r).id"
          relationshipTypes[v] = rel.types
        }
        if let properties = rel.properties { try equalities(properties, owner: "\(r).id", isNode: false) }
      }
    }
  }

  /// The type column of a relationship alias. Once a MATCH has an anchor (a node property
  /// compared with a constant), `+` keeps SQLite off `relationship_by_type`: without ANALYZE
  /// it takes `type = ?` for as selective as the anchor and would start a later hop from a
  /// scan of every relationship of that type (q03: 29 s instead of a fraction of a second).
  private func typeColumn(_ r: String) -> String {
    anchorExpected && !pinOrder ? "+\(r).type" : "\(r).type"
  }

  /// Set when the only pattern is anchored on its first node: tables are then listed in the
  /// order they are reached from the anchor, and CROSS JOIN pins that order, so each hop can
  /// use (start_id, type) or (end_id, type) instead of scanning a hub's relationships.
  var pinOrder = false

  /// Set before `add` when the MATCH has an inline node property equality (the anchor).
  var anchorExpected = false

  private mutating func introduce(_ node: NodePattern, _ id: String) throws {
    if let v = node.variable { nodeIDs[v] = id }
    try constrain(node, id)
  }

  /// Labels and inline properties of a node occurrence.
  private mutating func constrain(_ node: NodePattern, _ id: String) throws {
    for label in node.labels { requireLabel(label, on: id) }
    if let properties = node.properties { try equalities(properties, owner: id, isNode: true) }
  }

  mutating func requireLabel(_ label: String, on id: String) {
    let l = alias("l")
    tables.append("node_label \(l)")
    roles[l] = .label(on: id)
    conditions.append("\(l).node_id = \(id) AND \(l).label = \(bind(label.databaseValue))")
  }

  private mutating func equalities(_ map: Expr, owner: String, isNode: Bool) throws {
    guard case .map(let entries) = map.kind else { throw Unsupported("inline properties given as a parameter") }
    for (key, value) in entries {
      let p = property(owner: owner, isNode: isNode, key: key, required: true)
      let valueArgument = arguments.count
      conditions.append(try comparison(p, .equal, value))
      if isNode { markBound(p, valueArgument: valueArgument) }
    }
  }

  /// Records that property join `p` of a node is compared for equality with the constant bound
  /// at argument `valueArgument` (nothing was bound when the constant is null).
  mutating func markBound(_ p: String, valueArgument: Int) {
    if anchor == nil { anchor = p }
    guard valueArgument < arguments.count, !boundProperties.contains(p) else { return }
    boundProperties.append(p)
    boundValueArguments[p] = valueArgument
  }

  /// The join alias giving (value, value_type) of a property; `required` makes it an inner join.
  mutating func property(owner: String, isNode: Bool, key: String, required: Bool) -> String {
    if let i = properties.firstIndex(where: { $0.owner == owner && $0.key == key }) {
      if required { properties[i].required = true }
      return properties[i].alias
    }
    let p = alias("p")
    properties.append(PropertyJoin(alias: p, owner: owner, isNode: isNode, key: key, required: required))
    roles[p] = .filter(on: owner)
    return p
  }

  /// `p.value <op> literal-or-parameter`, within one type class, as Cypher compares.
  mutating func comparison(_ p: String, _ op: BinaryOperator, _ value: Expr) throws -> String {
    let sqlOp: String
    switch op {
    case .equal, .notEqual: sqlOp = "="
    case .less: sqlOp = "<"
    case .lessOrEqual: sqlOp = "<="
    case .greater: sqlOp = ">"
    case .greaterOrEqual: sqlOp = ">="
    default: throw Unsupported("comparison operator \(op)")
    }
    let placeholder: String
    let classes: (String, String)
    switch value.kind {
    case .literal(.null):
      return "0"
    case .literal(.string(let s)):
      placeholder = bind(s.databaseValue)
      classes = (bind(StoredValueType.string.rawValue.databaseValue), bind(StoredValueType.string.rawValue.databaseValue))
    case .literal(.int(let i)):
      placeholder = bind(i.databaseValue)
      classes = (bind(StoredValueType.integer.rawValue.databaseValue), bind(StoredValueType.float.rawValue.databaseValue))
    case .literal(.float(let d)) where d.isFinite:
      placeholder = bind(d.databaseValue)
      classes = (bind(StoredValueType.integer.rawValue.databaseValue), bind(StoredValueType.float.rawValue.databaseValue))
    case .literal(.bool(let b)):
      placeholder = bind((b ? 1 : 0).databaseValue)
      classes = (bind(StoredValueType.boolean.rawValue.databaseValue), bind(StoredValueType.boolean.rawValue.databaseValue))
    case .parameter(let name):
      placeholder = bind(.parameter(name))
      classes = (bind(.parameterTypeClass(name, second: false)), bind(.parameterTypeClass(name, second: true)))
    default:
      throw Unsupported("a comparison with something other than a literal or a parameter")
    }
    let test = "\(p).value \(sqlOp) \(placeholder) AND \(p).value_type IN (\(classes.0), \(classes.1))"
    return op == .notEqual ? "NOT (\(test))" : test
  }

  /// FROM and WHERE text: inner joins first, optional property joins last.
  func fromAndWhere() -> String {
    var from = tables
    var whereParts = conditions
    var first: String?
    for p in properties where p.required {
      let table = p.isNode ? "node_property" : "relationship_property"
      let ownerColumn = p.isNode ? "node_id" : "relationship_id"
      if p.alias == anchor {
        first = "\(table) \(p.alias)"
      } else {
        from.append("\(table) \(p.alias)")
      }
      whereParts.insert("\(p.alias).\(ownerColumn) = \(p.owner) AND \(p.alias).key = \(keyPlaceholder(p))", at: 0)
    }
    var sql = "FROM " + from.joined(separator: " JOIN ")
    if let first {
      // CROSS JOIN keeps the anchor in the outermost loop: SQLite without ANALYZE would
      // otherwise often start from a scan of the relationship type.
      sql =
        "FROM " + first
        + (from.isEmpty ? "" : " CROSS JOIN " + from.joined(separator: pinOrder ? " CROSS JOIN " : " JOIN "))
    } else if from.isEmpty {
      sql = "FROM (SELECT 1)"
    }
    return withOptionalJoins(sql, whereParts)
  }

  /// FROM and WHERE text with every table in ``JoinOrder`` from the bound properties `start`,
  /// pinned with CROSS JOIN; optional property joins last.
  func orderedFromAndWhere(start: [String]) -> String {
    var aliases = tables.map { String($0.split(separator: " ").last ?? "") }
    var tableOf = Dictionary(uniqueKeysWithValues: zip(aliases, tables))
    for p in properties where p.required {
      aliases.append(p.alias)
      tableOf[p.alias] = (p.isNode ? "node_property " : "relationship_property ") + p.alias
    }
    let order = JoinOrder.order(aliases, roles: roles, start: start)
    let sql = "FROM " + order.compactMap { tableOf[$0] }.joined(separator: " CROSS JOIN ")
    var whereParts = conditions
    for p in properties.reversed() where p.required {
      let ownerColumn = p.isNode ? "node_id" : "relationship_id"
      whereParts.insert("\(p.alias).\(ownerColumn) = \(p.owner) AND \(p.alias).key = \(keyPlaceholder(p))", at: 0)
    }
    return withOptionalJoins(sql, whereParts)
  }

  /// `from` followed by the optional property joins (LEFT JOIN) and the WHERE of `whereParts`.
  private func withOptionalJoins(_ from: String, _ whereParts: [String]) -> String {
    var sql = from
    for p in properties where !p.required {
      let table = p.isNode ? "node_property" : "relationship_property"
      let ownerColumn = p.isNode ? "node_id" : "relationship_id"
      sql +=
        "\n  LEFT JOIN \(table) \(p.alias) ON \(p.alias).\(ownerColumn) = \(p.owner) AND \(p.alias).key = \(keyPlaceholder(p))"
    }
    if !whereParts.isEmpty { sql += "\n  WHERE " + whereParts.joined(separator: "\n    AND ") }
    return sql
  }

  /// The argument index (0-based) of a property join's key, once ``bindKeys()`` ran.
  func keyArgument(_ p: String) -> Int? {
    keyArguments[p].flatMap { Int($0.dropFirst()) }.map { $0 - 1 }
  }

  /// Property keys are bound once per join when the branch is finished.
  var keyArguments: [String: String] = [:]

  private func keyPlaceholder(_ p: PropertyJoin) -> String { keyArguments[p.alias] ?? "NULL" }

  mutating func bindKeys() {
    for p in properties { keyArguments[p.alias] = bind(p.key.databaseValue) }
  }
}
