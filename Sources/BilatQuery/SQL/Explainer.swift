import GRDB

/// `EXPLAIN`: the SQL a query runs and SQLite's query plan for it.
enum Explainer {
  static func explain(_ compiled: CompiledQuery, _ db: Database, parameters: [String: CypherValue]) throws -> String {
    var out: [String] = []
    if let plan = compiled.sqlPlan {
      // The statement this run would take (a bound-node start is chosen from the values).
      let evaluator = Evaluator(reader: GraphReader(db), parameters: parameters)
      let values = try? SQLRunner(db: db, parameters: parameters, options: QueryOptions()).arguments(plan, evaluator)
      let sql = values.flatMap { try? plan.chosenSQL(db, $0) } ?? plan.sql
      out.append("Single SQL statement:")
      out.append(sql)
      out.append("")
      out.append("SQLite plan:")
      out += try queryPlan(sql, db, arguments: plan.arguments.count)
      return out.joined(separator: "\n")
    }
    out.append("Evaluated step by step (pattern matching in Swift over indexed lookups):")
    let steps: [(String, String)] = [
      ("node by label", "SELECT node_id FROM node_label WHERE label = ? ORDER BY node_id"),
      ("node by property", "SELECT node_id FROM node_property WHERE key = ? AND value = ? ORDER BY node_id"),
      ("expand outgoing", "SELECT id, type, start_id, end_id FROM relationship WHERE start_id = ? AND type = ?"),
      ("expand incoming", "SELECT id, type, start_id, end_id FROM relationship WHERE end_id = ? AND type = ?"),
    ]
    for (name, sql) in steps {
      out.append("")
      out.append("\(name): \(sql)")
      out += try queryPlan(sql, db, arguments: sql.filter { $0 == "?" }.count)
    }
    return out.joined(separator: "\n")
  }

  static func queryPlan(_ sql: String, _ db: Database, arguments: Int) throws -> [String] {
    let rows = try Row.fetchAll(
      db, sql: "EXPLAIN QUERY PLAN " + sql,
      arguments: StatementArguments(Array(repeating: DatabaseValue.null, count: arguments)))
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
