import GRDB

/// Compiles the queries that fit one SQL statement into SQL over Storage v2's rows:
/// one non-optional MATCH of fixed-length patterns, a WHERE made of property comparisons
/// with literals or parameters, label tests and identity tests joined by AND, and a RETURN
/// of entities, properties and counts (with DISTINCT, implicit grouping, ORDER BY, SKIP,
/// LIMIT). Undirected relationships become a UNION ALL of both directions, so every branch
/// is an indexed join. Anything else fails with the reason, and ``QueryPlanner`` picks
/// another strategy.
enum SQLCompiler {
  /// Most undirected relationships expanded into UNION ALL branches (2^n branches).
  static let maxUndirected = 3

  static func compile(
    _ statement: AnalyzedStatement, commonNodes limits: CommonNodes = .standard
  ) -> Result<SQLPlan, SQLBranch.Unsupported> {
    guard !statement.writes else { return .failure(.init("the statement writes")) }
    guard statement.parts.count == 1 else { return .failure(.init("UNION of \(statement.parts.count) queries")) }
    let clauses = statement.parts[0]
    if let plan = optionalCount(clauses) { return .success(plan) }
    guard clauses.count == 2, case .match(let optional, let patterns, let condition, _, _) = clauses[0],
      case .return(let projection) = clauses[1]
    else {
      return .failure(.init("not one MATCH followed by RETURN (\(clauses.map(\.keyword).joined(separator: ", ")))"))
    }
    guard !optional else { return .failure(.init("OPTIONAL MATCH without a MATCH before it")) }
    // The special forms below give up quietly: the general builder that follows says why.
    if let plan = try? twoHopDistinct(patterns, condition, projection) { return .success(plan) }
    // The degree rule runs instead when the run's snapshot allows (``SQLPlan/DegreeRead``).
    let degreeRead = degreeCount(patterns, condition, projection)
    if var plan = endpointCount(patterns, condition, projection) {
      plan.attach(degreeRead)
      return .success(plan)
    }
    do {
      var plan = try build(patterns, condition, projection)
      if var both = try? commonNodes(patterns, condition, projection, general: plan, limits: limits) {
        both.attach(degreeRead)
        return .success(both)
      }
      plan.attach(degreeRead)
      return .success(plan)
    } catch let declined as SQLBranch.Unsupported {
      return .failure(declined)
    } catch {
      return .failure(.init("\(error)"))
    }
  }

  /// What one output column reads from a branch's raw terms.
  private enum Output {
    case node(Int), relationship(Int), property(Int, Int)
    case countStar, count(Int), countDistinct(Int)
    /// The sum of a per-row count (``OptionalCount``).
    case sum(Int)
    /// A per-row integer (`COUNT { … }`), part of the grouping key.
    case scalar(Int)

    var isAggregate: Bool {
      switch self {
      case .countStar, .count, .countDistinct, .sum: return true
      default: return false
      }
    }
  }

  static func build(
    _ patterns: [PathPattern], _ condition: Expr?, _ projection: AnalyzedProjection, optional: OptionalCount? = nil
  ) throws -> SQLPlan {
    var late = try build(patterns, condition, projection, optional: optional, resultRowsLast: true)
    guard !late.deferredLabelTests.isEmpty else { return late }
    // The same statement with those rows joined where the pattern reaches them, for runs in
    // which the summary does not imply their labels (``SQLPlan/EarlyRows``).
    let early = try build(patterns, condition, projection, optional: optional, resultRowsLast: false)
    guard "\(early.arguments)" == "\(late.arguments)" else { return early }
    late.earlyRows = SQLPlan.EarlyRows(plan: early, tests: late.deferredLabelTests)
    return late
  }

