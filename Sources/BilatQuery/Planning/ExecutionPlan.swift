/// How a compiled query runs: decided once, when the query is compiled, by ``QueryPlanner``,
/// and printed by `EXPLAIN` with the reasons for the choice.
struct ExecutionPlan: Sendable {
  /// The three ways a read query can run.
  enum Strategy: Sendable {
    /// The whole query is one SQLite statement; SQLite's planner orders the joins that the
    /// compiler leaves open, and the compiler pins the start when nodes are bound.
    case singleStatement(SQLPlan)
    /// A count of the nodes within reach of one variable-length relationship: the start nodes
    /// and the count are SQL statements, the reach between them a breadth-first search.
    case reach(ReachPlan)
    /// Clause by clause in Swift over indexed lookups (``Executor``).
    case stepByStep

    /// False when the SQL compares a parameter with a hot column as a string and `parameters`
    /// give it another type (``SQLPlan/stringParameters``): the query then runs step by step.
    func fits(_ parameters: [String: CypherValue]) -> Bool {
      switch self {
      case .singleStatement(let plan): return plan.fits(parameters)
      case .reach(let plan): return plan.start.fits(parameters) && plan.count.fits(parameters)
      case .stepByStep: return true
      }
    }
  }

  var strategy: Strategy
  /// Why: each faster strategy that was tried and why it did not fit, then the chosen one.
  var reasons: [String]

  /// The strategy's name as EXPLAIN prints it.
  var name: String {
    switch strategy {
    case .singleStatement: return "single SQL statement"
    case .reach: return "breadth-first reach between two SQL statements"
    case .stepByStep: return "step by step"
    }
  }

  /// The single-statement plan, when that is the strategy.
  var sqlPlan: SQLPlan? {
    if case .singleStatement(let plan) = strategy { return plan }
    return nil
  }

  /// The reach plan, when that is the strategy.
  var reachPlan: ReachPlan? {
    if case .reach(let plan) = strategy { return plan }
    return nil
  }
}
