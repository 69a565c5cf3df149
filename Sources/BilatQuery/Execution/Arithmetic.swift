import Foundation

/// `+ - * / % ^` on numbers, string and list concatenation.
enum Arithmetic {
  static func apply(_ op: BinaryOperator, _ lhs: CypherValue, _ rhs: CypherValue, _ expr: Expr) throws -> CypherValue {
    if lhs.isNull || rhs.isNull { return .null }
    if let result = try temporal(op, lhs, rhs, expr) { return result }
    if op == .add {
      switch (lhs, rhs) {
      case (.list(let a), .list(let b)): return .list(a + b)
      case (.list(let a), _): return .list(a + [rhs])
      case (_, .list(let b)): return .list([lhs] + b)
      case (.string(let a), .string(let b)): return .string(a + b)
      case (.string(let a), .int), (.string(let a), .float): return .string(a + Functions.toStringValue(rhs))
      case (.int, .string(let b)), (.float, .string(let b)): return .string(Functions.toStringValue(lhs) + b)
      default: break
      }
    }
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)):
      let (result, overflow): (Int64, Bool)
      switch op {
      case .add: (result, overflow) = a.addingReportingOverflow(b)
      case .subtract: (result, overflow) = a.subtractingReportingOverflow(b)
      case .multiply: (result, overflow) = a.multipliedReportingOverflow(by: b)
      case .divide:
        guard b != 0 else { throw CypherError.runtime(.argument, code: "DivisionByZero", "division by zero") }
        (result, overflow) = a.dividedReportingOverflow(by: b)
      case .modulo:
        guard b != 0 else { throw CypherError.runtime(.argument, code: "DivisionByZero", "division by zero") }
        (result, overflow) = a.remainderReportingOverflow(dividingBy: b)
      default:
        return .float(pow(Double(a), Double(b)))
      }
      if overflow { throw CypherError.runtime(.argument, code: "IntegerOverflow", "integer overflow") }
      return .int(result)
    default:
      guard let a = lhs.numeric, let b = rhs.numeric else {
        throw CypherError(
          .type, code: "InvalidArgumentType",
          "cannot apply '\(op.rawValue)' to \(lhs.typeName) and \(rhs.typeName)", range: expr.range, atRuntime: true)
      }
      switch op {
      case .add: return .float(a + b)
      case .subtract: return .float(a - b)
      case .multiply: return .float(a * b)
      case .divide: return .float(a / b)
      case .modulo: return .float(fmod(a, b))
      default: return .float(pow(a, b))
      }
    }
  }

  /// Temporal arithmetic: instant ± duration, duration ± duration, duration × number, duration ÷ number;
  /// nil when neither side is temporal.
  private static func temporal(_ op: BinaryOperator, _ lhs: CypherValue, _ rhs: CypherValue, _ expr: Expr) throws
    -> CypherValue?
  {
    let result: TemporalValue?
    do {
      switch (op, lhs, rhs) {
      case (.add, .temporal(let t), .temporal(.duration(let d))): result = try t.adding(d)
      case (.add, .temporal(.duration(let d)), .temporal(let t)): result = try t.adding(d)
      case (.subtract, .temporal(let t), .temporal(.duration(let d))): result = try t.adding(d, negate: true)
      case (.multiply, .temporal(.duration(let d)), .int), (.multiply, .temporal(.duration(let d)), .float):
        result = .duration(try d.multiplied(by: rhs))
      case (.multiply, .int, .temporal(.duration(let d))), (.multiply, .float, .temporal(.duration(let d))):
        result = .duration(try d.multiplied(by: lhs))
      case (.divide, .temporal(.duration(let d)), .int), (.divide, .temporal(.duration(let d)), .float):
        result = .duration(try d.divided(by: rhs))
      case (_, .temporal, _), (_, _, .temporal):
        throw CypherError(
          .type, code: "InvalidArgumentType",
          "cannot apply '\(op.rawValue)' to \(lhs.typeName) and \(rhs.typeName)", range: expr.range, atRuntime: true)
      default: result = nil
      }
    } catch let error as TemporalError {
      throw CypherError(.argument, code: "InvalidArgumentValue", error.message, range: expr.range, atRuntime: true)
    }
    return result.map(CypherValue.temporal)
  }
}
