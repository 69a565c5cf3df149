extension CypherValue {
  /// Reads a Cypher literal (`'text'`, `42`, `1.5`, `true`, `null`, `[1, 2]`, `{k: 'v'}`), as
  /// used for `--param name=value`. Throws for anything that is not a constant.
  public static func parseLiteral(_ text: String) throws(CypherError) -> CypherValue {
    do throws(CypherError) {
      var parser = try Parser(text)
      let expr = try parser.expression()
      guard parser.current.kind == .end else { throw parser.unexpected("end of value") }
      return try constant(expr)
    } catch {
      throw error.withSource(text)
    }
  }

  private static func constant(_ expr: Expr) throws(CypherError) -> CypherValue {
    switch expr.kind {
    case .literal(let v): return v
    case .list(let items):
      var out: [CypherValue] = []
      for item in items { out.append(try constant(item)) }
      return .list(out)
    case .map(let entries):
      var out: [String: CypherValue] = [:]
      for (k, v) in entries { out[k] = try constant(v) }
      return .map(out)
    case .negate(let inner):
      switch try constant(inner) {
      case .int(let i): return .int(-i)
      case .float(let d): return .float(-d)
      default: break
      }
    default: break
    }
    throw CypherError(.syntax, code: "InvalidLiteral", "expected a literal value", range: expr.range)
  }
}
