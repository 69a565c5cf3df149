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

  private mutating func atom() throws(CypherError) -> Expr {
    let token = current
    switch token.kind {
    case .integer(let i):
      guard i != .min else {
        throw CypherError(
          .syntax, code: "IntegerOverflow", "integer '\(source(token.range))' is too large", range: token.range)
      }
      _ = advance()
      return try make(.literal(.int(i)), token.range)
    case .float(let d):
      _ = advance()
      return try make(.literal(.float(d)), token.range)
    case .string(let s):
      _ = advance()
      return try make(.literal(.string(s)), token.range)
    case .parameter(let p):
      _ = advance()
      return try make(.parameter(p), token.range)
    case .symbol("("):
      if let pattern = try speculativePattern() {
        return try make(.patternPredicate(pattern), pattern.range)
      }
      _ = advance()
      let inner = try expression()
      let end = try expect(")").range
      var wrapped = inner
      wrapped.range = token.range.union(end)
      return wrapped
    case .symbol("["):
      return try listOrComprehension()
    case .symbol("{"):
      return try mapLiteral()
    case .quotedIdentifier(let name):
      _ = advance()
      return try make(.variable(name), token.range)
    case .identifier(let name):
      return try identifierAtom(name, token)
    default:
      throw unexpected("an expression")
    }
  }

  private mutating func identifierAtom(_ name: String, _ token: Token) throws(CypherError) -> Expr {
    let upper = name.uppercased()
    switch upper {
    case "TRUE":
      _ = advance()
      return try make(.literal(.bool(true)), token.range)
    case "FALSE":
      _ = advance()
      return try make(.literal(.bool(false)), token.range)
    case "NULL":
      _ = advance()
      return try make(.literal(.null), token.range)
    case "CASE":
      return try caseExpression()
    case "EXISTS" where peek().isSymbol("{"), "COUNT" where peek().isSymbol("{"):
      return try subquery(upper == "EXISTS" ? .exists : .count, token)
    default: break
    }
    // A namespaced function such as `date.truncate(…)` or `duration.between(…)`.
    if peek().isSymbol("."), case .identifier(let member) = peek(2).kind, peek(3).isSymbol("("),
      TemporalFunctions.names.contains((name + "." + member).lowercased())
    {
      _ = advance()
      _ = advance()
      return try functionCall((name + "." + member).lowercased(), token)
    }
    guard peek().isSymbol("(") else {
      _ = advance()
      return try make(.variable(name), token.range)
    }
    return try functionCall(name.lowercased(), token)
  }

  /// A function call whose name (`token` and what follows up to the parenthesis) is `lower`.
  private mutating func functionCall(_ lower: String, _ token: Token) throws(CypherError) -> Expr {
    _ = advance()
    _ = advance()
    if lower == "count" && current.isSymbol("*") {
      _ = advance()
      let end = try expect(")").range
      return try make(.countStar, token.range.union(end))
    }
    if ["all", "any", "none", "single"].contains(lower), case .identifier(let v) = current.kind,
      peek().isKeyword("IN")
    {
      _ = advance()
      _ = advance()
      let list = try expression()
      try expect(keyword: "WHERE")
      let filter = try expression()
      let end = try expect(")").range
      let quantifier = Quantifier(rawValue: lower) ?? .all
      return try make(.quantifier(quantifier, variable: v, list: list, filter: filter), token.range.union(end))
    }
    let distinct = accept(keyword: "DISTINCT")
    var arguments: [Expr] = []
    if !current.isSymbol(")") {
      repeat { arguments.append(try expression()) } while accept(",")
    }
    let end = try expect(")").range
    return try make(.function(name: lower, distinct: distinct, arguments: arguments), token.range.union(end))
  }

  private mutating func caseExpression() throws(CypherError) -> Expr {
    let start = advance().range
    var subject: Expr?
    if !current.isKeyword("WHEN") { subject = try expression() }
    var branches: [(Expr, Expr)] = []
    while accept(keyword: "WHEN") {
      let condition = try expression()
      try expect(keyword: "THEN")
      branches.append((condition, try expression()))
    }
    guard !branches.isEmpty else { throw unexpected("'WHEN'") }
    var otherwise: Expr?
    if accept(keyword: "ELSE") { otherwise = try expression() }
    let end = try expect(keyword: "END").range
    return try make(.caseWhen(subject: subject, branches: branches, otherwise: otherwise), start.union(end))
  }

  /// A relationship pattern where an expression may also start (`(`, or `p =` in a list): the
  /// pattern when one with at least one relationship parses there (and `accept` approves what
  /// follows), else nil with the position unchanged.
  private mutating func speculativePattern(accept: (Token) -> Bool = { _ in true }) throws(CypherError)
    -> PathPattern?
  {
    let saved = (position, nextID, depth)
    if let pattern = try? pathPattern(), !pattern.relationships.isEmpty, pattern.shortest == .none,
      accept(current)
    {
      return pattern
    }
    (position, nextID, depth) = saved
    return nil
  }

  /// `EXISTS { … }` / `COUNT { … }`: clauses, or a pattern list with an optional WHERE.
  private mutating func subquery(_ kind: SubqueryKind, _ token: Token) throws(CypherError) -> Expr {
    _ = advance()
    try expect("{")
    var body: [Clause]
    if let keyword = current.keyword,
      ["MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "CREATE",
       "CALL"].contains(keyword)
    {
      body = try clauses(subquery: true)
    } else {
      let start = current.range.start
      let patterns = try patternList()
      var condition: Expr?
      if accept(keyword: "WHERE") { condition = try expression() }
      body = [.match(optional: false, patterns: patterns, where: condition, range: SourceRange(start, previousEnd))]
    }
    let end = try expect("}").range
    return try make(.subquery(kind, body), token.range.union(end))
  }

  private mutating func listOrComprehension() throws(CypherError) -> Expr {
    let start = advance().range
    // [p = (a)-->(b) WHERE ... | ...]
    let startsPattern: Bool
    switch current.kind {
    case .symbol("("): startsPattern = true
    case .identifier, .quotedIdentifier: startsPattern = peek().isSymbol("=") && peek(2).isSymbol("(")
    default: startsPattern = false
    }
    if startsPattern,
      let pattern = try speculativePattern(accept: { $0.isKeyword("WHERE") || $0.isSymbol("|") })
    {
      var filter: Expr?
      if accept(keyword: "WHERE") { filter = try expression() }
      try expect("|")
      let map = try expression()
      let end = try expect("]").range
      return try make(.patternComprehension(pattern, filter: filter, map: map), start.union(end))
    }
    // [x IN list WHERE ... | ...]
    if case .identifier(let v) = current.kind, peek().isKeyword("IN") {
      _ = advance()
      _ = advance()
      let list = try expression()
      var filter: Expr?
      var map: Expr?
      if accept(keyword: "WHERE") { filter = try expression() }
      if accept("|") { map = try expression() }
      let end = try expect("]").range
      return try make(.listComprehension(variable: v, list: list, filter: filter, map: map), start.union(end))
    }
    var elements: [Expr] = []
    if !current.isSymbol("]") {
      repeat { elements.append(try expression()) } while accept(",")
    }
    let end = try expect("]").range
    return try make(.list(elements), start.union(end))
  }

  mutating func mapLiteral() throws(CypherError) -> Expr {
    let start = try expect("{").range
    var entries: [(String, Expr)] = []
    if !current.isSymbol("}") {
      repeat {
        let (key, _) = try name("a property name")
        try expect(":")
        entries.append((key, try expression()))
      } while accept(",")
    }
    let end = try expect("}").range
    return try make(.map(entries), start.union(end))
  }
}
