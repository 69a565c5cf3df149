import BilatStore
import GRDB
import GRDBSQLite

/// `EXPLAIN`: the query's ``ExecutionPlan`` (strategy and why), the SQL it runs and SQLite's
/// query plan for each statement.
enum Explainer {
  static func explain(
    _ compiled: CompiledQuery, _ db: Database, parameters: [String: CypherValue], degreeStore: Bool = true
  ) throws -> String {
    let plan = compiled.plan
    var out = ["Plan: \(plan.name)"]
    out += plan.reasons.map { "  - " + $0 }
    switch plan.strategy {
    case .singleStatement(let compiledPlan):
      // The degree rule's statement when it applies in this snapshot (``SQLPlan/DegreeRead``).
      let sqlPlan = degreeStore ? try compiledPlan.effective(db) : compiledPlan
      out += try statement("SQL", chosenSQL(sqlPlan, db, parameters), db, arguments: sqlPlan.arguments.count)
    case .reach(let reach):
      out += try statement("start nodes", reach.start.sql, db, arguments: reach.start.arguments.count)
      let rel = reach.relationship
      let types = rel.types.isEmpty ? "any type" : rel.types.joined(separator: "|")
      let levels = rel.length?.max.map { "at most \($0) levels" } ?? "until no new node is found"
      let level = GraphReader.neighborsSQL(rel.direction, typeCount: rel.types.count)
      out += try statement(
        "reach: breadth-first over \(types) relationships with a visited set, \(levels); each level", level, db,
        arguments: rel.types.isEmpty ? 1 : 2)
      out += try statement("count", reach.count.sql, db, arguments: reach.count.arguments.count)
    case .stepByStep:
      out.append("")
      out.append(
        "clauses: "
          + compiled.statement.parts.map { $0.map(\.keyword).joined(separator: " → ") }
          .joined(separator: " UNION "))
      let lookups: [(String, String)] = [
        ("node by label", "SELECT id FROM (\(LabelSQL.nodes(parameter: "?1"))) ORDER BY id"),
        ("node by name", "SELECT id FROM node WHERE name = ?1 ORDER BY id"),
        ("expand outgoing", GraphReader.adjacentSQL(.outgoing, typed: true)),
        ("expand incoming", GraphReader.adjacentSQL(.incoming, typed: true)),
      ]
      for (name, sql) in lookups {
        // Each lookup numbers its one or two parameters ?1, ?2.
        out += try statement("lookup, \(name)", sql, db, arguments: sql.contains("?2") ? 2 : 1)
      }
    }
    return out.joined(separator: "\n")
  }

  /// The statement this run would take (a bound-node start is chosen from the values); the
  /// compiled text when the arguments cannot be evaluated without running the query.
  private static func chosenSQL(_ plan: SQLPlan, _ db: Database, _ parameters: [String: CypherValue]) throws -> String {
    let evaluator = Evaluator(reader: GraphReader(db), parameters: parameters)
    guard
      let values = try? SQLRunner(db: db, parameters: parameters, options: QueryOptions()).arguments(plan, evaluator)
    else { return plan.sql }
    return try plan.chosenSQL(db, values)
  }

  private static func statement(_ title: String, _ sql: String, _ db: Database, arguments: Int) throws -> [String] {
    ["", "\(title):", sql, "", "SQLite plan:"] + (try queryPlan(sql, db, arguments: arguments))
  }

  static func queryPlan(_ sql: String, _ db: Database, arguments: Int) throws -> [String] {
    let statement = try db.makeStatement(sql: "EXPLAIN QUERY PLAN " + sql)
    // A variant may use only a prefix of the plan's arguments (``SQLCompiler/bothWaysBodies``).
    let used = min(arguments, Int(sqlite3_bind_parameter_count(statement.sqliteStatement)))
    let rows = try Row.fetchAll(
      statement, arguments: StatementArguments(Array(repeating: DatabaseValue.null, count: used)))
    var depth: [Int64: Int] = [0: 0]
    return rows.map { row in
      let id: Int64 = row["id"]
      let parent: Int64 = row["parent"]
      let level = (depth[parent] ?? 0) + 1
      depth[id] = level
      let detail: String = row["detail"]
      return String(repeating: "  ", count: level) + detail
    }
  }
}