  /// One statement; with `resultRowsLast`, node rows read only for the result are joined after
  /// every hop and filter (``SQLBranch/readingOutput``).
  private static func build(
    _ patterns: [PathPattern], _ condition: Expr?, _ projection: AnalyzedProjection, optional: OptionalCount?,
    resultRowsLast: Bool
  ) throws -> SQLPlan {
    let undirected = patterns.flatMap(\.relationships).filter { $0.direction == .both }.count
    guard undirected <= maxUndirected else {
      throw SQLBranch.Unsupported("more than \(maxUndirected) undirected relationships (2^n UNION branches)")
    }
    var arguments: [SQLPlan.Argument] = []
    var branchSQL: [String] = []
    var branches: [(branch: SQLBranch, head: String)] = []
    var outputs: [Output] = []
    var columns: [SQLPlan.Column] = []
    var orderBy: [(column: Int, ascending: Bool)] = []
    // One branch: the relationships flipped by `mask`, undirected relationship `bothWays` read
    // both ways by one row; its head (SELECT list) and the branch.
    func compileBranch(_ mask: Int, bothWays: Int?, _ arguments: [SQLPlan.Argument]) throws -> (
      branch: SQLBranch, head: String
    ) {
      var branch = SQLBranch(arguments: arguments)
      // Bound nodes pin the whole join order (JoinOrder), so `type = ?` stays usable.
      branch.pinOrder = true
      let reads =
        [condition].compactMap { $0 } + projection.items.map(\.expression) + projection.orderBy.map(\.expression)
      branch.variablesRead = SQLBranch.variablesRead(in: resultRowsLast ? [condition].compactMap { $0 } : reads)
      try branch.add(patterns, reversed: (0..<undirected).map { mask & (1 << $0) != 0 }, bothWays: bothWays)
      if let condition {
        for conjunct in conjuncts(condition) { branch.conditions.append(try predicate(conjunct, &branch)) }
      }
      var raw: [String] = []
      func term(_ sql: String) -> Int {
        raw.append(sql)
        return raw.count - 1
      }
      outputs = []
      columns = []
      branch.readingOutput = resultRowsLast
      for item in projection.items {
        let (output, decode) = try self.output(item.expression, &branch, term, optional)
        outputs.append(output)
        columns.append(SQLPlan.Column(name: item.name, decode: decode, hidden: false))
      }
      orderBy = []
      for sort in projection.orderBy {
        if case .variable(let name) = sort.expression.kind, let index = columns.firstIndex(where: { $0.name == name }) {
          orderBy.append((index, sort.ascending))
          continue
        }
        guard projection.orderSeesInput else {
          throw SQLBranch.Unsupported("ORDER BY an expression that is not returned")
        }
        let (output, decode) = try self.output(sort.expression, &branch, term, optional)
        guard !output.isAggregate else { throw SQLBranch.Unsupported("ORDER BY an aggregate that is not returned") }
        outputs.append(output)
        columns.append(SQLPlan.Column(name: "", decode: decode, hidden: true))
        orderBy.append((columns.count - 1, sort.ascending))
      }
      let head: String
      if undirected == 0 {
        let aliased = sqlOrder(columns, orderBy) != nil
        head = select(outputs, raw.map { $0 }, projection.distinct, aliased: aliased)
      } else {
        let list = raw.enumerated().map { "\($0.element) AS c\($0.offset)" }.joined(separator: ", ")
        head = "SELECT " + (list.isEmpty ? "1 AS c0" : list)
      }
      return (branch, head)
    }
    for mask in 0..<(1 << undirected) {
      let (branch, head) = try compileBranch(mask, bothWays: nil, arguments)
      arguments = branch.arguments
      branches.append((branch, head))
      branchSQL.append(head + "\n  " + joins(branch, start: [0]))
      if undirected == 0 { break }
    }
    let bothWays = try bothWaysBodies(
      branches.first?.branch, undirected: undirected, arguments: arguments,
      compile: { try compileBranch($0, bothWays: $1, $2) })
    var sql: String
    let rawCount = outputs.reduce(0) { max($0, maxIndex($1) + 1) }
    if undirected == 0 {
      sql = branchSQL[0]
    } else {
      let names = (0..<max(rawCount, 1)).map { "m.c\($0)" }
      sql =
        select(outputs, names, projection.distinct, aliased: sqlOrder(columns, orderBy) != nil) + "\nFROM (\n"
        + branchSQL.joined(separator: "\nUNION ALL\n")
        + "\n) m"
    }
    let grouping = groupBy(outputs, undirected == 0 ? nil : "m.c")
    if !grouping.isEmpty, outputs.contains(where: \.isAggregate) {
      sql += "\nGROUP BY " + grouping
    }
    let presort = sqlOrder(columns, orderBy)
    var plan = finish(sql, arguments, columns, orderBy, projection, presort: presort)
    plan.sortedInSQL = presort != nil
    plan.anchorChoice = anchorChoice(
      branches, plan.sql, bothWays: bothWays, body: branchSQL.joined(separator: "\nUNION ALL\n"))
    plan.deferredLabelTests = branches.flatMap(\.branch.deferredLabelTests)
    plan.stringParameters = branches.reduce(into: []) { $0.formUnion($1.branch.stringParameters) }
    return plan
  }

