import Foundation

typealias Bindings = [String: CypherValue]

/// Runs a subquery's analyzed clauses for one row (by the subquery expression's id) and gives
/// its rows; shared by the copies of an ``Evaluator``.
final class SubqueryHook {
  var run: ((Int, Bindings) throws -> [Bindings])?
}

/// Evaluates expressions against a row, with Cypher's null propagation and three-valued logic.
struct Evaluator {
  let reader: GraphReader
  let parameters: [String: CypherValue]
  /// Results of aggregate calls, by expression id, while projecting a group.
  var aggregates: [Int: CypherValue] = [:]
  /// The statement's clock: `date()`, `datetime()` and the like give this instant throughout a query.
  var statementTime = TemporalClock.now()
  /// The depth at which an unbounded `*` stops in pattern predicates and comprehensions.
  var maxDepth = QueryOptions.defaultMaxDepth
  /// Runs the clauses of `EXISTS { … }` / `COUNT { … }` (set by ``Executor``).
  var subqueries: SubqueryHook?

  /// Stops a pattern search at its first match.
  private struct FoundMatch: Error {}

  private var matcher: PatternMatcher { PatternMatcher(reader: reader, evaluator: self, maxDepth: maxDepth) }

  /// Whether `patterns` (and `condition`) have a match that extends `row`.
  func hasMatch(_ patterns: [PathPattern], _ condition: Expr?, _ row: Bindings) throws -> Bool {
    do {
      try matcher.match(patterns, row) { candidate in
        if let condition, try evaluate(condition, candidate) != .bool(true) { return }
        throw FoundMatch()
      }
    } catch is FoundMatch {
      return true
    }
    return false
  }

  func evaluate(_ expr: Expr, _ row: Bindings) throws -> CypherValue {
    switch expr.kind {
    case .literal(let v): return v
    case .parameter(let name):
      guard let value = parameters[name] else {
        throw CypherError(
          .syntax, code: "ParameterMissing", "missing parameter $\(name)", range: expr.range, atRuntime: true)
      }
      return value
    case .variable(let name):
      return row[name] ?? .null
    case .property(let base, let key):
      return try property(of: try evaluate(base, row), key, expr)
    case .list(let items):
      return .list(try items.map { try evaluate($0, row) })
    case .map(let entries):
      var map: [String: CypherValue] = [:]
      for (k, e) in entries { map[k] = try evaluate(e, row) }
      return .map(map)
    case .not(let operand):
      return try Logic.not(try evaluate(operand, row), expr)
    case .negate(let operand):
      switch try evaluate(operand, row) {
      case .null: return .null
      case .int(let i):
        let (r, overflow) = Int64(0).subtractingReportingOverflow(i)
        if overflow { throw CypherError.runtime(.argument, code: "IntegerOverflow", "integer overflow") }
        return .int(r)
      case .float(let d): return .float(-d)
      case let v: throw typeError("cannot negate a \(v.typeName)", expr)
      }
    case .binary(let op, let lhs, let rhs):
      return try binary(op, lhs, rhs, row, expr)
    case .isNull(let operand, let negated):
      let isNull = try evaluate(operand, row).isNull
      return .bool(negated ? !isNull : isNull)
    case .hasLabels(let operand, let labels):
      switch try evaluate(operand, row) {
      case .null: return .null
      case .node(let n): return .bool(labels.allSatisfy(n.labels.contains))
      case .relationship(let r): return .bool(labels.allSatisfy { $0 == r.type })
      case let v: throw typeError("label predicates need a node, found \(v.typeName)", expr)
      }
    case .function(let name, let distinct, let arguments):
      if let value = aggregates[expr.id] { return value }
      if Aggregation.isAggregate(name) {
        throw CypherError(.syntax, code: "InvalidAggregation", "aggregation is not allowed here", range: expr.range)
      }
      _ = distinct
      if name == "exists", arguments.count == 1, case .patternPredicate = arguments[0].kind {
        return try evaluate(arguments[0], row)
      }
      return try Functions.call(name, try arguments.map { try evaluate($0, row) }, self, expr)
    case .countStar:
      if let value = aggregates[expr.id] { return value }
      throw CypherError(.syntax, code: "InvalidAggregation", "count(*) is not allowed here", range: expr.range)
    case .index(let base, let index):
      return try subscriptValue(try evaluate(base, row), try evaluate(index, row), expr)
    case .slice(let base, let from, let to):
      return try slice(
        try evaluate(base, row), try from.map { try evaluate($0, row) }, try to.map { try evaluate($0, row) }, expr)
    case .caseWhen(let subject, let branches, let otherwise):
      if let subject {
        let value = try evaluate(subject, row)
        for (candidate, result) in branches where CypherValue.equals(value, try evaluate(candidate, row)) == true {
          return try evaluate(result, row)
        }
      } else {
        for (condition, result) in branches {
          if case .bool(true) = try evaluate(condition, row) { return try evaluate(result, row) }
        }
      }
      return try otherwise.map { try evaluate($0, row) } ?? .null
    case .listComprehension(let variable, let listExpr, let filter, let map):
      let list = try evaluate(listExpr, row)
      guard case .list(let items) = list else {
        if list.isNull { return .null }
        throw typeError("expected a list, found \(list.typeName)", listExpr)
      }
      var out: [CypherValue] = []
      var inner = row
      for item in items {
        inner[variable] = item
        if let filter, try evaluate(filter, inner) != .bool(true) { continue }
        out.append(try map.map { try evaluate($0, inner) } ?? item)
      }
      return .list(out)
    case .quantifier(let quantifier, let variable, let listExpr, let filter):
      let list = try evaluate(listExpr, row)
      guard case .list(let items) = list else {
        if list.isNull { return .null }
        throw typeError("expected a list, found \(list.typeName)", listExpr)
      }
      var trueCount = 0
      var nullCount = 0
      var inner = row
      for item in items {
        inner[variable] = item
        switch try evaluate(filter, inner) {
        case .bool(true): trueCount += 1
        case .null: nullCount += 1
        default: break
        }
      }
      let falseCount = items.count - trueCount - nullCount
      switch quantifier {
      case .all: return falseCount > 0 ? .bool(false) : (nullCount > 0 ? .null : .bool(true))
      case .any: return trueCount > 0 ? .bool(true) : (nullCount > 0 ? .null : .bool(false))
      case .none: return trueCount > 0 ? .bool(false) : (nullCount > 0 ? .null : .bool(true))
      case .single:
        if trueCount > 1 { return .bool(false) }
        return nullCount > 0 ? .null : .bool(trueCount == 1)
      }
    case .patternPredicate, .patternComprehension, .subquery:
      return try patternValue(expr, row)
    }
  }

