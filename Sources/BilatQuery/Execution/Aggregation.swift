/// Aggregate functions: count, collect, min, max, sum, avg, stdev, stdevp (with DISTINCT) and
/// percentileDisc, percentileCont (value, percentile).
enum Aggregation {
  static let names: Set<String> = [
    "count", "collect", "min", "max", "sum", "avg", "stdev", "stdevp", "percentiledisc", "percentilecont",
  ]

  /// The number of arguments an aggregate takes.
  static func arity(_ name: String) -> Int { name.hasPrefix("percentile") ? 2 : 1 }

  static func isAggregate(_ name: String) -> Bool { names.contains(name) }

  /// The aggregate calls inside an expression (not descending into aggregates).
  static func calls(in expr: Expr) -> [Expr] {
    var found: [Expr] = []
    ExprWalker.visit(expr) { e in
      switch e.kind {
      case .countStar:
        found.append(e)
        return false
      case .function(let name, _, _) where isAggregate(name):
        found.append(e)
        return false
      default:
        return true
      }
    }
    return found
  }

  static func contains(_ expr: Expr) -> Bool { !calls(in: expr).isEmpty }

  /// Computes one aggregate over the rows of a group.
  static func compute(_ call: Expr, _ rows: [Bindings], _ evaluator: Evaluator) throws -> CypherValue {
    if case .countStar = call.kind { return .int(Int64(rows.count)) }
    guard case .function(let name, let distinct, let arguments) = call.kind, let argument = arguments.first else {
      throw CypherError(.syntax, code: "InvalidNumberOfArguments", "aggregate needs one argument", range: call.range)
    }
    var values: [CypherValue] = []
    var seen = Set<CypherValue>()
    for row in rows {
      let v = try evaluator.evaluate(argument, row)
      if v.isNull { continue }
      if distinct {
        guard seen.insert(v).inserted else { continue }
      }
      values.append(v)
    }
    switch name {
    case "percentiledisc", "percentilecont":
      return try percentile(name, values, arguments[1], rows, evaluator, call)
    case "count": return .int(Int64(values.count))
    case "collect": return .list(values)
    case "min", "max":
      guard var best = values.first else { return .null }
      for v in values.dropFirst() {
        let before = CypherValue.orders(v, before: best)
        if name == "min" ? before : CypherValue.orders(best, before: v) { best = v }
      }
      _ = best
      return best
    case "sum", "avg":
      if values.contains(where: \.isDuration) { return try durationAggregate(name, values, call) }
      var intSum: Int64 = 0
      var floatSum = 0.0
      var isFloat = false
      for v in values {
        switch v {
        case .int(let i):
          let (s, overflow) = intSum.addingReportingOverflow(i)
          if overflow { throw CypherError.runtime(.argument, code: "IntegerOverflow", "sum overflows") }
          intSum = s
        case .float(let d):
          isFloat = true
          floatSum += d
        default:
          throw CypherError(
            .type, code: "InvalidArgumentType", "\(name)() needs numbers, found \(v.typeName)", range: call.range,
            atRuntime: true)
        }
      }
      if name == "sum" { return isFloat ? .float(floatSum + Double(intSum)) : .int(intSum) }
      guard !values.isEmpty else { return .null }
      return .float((floatSum + Double(intSum)) / Double(values.count))
    default:
      let numbers = values.compactMap(\.numeric)
      guard numbers.count > (name == "stdev" ? 1 : 0) else { return .float(0) }
      let mean = numbers.reduce(0, +) / Double(numbers.count)
      let squares = numbers.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
      return .float((squares / Double(numbers.count - (name == "stdev" ? 1 : 0))).squareRoot())
    }
  }
}