  /// A branch's FROM and WHERE: in ``JoinOrder`` from its bound properties numbered `start`
  /// (see ``AnchorChoice``; `bound count + k` is the branch's range `k`), or left to SQLite
  /// when no node is bound.
  /// The bound nodes numbered `probed` are tested by membership (``SQLBranch/membershipProbes(_:)``).
  static func joins(_ branch: SQLBranch, start: [Int], probed: [Int] = []) -> String {
    let bound = Array(branch.boundProperties.prefix(AnchorChoice.maxCandidates))
    guard !bound.isEmpty else { return branch.fromAndWhere() }
    let rows = start.compactMap { i in
      i < bound.count
        ? bound[i]
        : branch.rangeBounds.indices.contains(i - bound.count) ? branch.rangeBounds[i - bound.count].row : nil
    }
    return branch.orderedFromAndWhere(
      start: rows, probed: Set(probed.compactMap { $0 < bound.count ? bound[$0] : nil }))
  }

  /// With two or more candidate starts (bound nodes, relationship ranges), the statement for
  /// every start (each branch's text swapped for its variant in `sql`, which starts from the
  /// first binding).
  /// `bothWays[k]` is the UNION ALL body that replaces `body` when range `k` starts the join
  /// (``bothWaysBodies(_:undirected:arguments:compile:)``).
  private static func anchorChoice(
    _ branches: [(branch: SQLBranch, head: String)], _ sql: String, bothWays: [Int: [[Int]: String]], body: String
  ) -> AnchorChoice? {
    guard let first = branches.first?.branch else { return nil }
    let count = min(AnchorChoice.maxCandidates, branches.map { $0.branch.boundProperties.count }.min() ?? 0)
    let rangeCount =
      branches.allSatisfy { $0.branch.rangeBounds.count == first.rangeBounds.count } ? first.rangeBounds.count : 0
    guard count >= 1, count + rangeCount >= 2 else { return nil }
    var probes: [AnchorChoice.Probe] = []
    var nodeIDs: [String] = []
    for p in first.boundProperties.prefix(count) {
      guard let bound = first.boundValueArguments[p], let id = first.nodeRows.first(where: { $0.value == p })?.key
      else { return nil }
      probes.append(AnchorChoice.Probe(column: bound.column, value: bound.value))
      nodeIDs.append(id)
    }
    var starts = count >= 2 ? AnchorChoice.starts(count) : [[0]]
    var ranges: [AnchorChoice.RangeProbe] = []
    for (k, range) in first.rangeBounds.prefix(rangeCount).enumerated() {
      let sides = nodeIDs.map { id in range.ends.first { $0.id == id }?.column }
      ranges.append(AnchorChoice.RangeProbe(range: range, nodeSides: sides, bothWays: bothWays[k] != nil))
      starts.append([count + k])
    }
    var variants: [[Int]: String] = [:]
    for start in starts {
      var text = sql
      for (branch, _) in branches {
        text = text.replacingOccurrences(of: joins(branch, start: [0]), with: joins(branch, start: start))
      }
      variants[start] = text
    }
    var choice = AnchorChoice(probes: probes, ranges: ranges, variants: variants)
    addMembership(&choice, branches, sql, starts: starts.filter { $0[0] < count || bothWays[$0[0] - count] == nil })
    for (k, merged) in bothWays where k < rangeCount {
      for (probed, text) in merged {
        let variant = sql.replacingOccurrences(of: body, with: text)
        if probed.isEmpty {
          choice.variants[[count + k]] = variant
        } else {
          choice.membershipVariants[AnchorChoice.MembershipKey(start: [count + k], probed: probed)] = variant
        }
      }
    }
    return choice
  }

