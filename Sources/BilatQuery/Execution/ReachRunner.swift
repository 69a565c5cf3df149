import BilatStore
import GRDB

/// Runs a ``ReachPlan``: start nodes by SQL, a breadth-first search with a visited set per
/// start node (the end nodes of all trails of `low...high` relationships, each once, as
/// ``PatternMatcher/reachable(_:from:low:high:_:emit:)`` finds them), then the count by SQL.
struct ReachRunner {
  let db: Database
  let parameters: [String: CypherValue]
  let options: QueryOptions

  func run(_ plan: ReachPlan, checkpoint: @escaping () throws -> Void) throws -> ([String], [[CypherValue]]) {
    let runner = SQLRunner(db: db, parameters: parameters, options: options)
    let reader = GraphReader(db)
    reader.checkpoint = checkpoint
    let evaluator = Evaluator(reader: reader, parameters: parameters)
    let matcher = PatternMatcher(reader: reader, evaluator: evaluator, maxDepth: options.maxVariableLengthDepth)
    let startStatement = try db.cachedStatement(sql: plan.start.sql)
    try startStatement.bindWhole(SQLArguments(try runner.arguments(plan.start, evaluator)))
    let starts = try Int64.fetchAll(startStatement)
    let rel = plan.relationship
    let low = rel.length?.min ?? 1
    let high = rel.length?.max ?? options.maxVariableLengthDepth
    var reached = Set<Int64>()
    var arguments = try runner.arguments(plan.count, evaluator)
    func count(_ ids: [Int64]) throws -> Int64 {
      arguments[0] = ("[" + ids.map(String.init).joined(separator: ",") + "]").databaseValue
      let statement = try db.cachedStatement(sql: plan.count.sql)
      try statement.bindWhole(SQLArguments(arguments))
      return try Int64.fetchOne(statement) ?? 0
    }
    for start in starts {
      try matcher.levels(rel, from: start, within: high, [:]) { reached.formUnion($0) }
      // The start is an end node through a closed trail; looked for only when it would count.
      if !reached.contains(start), try count([start]) > 0,
        try low == 0 || matcher.closedTrail(rel, through: start, within: high, [:])
      {
        reached.insert(start)
      }
    }
    return ([plan.column], [[.int(try count(reached.sorted()))]])
  }
}
