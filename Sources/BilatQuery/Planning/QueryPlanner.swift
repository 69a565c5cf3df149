/// Chooses how an analyzed query runs (``ExecutionPlan``): the one place that decides.
///
/// The rules, in order: a query that fits one SQL statement runs as one (SQLite then does the
/// joins, filters, grouping, ordering and limits); otherwise a count of the nodes within reach
/// of a variable-length relationship runs as a breadth-first search between two statements;
/// anything else runs step by step. Each rule that does not apply records why.
enum QueryPlanner {
  static func plan(
    _ statement: AnalyzedStatement, commonNodes: SQLCompiler.CommonNodes = .standard
  ) -> ExecutionPlan {
    if statement.writes {
      return ExecutionPlan(
        strategy: .stepByStep, reasons: ["the statement writes (CREATE): it runs step by step in one write transaction"]
      )
    }
    var reasons: [String] = []
    switch SQLCompiler.compile(statement, commonNodes: commonNodes) {
    case .success(let plan):
      return ExecutionPlan(strategy: .singleStatement(plan), reasons: [singleStatementReason(plan)])
    case .failure(let declined):
      reasons.append("not one SQL statement: \(declined.reason)")
    }
    if let reach = ReachPlan.compile(statement) {
      reasons.append(
        "a count of the nodes within reach of one variable-length relationship: start nodes and count in SQL,"
          + " a breadth-first search with a visited set between them")
      return ExecutionPlan(strategy: .reach(reach), reasons: reasons)
    }
    reasons.append("step by step: each clause in Swift over indexed lookups" + stepNotes(statement))
    return ExecutionPlan(strategy: .stepByStep, reasons: reasons)
  }

  private static func singleStatementReason(_ plan: SQLPlan) -> String {
    var reason = "the whole query fits one SQL statement"
    if let form = plan.form { reason += "; \(form)" }
    if let choice = plan.anchorChoice {
      let orders = choice.variants.count - choice.ranges.count
      reason += "; the start is chosen per run among \(orders) bound-node order\(orders == 1 ? "" : "s")"
      if !choice.ranges.isEmpty {
        reason +=
          " and \(choice.ranges.count) relationship range\(choice.ranges.count == 1 ? "" : "s") (`relationship_by_date`)"
      }
      if !choice.membershipVariants.isEmpty {
        reason += "; a bound node reached from the start is tested against the set of its matches when the walk is long"
      }
    } else if plan.endpointCountChoice != nil {
      reason +=
        "; counted per run by the cheapest of a whole index scan, a relationship-type scan"
        + " and one index range per node of the grouped label"
    } else if plan.typeScan != nil {
      reason += "; a relationship-type scan replaces the index scan when the types are rare"
    }
    if plan.degreeRead != nil {
      reason +=
        "; the counts are read from the degree store (`relationship_degree`) instead when the"
        + " endpoint-label summary implies the far node's labels"
      if plan.degreeRead?.plan.indexWalk != nil {
        reason += ", grouped in the order of the property's index when the grouped label holds a quarter of the nodes"
      }
    }
    if plan.earlyRows != nil {
      reason += "; rows read only for the result are joined last while the endpoint-label summary implies their labels"
    }
    if plan.sortedInSQL { reason += "; ORDER BY is done in SQL" }
    if plan.topCut != nil {
      reason +=
        "; only the first \(SQLPlan.TopCut.factor) × (SKIP + LIMIT) + \(SQLPlan.TopCut.slack) rows by count leave SQL"
        + " (every row tied with the last one needed when more may tie)"
    }
    return reason
  }

  /// What the step-by-step executor does beyond the plain clause order.
  private static func stepNotes(_ statement: AnalyzedStatement) -> String {
    var notes: [String] = []
    for clause in statement.parts.joined() {
      guard case .match(_, _, let condition, _, let reachability) = clause else { continue }
      if reachability { notes.append("variable-length ends found breadth-first (the projection ignores duplicates)") }
      let anchored = PatternMatcher.hints(from: condition).keys.sorted()
      if !anchored.isEmpty { notes.append("WHERE anchors \(anchored.map { "`\($0)`" }.joined(separator: ", "))") }
    }
    return notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
  }
}