  /// The plan of a statement's SQL: SKIP and LIMIT are bound in the SQL when there is no ORDER
  /// BY (which runs in Swift, with Cypher's ordering), else applied after it. `presort` is an
  /// SQL ORDER BY over the result columns (``sqlOrder(_:_:)``) that presorts the rows.
  static func finish(
    _ sql: String, _ arguments: [SQLPlan.Argument], _ columns: [SQLPlan.Column],
    _ orderBy: [(column: Int, ascending: Bool)], _ projection: AnalyzedProjection, presort: String? = nil
  ) -> SQLPlan {
    var sql = sql
    var arguments = arguments
    var skip = projection.skip
    var limit = projection.limit
    if orderBy.isEmpty && (skip != nil || limit != nil) {
      let limitSQL =
        limit.map { e -> String in
          arguments.append(.count(e, isLimit: true))
          return "?\(arguments.count)"
        } ?? "-1"
      sql += "\nLIMIT " + limitSQL
      if let s = skip {
        arguments.append(.count(s, isLimit: false))
        sql += " OFFSET ?\(arguments.count)"
      }
      skip = nil
      limit = nil
    } else if let top = topRows(sql, &arguments, columns, orderBy, skip: skip, limit: limit, presort: presort) {
      var plan = SQLPlan(
        sql: top.sql, arguments: arguments, columns: columns, orderBy: orderBy, skip: skip, limit: limit)
      plan.topCut = top.cut
      return plan
    } else if let presort {
      sql += "\nORDER BY " + presort
    }
    return SQLPlan(sql: sql, arguments: arguments, columns: columns, orderBy: orderBy, skip: skip, limit: limit)
  }

  private static func maxIndex(_ o: Output) -> Int {
    switch o {
    case .node(let i), .relationship(let i), .count(let i), .countDistinct(let i), .sum(let i), .scalar(let i): return i
    case .property(let i, let j): return max(i, j)
    case .countStar: return -1
    }
  }

  /// The SELECT list over raw terms (inline expressions, or `m.cN` of the UNION ALL).
  /// With `aliased`, result column N is named `bilat_sN` (for ``sqlOrder(_:_:)``).
  private static func select(_ outputs: [Output], _ raw: [String], _ distinct: Bool, aliased: Bool) -> String {
    let list = outputs.flatMap { o -> [String] in
      switch o {
      case .node(let i), .relationship(let i), .scalar(let i): return [raw[i]]
      case .property(let i, let j): return [raw[i], raw[j]]
      case .countStar: return ["count(*)"]
      case .count(let i): return ["count(\(raw[i]))"]
      case .countDistinct(let i): return ["count(DISTINCT \(raw[i]))"]
      case .sum(let i): return ["sum(\(raw[i]))"]
      }
    }
    let named = aliased ? list.enumerated().map { "\($0.element) AS bilat_s\($0.offset + 1)" } : list
    return "SELECT " + (distinct ? "DISTINCT " : "") + named.joined(separator: ", ")
  }

