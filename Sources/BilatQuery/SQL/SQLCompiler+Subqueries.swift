import GRDB

extension SQLCompiler {
  /// The patterns and condition a pattern predicate, `exists(pattern)` or a one-MATCH
  /// `EXISTS { … }` / `COUNT { … }` tests, or nil for any other expression.
  static func subqueryPattern(_ expr: Expr) -> (kind: SubqueryKind, patterns: [PathPattern], condition: Expr?)? {
    switch expr.kind {
    case .patternPredicate(let pattern):
      return (.exists, [pattern], nil)
    case .function("exists", _, let arguments) where arguments.count == 1:
      if case .patternPredicate(let pattern) = arguments[0].kind { return (.exists, [pattern], nil) }
    case .subquery(let kind, let clauses):
      if clauses.count == 1, case .match(false, let patterns, let condition, _) = clauses[0] {
        return (kind, patterns, condition)
      }
    default: break
    }
    return nil
  }

  /// A pattern predicate or one-MATCH subquery as correlated SQL over the current row of
  /// `branch` (its nodes bound to the outer ids): `EXISTS (SELECT 1 …)` for EXISTS, joined by
  /// OR across the directions of undirected relationships; `(SELECT count(*) …)` for COUNT,
  /// one per direction, added up (a self-loop counted once, as in ``build``). The subquery's
  /// tables get aliases of their own (`e1_r1`), and SQLite orders its joins.
  static func subquerySQL(
    _ kind: SubqueryKind, _ patterns: [PathPattern], _ condition: Expr?, _ branch: inout SQLBranch
  ) throws -> String {
    let undirected = patterns.flatMap(\.relationships).filter { $0.direction == .both }.count
    guard undirected <= maxUndirected else {
      throw SQLBranch.Unsupported("more than \(maxUndirected) undirected relationships in a subquery")
    }
    for pattern in patterns {
      for rel in pattern.relationships {
        if let v = rel.variable, branch.relationshipIDs[v] != nil || branch.nodeIDs[v] != nil {
          throw SQLBranch.Unsupported("a subquery pattern reuses relationship variable `\(v)`")
        }
      }
    }
    branch.subqueryCount += 1
    let prefix = "\(branch.aliasPrefix)e\(branch.subqueryCount)_"
    var parts: [String] = []
    for mask in 0..<(1 << undirected) {
      var sub = SQLBranch(arguments: branch.arguments)
      sub.aliasPrefix = prefix + (undirected > 0 ? "\(mask)_" : "")
      sub.nodeIDs = branch.nodeIDs
      sub.nodeRows = branch.nodeRows
      try sub.add(patterns, reversed: (0..<undirected).map { mask & (1 << $0) != 0 })
      if let condition {
        for conjunct in conjuncts(condition) { sub.conditions.append(try predicate(conjunct, &sub)) }
      }
      // No start is pinned: SQLite starts from the outer row's ids.
      sub.anchor = nil
      branch.arguments = sub.arguments
      branch.stringParameters.formUnion(sub.stringParameters)
      let body = sub.fromAndWhere().replacingOccurrences(of: "\n", with: "\n    ")
      switch kind {
      case .exists: parts.append("EXISTS (SELECT 1 " + body + ")")
      case .count: parts.append("(SELECT count(*) " + body + ")")
      }
    }
    if parts.count == 1 { return parts[0] }
    return "(" + parts.joined(separator: kind == .exists ? " OR " : " + ") + ")"
  }
}
