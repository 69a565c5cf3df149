extension Parser {
  /// Deepest expression tree accepted: evaluation recurses over it.
  static let maxHeight = 200

  mutating func make(_ kind: Expr.Kind, _ range: SourceRange) throws(CypherError) -> Expr {
    var expr = Expr(kind: kind, range: range, id: makeID())
    expr.height = 1 + (ExprWalker.children(expr).map(\.height).max() ?? 0)
    guard expr.height <= Parser.maxHeight else {
      throw CypherError(
        .syntax, code: "ExpressionTooDeep", "expression is nested more than \(Parser.maxHeight) levels deep",
        range: range)
    }
    return expr
  }

  mutating func expression() throws(CypherError) -> Expr {
    try nested { (parser: inout Parser) throws(CypherError) in try parser.orExpression() }
  }

  /// Runs a recursive step with the nesting bounded.
  private mutating func nested(_ body: (inout Parser) throws(CypherError) -> Expr) throws(CypherError) -> Expr {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Parser.maxHeight else {
      throw CypherError(
        .syntax, code: "ExpressionTooDeep", "expression is nested more than \(Parser.maxHeight) levels deep",
        range: current.range)
    }
    return try body(&self)
  }

  private mutating func orExpression() throws(CypherError) -> Expr {
    var lhs = try xorExpression()
    while accept(keyword: "OR") {
      let rhs = try xorExpression()
      lhs = try make(.binary(.or, lhs, rhs), lhs.range.union(rhs.range))
    }
    return lhs
  }

  private mutating func xorExpression() throws(CypherError) -> Expr {
    var lhs = try andExpression()
    while accept(keyword: "XOR") {
      let rhs = try andExpression()
      lhs = try make(.binary(.xor, lhs, rhs), lhs.range.union(rhs.range))
    }
    return lhs
  }

  private mutating func andExpression() throws(CypherError) -> Expr {
    var lhs = try notExpression()
    while accept(keyword: "AND") {
      let rhs = try notExpression()
      lhs = try make(.binary(.and, lhs, rhs), lhs.range.union(rhs.range))
    }
    return lhs
  }

  private mutating func notExpression() throws(CypherError) -> Expr {
    if current.isKeyword("NOT") {
      let start = advance().range
      let operand = try nested { (parser: inout Parser) throws(CypherError) in try parser.notExpression() }
      return try make(.not(operand), start.union(operand.range))
    }
    return try comparison()
  }

  private mutating func comparison() throws(CypherError) -> Expr {
    let first = try predicateExpression()
    var operands = [first]
    var operators: [BinaryOperator] = []
    while true {
      let op: BinaryOperator
      switch current.kind {
      case .symbol("="): op = .equal
      case .symbol("<>"), .symbol("!="): op = .notEqual
      case .symbol("<"): op = .less
      case .symbol("<="): op = .lessOrEqual
      case .symbol(">"): op = .greater
      case .symbol(">="): op = .greaterOrEqual
      default:
        return try chain(operands, operators)
      }
      _ = advance()
      operators.append(op)
      operands.append(try predicateExpression())
    }
  }

  /// `a < b < c` means `a < b AND b < c`.
  private mutating func chain(_ operands: [Expr], _ operators: [BinaryOperator]) throws(CypherError) -> Expr {
    guard !operators.isEmpty else { return operands[0] }
    var result = try make(.binary(operators[0], operands[0], operands[1]), operands[0].range.union(operands[1].range))
    for i in 1..<operators.count {
      let next = try make(
        .binary(operators[i], operands[i], operands[i + 1]), operands[i].range.union(operands[i + 1].range))
      result = try make(.binary(.and, result, next), result.range.union(next.range))
    }
    return result
  }

  private mutating func predicateExpression() throws(CypherError) -> Expr {
    var lhs = try additive()
    while true {
      if current.isKeyword("STARTS") && peek().isKeyword("WITH") {
        _ = advance()
        _ = advance()
        let rhs = try additive()
        lhs = try make(.binary(.startsWith, lhs, rhs), lhs.range.union(rhs.range))
      } else if current.isKeyword("ENDS") && peek().isKeyword("WITH") {
        _ = advance()
        _ = advance()
        let rhs = try additive()
        lhs = try make(.binary(.endsWith, lhs, rhs), lhs.range.union(rhs.range))
      } else if accept(keyword: "CONTAINS") {
        let rhs = try additive()
        lhs = try make(.binary(.contains, lhs, rhs), lhs.range.union(rhs.range))
      } else if accept(keyword: "IN") {
        let rhs = try additive()
        lhs = try make(.binary(.in, lhs, rhs), lhs.range.union(rhs.range))
      } else if accept("=~") {
        let rhs = try additive()
        lhs = try make(.binary(.regex, lhs, rhs), lhs.range.union(rhs.range))
      } else if current.isKeyword("IS") {
        _ = advance()
        let negated = accept(keyword: "NOT")
        let end = try expect(keyword: "NULL").range
        lhs = try make(.isNull(lhs, negated: negated), lhs.range.union(end))
      } else {
        return lhs
      }
    }
  }

  private mutating func additive() throws(CypherError) -> Expr {
    var lhs = try multiplicative()
    while current.isSymbol("+") || current.isSymbol("-") {
      let op: BinaryOperator = advance().isSymbol("+") ? .add : .subtract
      let rhs = try multiplicative()
      lhs = try make(.binary(op, lhs, rhs), lhs.range.union(rhs.range))
    }
    return lhs
  }

  private mutating func multiplicative() throws(CypherError) -> Expr {
    var lhs = try power()
    while current.isSymbol("*") || current.isSymbol("/") || current.isSymbol("%") {
      let token = advance()
      let op: BinaryOperator = token.isSymbol("*") ? .multiply : (token.isSymbol("/") ? .divide : .modulo)
      let rhs = try power()
      lhs = try make(.binary(op, lhs, rhs), lhs.range.union(rhs.range))
    }
    return lhs
  }

  private mutating func power() throws(CypherError) -> Expr {
    var lhs = try unary()
    while accept("^") {
      let rhs = try unary()
      lhs = try make(.binary(.power, lhs, rhs), lhs.range.union(rhs.range))
    }
    return lhs
  }

  private mutating func unary() throws(CypherError) -> Expr {
    if current.isSymbol("-") {
      let start = advance().range
      // Fold `-<integer>` so that -9223372036854775808 is representable.
      if case .integer(let i) = current.kind {
        let token = advance()
        // 2^63 arrives as Int64.min (see Lexer.integer): negated, it is itself.
        return try postfix(try make(.literal(.int(i == .min ? .min : -i)), start.union(token.range)))
      }
      if case .float(let d) = current.kind {
        let token = advance()
        return try postfix(try make(.literal(.float(-d)), start.union(token.range)))
      }
      let operand = try nested { (parser: inout Parser) throws(CypherError) in try parser.unary() }
      return try make(.negate(operand), start.union(operand.range))
    }
    if current.isSymbol("+") {
      _ = advance()
      return try nested { (parser: inout Parser) throws(CypherError) in try parser.unary() }
    }
    return try postfix(try atom())
  }

  private mutating func postfix(_ base: Expr) throws(CypherError) -> Expr {
    var expr = base
    while true {
      if current.isSymbol(".") {
        _ = advance()
        let (key, range) = try name("a property name")
        expr = try make(.property(expr, key), expr.range.union(range))
      } else if current.isSymbol("[") {
        _ = advance()
        if accept("..") {
          let upper = current.isSymbol("]") ? nil : try expression()
          let end = try expect("]").range
          expr = try make(.slice(expr, nil, upper), expr.range.union(end))
          continue
        }
        let index = try expression()
        if accept("..") {
          let upper = current.isSymbol("]") ? nil : try expression()
          let end = try expect("]").range
          expr = try make(.slice(expr, index, upper), expr.range.union(end))
          continue
        }
        let end = try expect("]").range
        expr = try make(.index(expr, index), expr.range.union(end))
      } else if current.isSymbol(":"), case .variable = expr.kind {
        var labels: [String] = []
        var end = expr.range
        while accept(":") {
          let (label, range) = try name("a label name")
          labels.append(label)
          end = range
        }
        expr = try make(.hasLabels(expr, labels), expr.range.union(end))
      } else {
        return expr
      }
    }
  }
}