  private func patternValue(_ expr: Expr, _ row: Bindings) throws -> CypherValue {
    switch expr.kind {
    case .patternPredicate(let pattern):
      return .bool(try hasMatch([pattern], nil, row))
    case .patternComprehension(let pattern, let filter, let map):
      var out: [CypherValue] = []
      try matcher.match([pattern], row) { candidate in
        if let filter, try evaluate(filter, candidate) != .bool(true) { return }
        out.append(try evaluate(map, candidate))
      }
      return .list(out)
    case .subquery(let kind, let clauses):
      // One MATCH: searched here, stopping at the first match for EXISTS.
      if kind == .exists, clauses.count == 1, case .match(false, let patterns, let condition, _) = clauses[0] {
        return .bool(try hasMatch(patterns, condition, row))
      }
      guard let run = subqueries?.run else {
        throw CypherError(
          .unsupported, code: "UnsupportedSubquery", "\(kind.rawValue) { … } cannot run here", range: expr.range)
      }
      let rows = try run(expr.id, row)
      return kind == .exists ? .bool(!rows.isEmpty) : .int(Int64(rows.count))
    default:
      return .null
    }
  }

  func typeError(_ message: String, _ expr: Expr) -> CypherError {
    CypherError(.type, code: "InvalidArgumentType", message, range: expr.range, atRuntime: true)
  }

  func property(of value: CypherValue, _ key: String, _ expr: Expr) throws -> CypherValue {
    switch value {
    case .null: return .null
    case .node(let n): return n.properties[key] ?? .null
    case .relationship(let r): return r.properties[key] ?? .null
    case .map(let m): return m[key] ?? .null
    case .temporal(let t):
      let found: CypherValue?
      do {
        found = try t.component(key)
      } catch let error as TemporalError {
        throw CypherError(.argument, code: "InvalidArgumentValue", error.message, range: expr.range, atRuntime: true)
      }
      guard let component = found else {
        throw typeError("a \(t.typeName) has no component '\(key)'", expr)
      }
      return component
    default: throw typeError("cannot read property '\(key)' of a \(value.typeName)", expr)
    }
  }

  private func subscriptValue(_ base: CypherValue, _ index: CypherValue, _ expr: Expr) throws -> CypherValue {
    switch (base, index) {
    case (.null, _), (_, .null): return .null
    case (.list(let items), .int(let i)):
      let position = i < 0 ? Int64(items.count) + i : i
      return position >= 0 && position < items.count ? items[Int(position)] : .null
    case (.map, .string(let key)), (.node, .string(let key)), (.relationship, .string(let key)):
      return try property(of: base, key, expr)
    case (.map, _), (.node, _), (.relationship, _):
      throw CypherError(
        .type, code: "MapElementAccessByNonString", "cannot index a \(base.typeName) with a \(index.typeName)",
        range: expr.range, atRuntime: true)
    default:
      throw typeError("cannot index a \(base.typeName) with a \(index.typeName)", expr)
    }
  }