extension Aggregation {
  /// percentileDisc: the value at rank ceil(p·n) of the sorted values; percentileCont: the
  /// linear interpolation at p·(n−1). The percentile is read from the group's first row and
  /// must be within 0…1.
  static func percentile(
    _ name: String, _ values: [CypherValue], _ percentileExpr: Expr, _ rows: [Bindings], _ evaluator: Evaluator,
    _ call: Expr
  ) throws -> CypherValue {
    let p: Double
    switch try evaluator.evaluate(percentileExpr, rows.first ?? [:]) {
    case .int(let i): p = Double(i)
    case .float(let d): p = d
    case .null: return .null
    case let v:
      throw CypherError(
        .type, code: "InvalidArgumentType", "\(name)() needs a number as percentile, found \(v.typeName)",
        range: percentileExpr.range, atRuntime: true)
    }
    guard (0...1).contains(p) else {
      throw CypherError(
        .argument, code: "NumberOutOfRange", "\(name)(): the percentile must be between 0.0 and 1.0, found \(p)",
        range: percentileExpr.range, atRuntime: true)
    }
    var numbers: [(Double, CypherValue)] = []
    for v in values {
      guard let d = v.numeric else {
        throw CypherError(
          .type, code: "InvalidArgumentType", "\(name)() needs numbers, found \(v.typeName)", range: call.range,
          atRuntime: true)
      }
      numbers.append((d, v))
    }
    guard !numbers.isEmpty else { return .null }
    numbers.sort { $0.0 < $1.0 }
    if name == "percentiledisc" {
      let rank = max(0, Int((p * Double(numbers.count)).rounded(.up)) - 1)
      return numbers[min(rank, numbers.count - 1)].1
    }
    let position = p * Double(numbers.count - 1)
    let low = Int(position.rounded(.down))
    let high = Int(position.rounded(.up))
    let fraction = position - Double(low)
    return .float(numbers[low].0 + (numbers[high].0 - numbers[low].0) * fraction)
  }

  /// `sum` and `avg` of durations: their component-wise sum, and that sum divided by the count.
  static func durationAggregate(_ name: String, _ values: [CypherValue], _ call: Expr) throws -> CypherValue {
    var total = CypherDuration.zero
    do {
      for v in values {
        guard case .temporal(.duration(let d)) = v else {
          throw CypherError(
            .type, code: "InvalidArgumentType", "\(name)() cannot mix durations and \(v.typeName) values",
            range: call.range, atRuntime: true)
        }
        total = try total.plus(d)
      }
      if name == "sum" { return .temporal(.duration(total)) }
      return .temporal(.duration(try total.divided(by: .int(Int64(values.count)))))
    } catch let error as TemporalError {
      throw CypherError(.argument, code: "InvalidArgumentValue", "\(name)(): \(error.message)", range: call.range, atRuntime: true)
    }
  }
}

/// Pre-order traversal of expressions.
enum ExprWalker {
  /// Calls `body` on each sub-expression; `body` returns false to skip its children.
  static func visit(_ expr: Expr, _ body: (Expr) -> Bool) {
    guard body(expr) else { return }
    for child in children(expr) { visit(child, body) }
  }

  static func children(_ expr: Expr) -> [Expr] {
    switch expr.kind {
    case .literal, .parameter, .variable, .countStar: return []
    case .property(let e, _), .not(let e), .negate(let e), .isNull(let e, _), .hasLabels(let e, _): return [e]
    case .list(let items): return items
    case .map(let entries): return entries.map(\.1)
    case .binary(_, let a, let b), .index(let a, let b): return [a, b]
    case .function(_, _, let args): return args
    case .slice(let a, let b, let c): return [a] + [b, c].compactMap { $0 }
    case .caseWhen(let subject, let branches, let otherwise):
      return [subject].compactMap { $0 } + branches.flatMap { [$0.0, $0.1] } + [otherwise].compactMap { $0 }
    case .listComprehension(_, let list, let filter, let map): return [list] + [filter, map].compactMap { $0 }
    case .quantifier(_, _, let list, let filter): return [list, filter]
    // Patterns and subqueries have a scope of their own: their expressions are checked and
    // evaluated with it, never as parts of the outer expression.
    case .patternPredicate, .patternComprehension, .subquery: return []
    }
  }

