/// Atoms of the expression grammar: literals, variables and parameters, function calls, CASE,
/// pattern predicates and subqueries, lists, comprehensions and maps.
extension Parser {
  mutating func atom() throws(CypherError) -> Expr {
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
    guard !failedPatternStarts.contains(position) else { return nil }
    let saved = (position, nextID, depth)
    if let pattern = try? pathPattern(), !pattern.relationships.isEmpty, pattern.shortest == .none {
      if accept(current) { return pattern }
    } else {
      failedPatternStarts.insert(saved.0)
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
      [
        "MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "CREATE",
        "CALL",
      ].contains(keyword)
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