  private func slice(_ base: CypherValue, _ from: CypherValue?, _ to: CypherValue?, _ expr: Expr) throws -> CypherValue
  {
    if base.isNull || from?.isNull == true || to?.isNull == true { return .null }
    guard case .list(let items) = base else { throw typeError("cannot slice a \(base.typeName)", expr) }
    func resolve(_ v: CypherValue?, _ fallback: Int) throws -> Int {
      guard let v else { return fallback }
      guard case .int(let i) = v else { throw typeError("slice bounds must be integers", expr) }
      let p = i < 0 ? items.count + Int(i) : Int(i)
      return min(max(0, p), items.count)
    }
    let a = try resolve(from, 0)
    let b = try resolve(to, items.count)
    return a < b ? .list(Array(items[a..<b])) : .list([])
  }

  private func binary(_ op: BinaryOperator, _ lhsExpr: Expr, _ rhsExpr: Expr, _ row: Bindings, _ expr: Expr) throws
    -> CypherValue
  {
    switch op {
    case .and, .or, .xor:
      let lhs = try evaluate(lhsExpr, row)
      // Short-circuit only on the decisive value, as Cypher allows.
      if op == .and, case .bool(false) = lhs { return .bool(false) }
      if op == .or, case .bool(true) = lhs { return .bool(true) }
      return try Logic.combine(op, lhs, try evaluate(rhsExpr, row), expr)
    default: break
    }
    let lhs = try evaluate(lhsExpr, row)
    let rhs = try evaluate(rhsExpr, row)
    switch op {
    case .equal: return CypherValue.equals(lhs, rhs).map(CypherValue.bool) ?? .null
    case .notEqual: return CypherValue.equals(lhs, rhs).map { .bool(!$0) } ?? .null
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      // NaN is ordered with no number: every such comparison is false.
      if let x = lhs.numeric, let y = rhs.numeric, x.isNaN || y.isNaN { return .bool(false) }
      guard let c = CypherValue.compare(lhs, rhs) else { return .null }
      switch op {
      case .less: return .bool(c == .orderedAscending)
      case .lessOrEqual: return .bool(c != .orderedDescending)
      case .greater: return .bool(c == .orderedDescending)
      default: return .bool(c != .orderedAscending)
      }
    case .startsWith, .endsWith, .contains:
      guard case .string(let s) = lhs, case .string(let t) = rhs else { return .null }
      switch op {
      case .startsWith: return .bool(s.unicodeScalars.starts(with: t.unicodeScalars))
      case .endsWith: return .bool(s.unicodeScalars.reversed().starts(with: t.unicodeScalars.reversed()))
      default: return .bool(t.isEmpty || s.contains(t))
      }
    case .in:
      if rhs.isNull { return .null }
      guard case .list(let items) = rhs else { throw typeError("IN needs a list, found \(rhs.typeName)", rhsExpr) }
      var unknown = false
      for item in items {
        switch CypherValue.equals(lhs, item) {
        case .some(true): return .bool(true)
        case nil: unknown = true
        default: break
        }
      }
      return unknown ? .null : .bool(false)
    case .regex:
      guard case .string(let s) = lhs, case .string(let pattern) = rhs else { return .null }
      guard let regex = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.dotMatchesLineSeparators])
      else {
        throw CypherError.runtime(.argument, code: "InvalidRegex", "invalid regular expression '\(pattern)'")
      }
      let range = NSRange(s.startIndex..., in: s)
      return .bool(regex.firstMatch(in: s, options: [], range: range) != nil)
    default:
      return try Arithmetic.apply(op, lhs, rhs, expr)
    }
  }
}

/// Three-valued boolean logic.
enum Logic {
  static func truth(_ v: CypherValue, _ expr: Expr) throws -> Bool? {
    switch v {
    case .null: return nil
    case .bool(let b): return b
    default:
      throw CypherError(
        .type, code: "InvalidArgumentType", "expected a boolean, found \(v.typeName)", range: expr.range,
        atRuntime: true)
    }
  }

  static func not(_ v: CypherValue, _ expr: Expr) throws -> CypherValue {
    guard let b = try truth(v, expr) else { return .null }
    return .bool(!b)
  }

  static func combine(_ op: BinaryOperator, _ a: CypherValue, _ b: CypherValue, _ expr: Expr) throws -> CypherValue {
    let x = try truth(a, expr)
    let y = try truth(b, expr)
    switch op {
    case .and:
      if x == false || y == false { return .bool(false) }
      if x == nil || y == nil { return .null }
      return .bool(true)
    case .or:
      if x == true || y == true { return .bool(true) }
      if x == nil || y == nil { return .null }
      return .bool(false)
    default:
      guard let x, let y else { return .null }
      return .bool(x != y)
    }
  }
}
