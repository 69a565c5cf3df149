import GRDB

extension SQLCompiler {
  /// The OPTIONAL MATCH of `MATCH … OPTIONAL MATCH … RETURN …, count(v)` where `v` is new in
  /// the OPTIONAL MATCH: each `count(v)` is the number of its matches for the row of the first
  /// MATCH (zero when there is none, the null row), so it compiles to a correlated
  /// `(SELECT count(*) …)` per direction, summed per group, instead of running step by step.
  struct OptionalCount {
    var patterns: [PathPattern]
    var condition: Expr?
    var variables: Set<String>
  }

  /// `MATCH P [WHERE C] OPTIONAL MATCH Q [WHERE D] RETURN …` with every aggregate a `count(v)` of
  /// a variable new in Q, and the other items reading only P: compiled by ``build``.
  static func optionalCount(_ clauses: [AnalyzedClause]) -> SQLPlan? {
    guard clauses.count == 3,
      case .match(false, let patterns, let condition, _, _) = clauses[0],
      case .match(true, let optionalPatterns, let optionalCondition, let newVariables, _) = clauses[1],
      case .return(let projection) = clauses[2], !projection.distinct, !projection.aggregates.isEmpty
    else { return nil }
    let variables = Set(newVariables)
    for aggregate in projection.aggregates {
      guard case .function("count", false, let arguments) = aggregate.kind, arguments.count == 1,
        case .variable(let v) = arguments[0].kind, variables.contains(v)
      else { return nil }
    }
    let optional = OptionalCount(patterns: optionalPatterns, condition: optionalCondition, variables: variables)
    return try? build(patterns, condition, projection, optional: optional)
  }

  /// `(SELECT count(*) …) + …`: the matches of the OPTIONAL MATCH for the current row of
  /// `branch` (its variables bound to the outer row's ids), one subquery per direction.
  static func optionalCountSQL(_ optional: OptionalCount, _ branch: inout SQLBranch) throws -> String {
    let undirected = optional.patterns.flatMap(\.relationships).filter { $0.direction == .both }.count
    guard undirected <= maxUndirected else {
      throw SQLBranch.Unsupported("more than \(maxUndirected) undirected relationships in the OPTIONAL MATCH")
    }
    var counts: [String] = []
    for mask in 0..<(1 << undirected) {
      var sub = SQLBranch(arguments: branch.arguments)
      sub.pinOrder = true
      sub.nodeIDs = branch.nodeIDs.filter { !optional.variables.contains($0.key) }
      let outer = Set(sub.nodeIDs.keys)
      for pattern in optional.patterns {
        for rel in pattern.relationships {
          if let v = rel.variable, !optional.variables.contains(v) {
            throw SQLBranch.Unsupported("the OPTIONAL MATCH reuses relationship variable `\(v)`")
          }
        }
      }
      try sub.add(optional.patterns, reversed: (0..<undirected).map { mask & (1 << $0) != 0 })
      if let condition = optional.condition {
        for conjunct in conjuncts(condition) { sub.conditions.append(try predicate(conjunct, &sub)) }
      }
      // Only the OPTIONAL MATCH's own variables may have been introduced.
      guard Set(sub.nodeIDs.keys).subtracting(outer).isSubset(of: optional.variables) else {
        throw SQLBranch.Unsupported("the OPTIONAL MATCH introduces variables it does not count")
      }
      branch.arguments = sub.arguments
      branch.stringParameters.formUnion(sub.stringParameters)
      counts.append("(SELECT count(*) " + sub.fromAndWhere() + ")")
    }
    return "(" + counts.joined(separator: " + ") + ")"
  }
}