  /// Rewrites an expression bottom-up... top-down: `transform` may replace a node (and its subtree).
  static func rewrite(_ expr: Expr, _ transform: (Expr) -> Expr?) -> Expr {
    if let replaced = transform(expr) { return replaced }
    var copy = expr
    func r(_ e: Expr) -> Expr { rewrite(e, transform) }
    switch expr.kind {
    case .literal, .parameter, .variable, .countStar, .patternPredicate, .patternComprehension, .subquery: return expr
    case .property(let e, let k): copy.kind = .property(r(e), k)
    case .not(let e): copy.kind = .not(r(e))
    case .negate(let e): copy.kind = .negate(r(e))
    case .isNull(let e, let n): copy.kind = .isNull(r(e), negated: n)
    case .hasLabels(let e, let l): copy.kind = .hasLabels(r(e), l)
    case .list(let items): copy.kind = .list(items.map(r))
    case .map(let entries): copy.kind = .map(entries.map { ($0.0, r($0.1)) })
    case .binary(let op, let a, let b): copy.kind = .binary(op, r(a), r(b))
    case .index(let a, let b): copy.kind = .index(r(a), r(b))
    case .function(let n, let d, let args): copy.kind = .function(name: n, distinct: d, arguments: args.map(r))
    case .slice(let a, let b, let c): copy.kind = .slice(r(a), b.map(r), c.map(r))
    case .caseWhen(let s, let branches, let o):
      copy.kind = .caseWhen(subject: s.map(r), branches: branches.map { (r($0.0), r($0.1)) }, otherwise: o.map(r))
    case .listComprehension(let v, let l, let f, let m):
      copy.kind = .listComprehension(variable: v, list: r(l), filter: f.map(r), map: m.map(r))
    case .quantifier(let q, let v, let l, let f): copy.kind = .quantifier(q, variable: v, list: r(l), filter: r(f))
    }
    return copy
  }

  /// A canonical text of an expression, equal for structurally equal expressions.
  static func canonical(_ expr: Expr) -> String {
    switch expr.kind {
    case .literal(let v): return v.description
    case .parameter(let p): return "$" + p
    case .variable(let v): return "`" + v + "`"
    case .property(let e, let k): return canonical(e) + ".`" + k + "`"
    case .list(let items): return "[" + items.map(canonical).joined(separator: ",") + "]"
    case .map(let entries): return "{" + entries.map { "`\($0.0)`:" + canonical($0.1) }.joined(separator: ",") + "}"
    case .not(let e): return "NOT(" + canonical(e) + ")"
    case .negate(let e): return "-(" + canonical(e) + ")"
    case .binary(let op, let a, let b): return "(" + canonical(a) + " " + op.rawValue + " " + canonical(b) + ")"
    case .isNull(let e, let n): return "(" + canonical(e) + (n ? " IS NOT NULL)" : " IS NULL)")
    case .hasLabels(let e, let l): return "(" + canonical(e) + l.map { ":`" + $0 + "`" }.joined() + ")"
    case .function(let n, let d, let args):
      return n + "(" + (d ? "DISTINCT " : "") + args.map(canonical).joined(separator: ",") + ")"
    case .countStar: return "count(*)"
    case .index(let a, let b): return canonical(a) + "[" + canonical(b) + "]"
    case .slice(let a, let b, let c):
      return canonical(a) + "[" + (b.map(canonical) ?? "") + ".." + (c.map(canonical) ?? "") + "]"
    case .caseWhen(let s, let branches, let o):
      return "CASE " + (s.map(canonical) ?? "")
        + branches.map { " WHEN " + canonical($0.0) + " THEN " + canonical($0.1) }.joined()
        + (o.map { " ELSE " + canonical($0) } ?? "") + " END"
    case .listComprehension(let v, let l, let f, let m):
      return "[" + v + " IN " + canonical(l) + (f.map { " WHERE " + canonical($0) } ?? "")
        + (m.map { " | " + canonical($0) } ?? "") + "]"
    case .quantifier(let q, let v, let l, let f):
      return q.rawValue + "(" + v + " IN " + canonical(l) + " WHERE " + canonical(f) + ")"
    case .patternPredicate, .patternComprehension, .subquery:
      // Equal only to itself (its place in the query).
      return "pattern@\(expr.range.start)-\(expr.range.end)"
    }
  }
}
