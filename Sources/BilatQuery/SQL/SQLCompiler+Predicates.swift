import BilatCore
import GRDB

extension SQLCompiler {
  /// One WHERE conjunct as SQL, or Unsupported.
  static func predicate(_ expr: Expr, _ branch: inout SQLBranch) throws -> String {
    if let (kind, patterns, condition) = subqueryPattern(expr), kind == .exists {
      return try subquerySQL(kind, patterns, condition, &branch)
    }
    switch expr.kind {
    case .not(let operand):
      // NOT of a pattern test: EXISTS is never null, so NOT gives Cypher's answer.
      guard let (kind, patterns, condition) = subqueryPattern(operand), kind == .exists else { break }
      return "NOT " + (try subquerySQL(kind, patterns, condition, &branch))
    case .binary(.or, let lhs, let rhs):
      // Each side a test that adds no condition of its own to the branch (a label test does):
      // SQL's OR is then true exactly when Cypher's is.
      let before = branch.conditions.count
      let a = try predicate(lhs, &branch)
      let b = try predicate(rhs, &branch)
      guard branch.conditions.count == before else {
        throw SQLBranch.Unsupported("OR of a label test")
      }
      return "(\(a) OR \(b))"
    case .binary(let op, let lhs, let rhs):
      switch op {
      case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
        if case .variable(let a) = lhs.kind, case .variable(let b) = rhs.kind, op == .equal || op == .notEqual {
          let ids = (branch.nodeIDs[a], branch.nodeIDs[b], branch.relationshipIDs[a], branch.relationshipIDs[b])
          if let x = ids.0 ?? ids.2, let y = ids.1 ?? ids.3, (ids.0 == nil) == (ids.1 == nil) {
            return "\(x) \(op == .equal ? "=" : "<>") \(y)"
          }
          throw SQLBranch.Unsupported("`\(a)` and `\(b)` are not both nodes or both relationships of the pattern")
        }
        for (a, b) in [(lhs, rhs), (rhs, lhs)] where op == .equal && isConstant(b) {
          guard case .function("id", _, let args) = a.kind, args.count == 1, case .variable(let v) = args[0].kind,
            let id = branch.nodeIDs[v] ?? branch.relationshipIDs[v]
          else { continue }
          switch b.kind {
          case .literal(.int(let i)): return "\(id) = \(branch.bind(i.databaseValue))"
          case .parameter(let name):
            let value = branch.bind(.parameter(name))
            return "\(id) = \(value) AND typeof(\(value)) = 'integer'"
          default: return "0"
          }
        }
        if case .property(let base, let key) = lhs.kind, isConstant(rhs) {
          let p = try property(base, key, &branch)
          let valueArgument = branch.arguments.count
          let test = try branch.comparison(p, op, rhs)
          if op == .equal, p.isNode { branch.markBound(p, valueArgument: valueArgument, rhs) }
          if op != .notEqual { branch.markRange(p, op, valueArgument: valueArgument, rhs) }
          return test
        }
        if case .property(let base, let key) = rhs.kind, isConstant(lhs) {
          let p = try property(base, key, &branch)
          let valueArgument = branch.arguments.count
          let test = try branch.comparison(p, flipped(op), lhs)
          if op != .notEqual { branch.markRange(p, flipped(op), valueArgument: valueArgument, lhs) }
          return test
        }
      case .startsWith, .contains:
        guard case .property(let base, let key) = lhs.kind, isConstant(rhs) else { break }
        let p = try property(base, key, &branch)
        let value: String
        switch rhs.kind {
        case .literal(.string(let s)): value = branch.bind(s.databaseValue)
        case .parameter(let name): value = branch.bind(.parameter(name))
        default: throw SQLBranch.Unsupported("STARTS WITH / CONTAINS with a non-string literal")
        }
        return p.contains(value, prefix: op == .startsWith, &branch)
      default: break
      }
    case .isNull(let operand, let negated):
      guard case .property(let base, let key) = operand.kind else { break }
      let p = try property(base, key, &branch)
      return negated ? p.exists(&branch) : p.isNull(&branch)
    case .hasLabels(let operand, let labels):
      guard case .variable(let v) = operand.kind, let id = branch.nodeIDs[v] else { break }
      for label in labels { branch.requireLabel(label, on: id) }
      return "1"
    default: break
    }
    throw SQLBranch.Unsupported(
      "a WHERE condition other than a property compared with a constant, a label or an identity test")
  }

  private static func isConstant(_ e: Expr) -> Bool {
    switch e.kind {
    case .literal, .parameter: return true
    default: return false
    }
  }

  private static func flipped(_ op: BinaryOperator) -> BinaryOperator {
    switch op {
    case .less: return .greater
    case .lessOrEqual: return .greaterOrEqual
    case .greater: return .less
    case .greaterOrEqual: return .lessOrEqual
    default: return op
    }
  }
}
