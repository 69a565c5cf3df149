import GRDB

/// `MATCH (x…)-[:T*0|1..n]-(b…) [WHERE … on b] RETURN count(DISTINCT b)` (q06): the start
/// nodes come from one SQL statement, the nodes within reach from a breadth-first search with
/// a visited set (one statement per level, see ``ReachRunner``), and the count from one
/// statement over the reached ids (bound as a JSON array) that tests b's labels, inline
/// properties and WHERE in SQL — no node is loaded into Swift.
struct ReachPlan: Sendable {
  /// `SELECT <x id> …`: the start nodes.
  var start: SQLPlan
  /// The variable-length relationship (no variable, no properties).
  var relationship: RelationshipPattern
  /// `SELECT count(*) FROM json_each(?1) …`; argument 1 is a placeholder for the ids.
  var count: SQLPlan
  var column: String

  /// The plan, or nil for any other shape (or a WHERE that reads anything but b).
  static func compile(_ statement: AnalyzedStatement) -> ReachPlan? {
    guard statement.parts.count == 1, !statement.writes, statement.parts[0].count == 2,
      case .match(false, let patterns, let condition, _, true) = statement.parts[0][0],
      case .return(let projection) = statement.parts[0][1],
      patterns.count == 1, let pattern = patterns.first, pattern.variable == nil, pattern.shortest == .none,
      pattern.relationships.count == 1, let rel = pattern.relationships.first, rel.isVariableLength,
      rel.variable == nil, rel.properties == nil, (rel.length?.min ?? 1) <= 1,
      let startVariable = pattern.nodes[0].variable, let endVariable = pattern.nodes[1].variable,
      startVariable != endVariable,
      projection.items.count == 1, !projection.distinct, projection.filter == nil, projection.orderBy.isEmpty,
      projection.skip == nil, projection.limit == nil,
      case .function("count", true, let counted) = projection.items[0].expression.kind, counted.count == 1,
      case .variable(endVariable) = counted[0].kind
    else { return nil }
    do {
      var first = SQLBranch(arguments: [])
      first.anchorExpected = true
      try first.add(
        [
          PathPattern(
            variable: nil, shortest: .none, nodes: [pattern.nodes[0]], relationships: [], range: pattern.range)
        ], reversed: [])
      guard let x = first.nodeIDs[startVariable] else { return nil }
      var start = SQLPlan(
        sql: "SELECT \(x)\n  " + first.fromAndWhere(), arguments: first.arguments, columns: [], orderBy: [], skip: nil,
        limit: nil)

      var last = SQLBranch(arguments: [.value(DatabaseValueBox(value: "[]".databaseValue))])
      last.anchorExpected = true
      last.nodeIDs[endVariable] = "j.value"
      try last.add(
        [
          PathPattern(
            variable: nil, shortest: .none, nodes: [pattern.nodes[1]], relationships: [], range: pattern.range)
        ], reversed: [])
      if let condition {
        for conjunct in SQLCompiler.conjuncts(condition) {
          last.conditions.append(try SQLCompiler.predicate(conjunct, &last))
        }
      }
      last.tables.insert("json_each(?1) j", at: 0)
      var tail = last.fromAndWhere()
      // The reached ids drive the join (a virtual table cannot be probed).
      if tail.hasPrefix("FROM json_each(?1) j JOIN ") {
        tail = "FROM json_each(?1) j CROSS JOIN " + tail.dropFirst("FROM json_each(?1) j JOIN ".count)
      }
      var count = SQLPlan(
        sql: "SELECT count(*)\n  " + tail, arguments: last.arguments, columns: [], orderBy: [],
        skip: nil, limit: nil)
      start.stringParameters = first.stringParameters
      count.stringParameters = last.stringParameters
      return ReachPlan(start: start, relationship: rel, count: count, column: projection.items[0].name)
    } catch {
      return nil
    }
  }
}