  /// An SQL ORDER BY that presorts the rows when every sort column is a property or a count:
  /// nulls last (first when descending), then SQLite's value order. SQLRunner only checks that
  /// the rows are in Cypher's order, and sorts them itself when they are not (mixed types).
  static func sqlOrder(_ columns: [SQLPlan.Column], _ orderBy: [(column: Int, ascending: Bool)]) -> String? {
    guard !orderBy.isEmpty else { return nil }
    var positions: [Int] = []
    var position = 1
    for column in columns {
      positions.append(position)
      position += column.decode == .property ? 2 : 1
    }
    var terms: [String] = []
    for (column, ascending) in orderBy {
      let direction = ascending ? "" : " DESC"
      let p = positions[column]
      switch columns[column].decode {
      case .property: terms += ["bilat_s\(p + 1) IS NULL\(direction)", "bilat_s\(p)\(direction)"]
      case .integer: terms.append("bilat_s\(p)\(direction)")
      case .node, .relationship: return nil
      }
    }
    return terms.joined(separator: ", ")
  }

  /// GROUP BY the non-aggregate select columns, by position.
  private static func groupBy(_ outputs: [Output], _ prefix: String?) -> String {
    var positions: [Int] = []
    var position = 1
    for o in outputs {
      switch o {
      case .node, .relationship, .scalar:
        positions.append(position)
        position += 1
      case .property:
        positions += [position, position + 1]
        position += 2
      default:
        position += 1
      }
    }
    return positions.map(String.init).joined(separator: ", ")
  }

  private static func output(
    _ expr: Expr, _ branch: inout SQLBranch, _ term: (String) -> Int, _ optional: OptionalCount?
  ) throws -> (Output, SQLPlan.Decode) {
    if let optional, case .function("count", false, let arguments) = expr.kind, arguments.count == 1,
      case .variable(let v) = arguments[0].kind, optional.variables.contains(v)
    {
      return (.sum(term(try optionalCountSQL(optional, &branch))), .integer)
    }
    if let (kind, patterns, condition) = subqueryPattern(expr), kind == .count {
      return (.scalar(term(try subquerySQL(kind, patterns, condition, &branch))), .integer)
    }
    switch expr.kind {
    case .variable(let v):
      if let id = branch.nodeIDs[v] { return (.node(term(id)), .node) }
      if let id = branch.relationshipIDs[v] { return (.relationship(term(id)), .relationship) }
    case .property(let base, let key):
      let p = try property(base, key, &branch)
      return (.property(term(p.value(&branch)), term(p.type(&branch))), .property)
    case .countStar:
      return (.countStar, .integer)
    case .function("count", let distinct, let arguments) where arguments.count == 1:
      switch arguments[0].kind {
      case .variable(let v):
        guard let id = branch.nodeIDs[v] ?? branch.relationshipIDs[v] else { break }
        return (distinct ? .countDistinct(term(id)) : .countStar, .integer)
      case .property(let base, let key) where !distinct:
        let p = try property(base, key, &branch)
        return (.count(term(p.type(&branch))), .integer)
      default: break
      }
    default: break
    }
    throw SQLBranch.Unsupported("a returned expression other than a variable, a property or a count")
  }

  static func property(_ base: Expr, _ key: String, _ branch: inout SQLBranch) throws -> SQLProperty {
    guard case .variable(let v) = base.kind else { throw SQLBranch.Unsupported("a property of an expression") }
    if let id = branch.nodeIDs[v] { return try branch.property(owner: id, isNode: true, key: key) }
    if let id = branch.relationshipIDs[v] { return try branch.property(owner: id, isNode: false, key: key) }
    throw SQLBranch.Unsupported("a property of `\(v)`, which is not a node or relationship of the pattern")
  }

  static func conjuncts(_ expr: Expr) -> [Expr] {
    if case .binary(.and, let a, let b) = expr.kind { return conjuncts(a) + conjuncts(b) }
    return [expr]
  }
}
