import BilatCore
import BilatStore
import GRDB

/// One direction assignment of a MATCH compiled to a join over Storage v2's rows
/// (docs/storage-v2.md): a relationship alias per relationship, a `node` row alias per node
/// whose labels or properties are tested or read (joined on its id), label tests and property
/// reads as expressions on those rows (``SQLProperty``).
///
/// Every literal, parameter, label and JSON path becomes a numbered argument (`?N`);
/// identifiers (table and alias names, fixed column names) come only from this file and
/// ``SQLProperty``.
struct SQLBranch {
  /// The query does not fit one SQL statement; `reason` says why (EXPLAIN prints it).
  struct Unsupported: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
  }

  /// Arguments shared by all branches of a statement (numbering is global).
  var arguments: [SQLPlan.Argument]
  var tables: [String] = []
  var conditions: [String] = []
  var nodeIDs: [String: String] = [:]
  var relationshipIDs: [String: String] = [:]
  var relationshipTypes: [String: [String]] = [:]
  /// The `node` row alias joined for a node id expression (`r1.end_id` → `n3`).
  var nodeRows: [String: String] = [:]
  /// The placeholder of each JSON path bound so far.
  private var paths: [String: String] = [:]
  /// A node row whose hot column is compared for equality with a constant: the join starts there.
  var anchor: String?
  /// Every node row with a hot column compared for equality with a constant (row aliases, in
  /// the order the query names them): the candidates for the start of the join.
  var boundProperties: [String] = []
  /// The hot column and the argument index (0-based) of the value each of ``boundProperties``
  /// is compared with.
  var boundValueArguments: [String: (column: String, value: Int)] = [:]
  /// Relationships of one type whose hot column is compared with constants (row aliases, in
  /// the order the query names them): candidate starts when their range holds fewer
  /// relationships than the bound nodes reach (``AnchorChoice``).
  var rangeBounds: [RangeBound] = []
  /// Parameters compared with a hot column as strings: a run with another value type runs
  /// step by step instead (``SQLPlan/stringParameters``).
  var stringParameters: Set<String> = []
  /// How each table joins the others, for ``JoinOrder``.
  var roles: [String: JoinOrder.Role] = [:]
  private var aliasCounter = 0
  /// Put before every alias: a subquery's tables (``SQLCompiler/existsSQL``) get their own.
  var aliasPrefix = ""
  /// Subqueries compiled so far within this branch (for their alias prefixes).
  var subqueryCount = 0
  private(set) var relationshipAliases: [(alias: String, types: [String])] = []
  /// The node id expression at each end of a relationship alias and the column it is joined
  /// on there (`start_id` or `end_id`).
  private(set) var relationshipEnds: [String: [(id: String, column: String)]] = [:]
  /// The alias of each undirected relationship, in the order `add` numbers them.
  private(set) var undirectedAliases: [String] = []

  init(arguments: [SQLPlan.Argument]) { self.arguments = arguments }

  mutating func bind(_ argument: SQLPlan.Argument) -> String {
    arguments.append(argument)
    return "?\(arguments.count)"
  }

  mutating func bind(_ value: DatabaseValue) -> String { bind(.value(DatabaseValueBox(value: value))) }

  private mutating func alias(_ prefix: String) -> String {
    aliasCounter += 1
    return "\(aliasPrefix)\(prefix)\(aliasCounter)"
  }

  // MARK: Patterns

  /// Adds the patterns of one MATCH; `reversed[k]` flips the k-th undirected relationship.
  /// The undirected relationship numbered `bothWays` is matched in both directions by one row
  /// (``orientation(_:)``); the branch must then start its join there.
  mutating func add(_ patterns: [PathPattern], reversed: [Bool], bothWays: Int? = nil) throws {
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
        } else {
          let n = alias("n")
          tables.append("node \(n)")
          roles[n] = .source(own: "\(n).id")
          nodeRows["\(n).id"] = n
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
        var oriented = false
        if direction == .both {
          flipped = reversed[undirectedIndex]
          oriented = bothWays == undirectedIndex
          undirectedIndex += 1
          direction = flipped ? .incoming : .outgoing
        }
        let r = alias("r")
        tables.append("relationship \(r)")
        undirectedAliases += rel.direction == .both ? [r] : []
        let (near, far) =
          oriented
          ? orientation(r)
          : direction == .outgoing ? ("\(r).start_id", "\(r).end_id") : ("\(r).end_id", "\(r).start_id")
        let typeParameters = rel.types.map { bind($0.databaseValue) }
        if let test = RelationshipTypeSQL.test(typeColumn(r), typeParameters) {
          conditions.append(test)
        }
        let nearSide: EndpointLabels.Side = direction == .outgoing ? .start : .end
        // Read both ways, either end may be at either side: a label is implied only at both.
        let nearSides: [EndpointLabels.Side] = oriented ? [.start, .end] : [nearSide]
        let farSides: [EndpointLabels.Side] = oriented ? [.start, .end] : [nearSide.opposite]
        let nearEnd = Endpoint(typeParameters: typeParameters, types: rel.types, sides: nearSides)
        let farEnd = Endpoint(typeParameters: typeParameters, types: rel.types, sides: farSides)
        if flipped { conditions.append("\(r).start_id <> \(r).end_id") }
        for (other, otherTypes) in relationshipAliases {
          if !rel.types.isEmpty && !otherTypes.isEmpty && Set(rel.types).isDisjoint(with: otherTypes) { continue }
          conditions.append("\(r).id <> \(other).id")
        }
        relationshipAliases.append((r, rel.types))
        if let a = known(i) {
          conditions.append("\(near) = \(a)")
          if ids[i] == nil {
            ids[i] = a
            try constrain(pattern.nodes[i], a, at: nearEnd)
          }
        } else {
          ids[i] = near
          try introduce(pattern.nodes[i], near, at: nearEnd)
        }
        if let b = known(i + 1) {
          conditions.append("\(far) = \(b)")
          ids[i + 1] = b
          try constrain(pattern.nodes[i + 1], b, at: farEnd)
        } else {
          ids[i + 1] = far
          try introduce(pattern.nodes[i + 1], far, at: farEnd)
        }
        let columns = direction == .outgoing ? ("start_id", "end_id") : ("end_id", "start_id")
        relationshipEnds[r] = [(ids[i] ?? near, columns.0), (ids[i + 1] ?? far, columns.1)]
        roles[r] = .link(
          ends: [ids[i] ?? near, ids[i + 1] ?? far],
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
  /// compared with a constant), `+` keeps SQLite off the type index (`relationship_by_date`): without ANALYZE
  /// it takes `type = ?` for as selective as the anchor and would start a later hop from a
  /// scan of every relationship of that type (q03: 29 s instead of a fraction of a second).
  private func typeColumn(_ r: String) -> String {
    anchorExpected && !pinOrder ? "+\(r).type_id" : "\(r).type_id"
  }

  /// Set when the only pattern is anchored on its first node: tables are then listed in the
  /// order they are reached from the anchor, and CROSS JOIN pins that order, so each hop can
  /// use (start_id, type) or (end_id, type) instead of scanning a hub's relationships.
  var pinOrder = false

  /// Set before `add` when the MATCH has an inline node property equality (the anchor).
  var anchorExpected = false

  /// Node variables whose row the WHERE condition reads (properties, labels): their row is
  /// joined where the pattern introduces them, so their label tests read it too.
  var variablesRead: Set<String> = []

  /// Set while the result's columns are compiled: a node row first needed there is read only
  /// for the result (role ``JoinOrder/Role/output(on:)``), so it is joined after every hop and
  /// filter, once per surviving row, instead of once per row walked (a hub's 23,000 contacts
  /// read before the next hop keeps a few).
  var readingOutput = false

  /// The variables whose properties or labels `expressions` read (``variablesRead``).
  static func variablesRead(in expressions: [Expr]) -> Set<String> {
    var result: Set<String> = []
    for expression in expressions {
      ExprWalker.visit(expression) { e in
        switch e.kind {
        case .property(let base, _), .hasLabels(let base, _):
          if case .variable(let v) = base.kind { result.insert(v) }
        default: break
        }
        return true
      }
    }
    return result
  }

  /// A node occurrence's place at one end of a relationship of the same MATCH: the types bound
  /// for it (none: any type) and the side. The relationship must exist for the occurrence to
  /// match, so a label that every relationship of those types has at that side is implied
  /// (``BilatStore/EndpointLabels``).
  struct Endpoint {
    var typeParameters: [String]
    /// The type names bound at ``typeParameters``.
    var types: [String]
    /// The sides it may be at (both for a relationship read both ways by one row).
    var sides: [EndpointLabels.Side]
  }

  /// A label test made on a node's id, before any row of it was joined: the relationship types
  /// and side whose summary may imply it.
  struct LabelTestByID: Sendable {
    var types: [String]
    var side: EndpointLabels.Side
    var label: String
  }

  /// Label tests made by id, per node id expression.
  var labelTestsByID: [String: [LabelTestByID]] = [:]

  /// Per node row alias, the hot-column equalities with constants and the label tests made on
  /// it (their condition texts): what a membership probe moves into its set
  /// (``membershipCandidates``).
  var setEqualities: [String: [String]] = [:]
  var setTests: [String: [String]] = [:]

  /// Label tests on nodes whose row was joined only for the result (``readingOutput``): when
  /// the summary does not imply one of them, each walked row reads the node twice (the test,
  /// then the row), and the plan that joins the row where the pattern reaches it is cheaper.
  var deferredLabelTests: [LabelTestByID] = []

  private mutating func introduce(_ node: NodePattern, _ id: String, at end: Endpoint? = nil) throws {
    if let v = node.variable { nodeIDs[v] = id }
    try constrain(node, id, at: end)
  }

  /// Labels and inline properties of a node occurrence.
  private mutating func constrain(_ node: NodePattern, _ id: String, at end: Endpoint? = nil) throws {
    // Inline properties, and reads later in the statement, need the node's row: joined first,
    // so its label test reads it too.
    if node.properties != nil || node.variable.map(variablesRead.contains) == true { _ = nodeRow(id) }
    for label in node.labels { requireLabel(label, on: id, at: end) }
    if let properties = node.properties { try equalities(properties, owner: id, isNode: true) }
  }

  /// Requires the node with id expression `id` to have `label`; at a relationship's `end`, the
  /// test is skipped when the endpoint-label summary implies it (it is read in the
  /// statement's own snapshot, so the SQL stays right whatever the data becomes).
  mutating func requireLabel(_ label: String, on id: String, at end: Endpoint? = nil) {
    guard let end, !end.typeParameters.isEmpty else {
      let row = nodeRow(id)
      conditions.append(LabelSQL.test(row, parameter: bind(label.databaseValue)))
      setTests[row, default: []].append(conditions[conditions.count - 1])
      return
    }
    let parameter = bind(label.databaseValue)
    // A node with no row joined yet is looked up only when the summary does not imply the
    // label, instead of being joined for a test that is then skipped (q04's projects).
    let test =
      nodeRows[id].map { LabelSQL.test($0, parameter: parameter) } ?? LabelSQL.test(nodeID: id, parameter: parameter)
    if nodeRows[id] == nil {
      labelTestsByID[id, default: []] += end.sides.map { LabelTestByID(types: end.types, side: $0, label: label) }
    }
    conditions.append(
      EndpointLabels.unlessImplied(
        test, typeParameters: end.typeParameters, sides: end.sides, labelParameter: parameter))
    if let row = nodeRows[id] { setTests[row, default: []].append(conditions[conditions.count - 1]) }
  }

  /// The `node` row alias of node id expression `id`, joined (by primary key) on first use.
  mutating func nodeRow(_ id: String) -> String {
    if let row = nodeRows[id] { return row }
    let n = alias("n")
    tables.append("node \(n)")
    roles[n] = readingOutput ? .output(on: id) : .filter(on: id)
    if readingOutput { deferredLabelTests += labelTestsByID[id] ?? [] }
    conditions.append("\(n).id = \(id)")
    nodeRows[id] = n
    return n
  }

  private mutating func equalities(_ map: Expr, owner: String, isNode: Bool) throws {
    guard case .map(let entries) = map.kind else { throw Unsupported("inline properties given as a parameter") }
    for (key, value) in entries {
      let p = try property(owner: owner, isNode: isNode, key: key)
      let valueArgument = arguments.count
      conditions.append(try comparison(p, .equal, value))
      if isNode { markBound(p, valueArgument: valueArgument, value) }
    }
  }

  /// Records that node property `p` is compared for equality with the constant `value`, bound
  /// at argument `valueArgument`: a candidate start when the comparison uses the hot column.
  mutating func markBound(_ p: SQLProperty, valueArgument: Int, _ value: Expr) {
    guard let column = p.column, SQLProperty.comparesColumn(value), valueArgument < arguments.count else { return }
    // The comparison's text (``SQLProperty/comparison(_:_:_:)`` on a hot column).
    setEqualities[p.row, default: []].append("\(p.row).\(column) = ?\(valueArgument + 1)")
    guard !boundProperties.contains(p.row) else { return }
    if anchor == nil { anchor = p.row }
    boundProperties.append(p.row)
    boundValueArguments[p.row] = (column, valueArgument)
  }

  /// Property `key` of the node or relationship with id expression `owner`.
  mutating func property(owner: String, isNode: Bool, key: String) throws -> SQLProperty {
    guard let path = PropertyStorage.jsonPath(key) else {
      throw Unsupported("property key '\(key)' has a character SQLite's JSON paths cannot name")
    }
    let row = isNode ? nodeRow(owner) : String(owner.dropLast(".id".count))
    let hot = isNode ? PropertyStorage.nodeHotKeys : PropertyStorage.relationshipHotKeys
    return SQLProperty(row: row, isNode: isNode, column: hot.contains(key) ? key : nil, jsonPath: path)
  }

  /// The placeholder of JSON path `path`, bound on first use.
  mutating func path(_ path: String) -> String {
    if let placeholder = paths[path] { return placeholder }
    let placeholder = bind(path.databaseValue)
    paths[path] = placeholder
    return placeholder
  }

  /// `p <op> literal-or-parameter`, within one type class, as Cypher compares.
  mutating func comparison(_ p: SQLProperty, _ op: BinaryOperator, _ value: Expr) throws -> String {
    try p.comparison(op, value, &self)
  }

  /// FROM and WHERE text, the anchor's row first.
  func fromAndWhere() -> String {
    var from = tables
    var sql: String
    if let anchor, let index = from.firstIndex(of: "node \(anchor)") {
      // CROSS JOIN keeps the anchor in the outermost loop.
      let first = from.remove(at: index)
      sql =
        "FROM " + first
        + (from.isEmpty ? "" : " CROSS JOIN " + from.joined(separator: pinOrder ? " CROSS JOIN " : " JOIN "))
    } else if from.isEmpty {
      sql = "FROM (SELECT 1)"
    } else {
      sql = "FROM " + from.joined(separator: " JOIN ")
    }
    return withWhere(sql, conditions)
  }

  /// FROM and WHERE text with every table in ``JoinOrder`` from the rows `start` (bound
  /// nodes, or one relationship of ``rangeBounds``), pinned with CROSS JOIN.
  /// The node rows in `probed` (``membershipCandidates``) are not joined: their ids are tested
  /// against the set of nodes their conditions match (``membershipProbes(_:)``).
  func orderedFromAndWhere(start: [String], probed: Set<String> = []) -> String {
    let (tables, conditions) = probed.isEmpty ? (tables, conditions) : membershipProbes(probed)
    let aliases = tables.map { String($0.split(separator: " ").last ?? "") }
    let tableOf = Dictionary(uniqueKeysWithValues: zip(aliases, tables))
    let order = JoinOrder.order(aliases, roles: roles, start: start)
    let sql = "FROM " + order.compactMap { tableOf[$0] }.joined(separator: " CROSS JOIN ")
    let startRelationships = start.filter { alias in rangeBounds.contains { $0.row == alias } }
    return withWhere(sql, conditions, rangeStarts: startRelationships)
  }

  /// `from` followed by the WHERE of `whereParts`. A relationship's hot column filter is
  /// written `+r.date` once the join starts at a bound node: the relationship is then reached
  /// from an endpoint, and SQLite 3.40 would otherwise walk `(type, date)` inside that loop.
  /// The relationships in `rangeStarts` start the join: their filters stay plain, so that
  /// SQLite reads their range through `relationship_by_date`.
  private func withWhere(_ from: String, _ whereParts: [String], rangeStarts: [String] = []) -> String {
    var sql = from
    let unary = anchor != nil || !boundProperties.isEmpty ? "+" : ""
    if !whereParts.isEmpty {
      var text = whereParts.joined(separator: "\n    AND ")
      for r in rangeStarts {
        text = text.replacingOccurrences(of: SQLProperty.unaryMark + r + ".", with: r + ".")
      }
      sql += "\n  WHERE " + text.replacingOccurrences(of: SQLProperty.unaryMark, with: unary)
    }
    return sql
  }
}
