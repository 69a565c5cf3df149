extension Parser {
  /// Clauses up to the end of the query or a UNION; in a `subquery` (`EXISTS { … }`), up to its
  /// `}`, and they need not end with RETURN.
  mutating func clauses(subquery: Bool = false) throws(CypherError) -> [Clause] {
    var result: [Clause] = []
    while true {
      let token = current
      switch token.keyword {
      case "MATCH":
        result.append(try match(optional: false))
      case "OPTIONAL":
        _ = advance()
        guard current.isKeyword("MATCH") else { throw unexpected("'MATCH' after 'OPTIONAL'") }
        result.append(try match(optional: true))
      case "UNWIND":
        _ = advance()
        let expr = try expression()
        try expect(keyword: "AS")
        let (variable, _) = try name("a variable name")
        result.append(.unwind(expr, variable: variable, range: SourceRange(token.range.start, previousEnd)))
      case "WITH":
        _ = advance()
        let projection = try self.projection(start: token.range.start)
        var condition: Expr?
        if accept(keyword: "WHERE") { condition = try expression() }
        result.append(.with(projection, where: condition))
      case "RETURN":
        _ = advance()
        result.append(.return(try projection(start: token.range.start)))
      case "CREATE":
        _ = advance()
        let patterns = try patternList()
        result.append(.create(patterns, range: SourceRange(token.range.start, previousEnd)))
      case "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "CALL", "FOREACH", "LOAD":
        if subquery && token.keyword != "CALL" {
          throw CypherError(
            .syntax, code: "InvalidClauseComposition", "a subquery cannot write (\(token.keyword ?? ""))",
            range: token.range)
        }
        throw CypherError(
          .unsupported, code: "UnsupportedClause",
          "\(token.keyword ?? "") is not supported: Bilat queries are read-only (use `bilat create` for CREATE)",
          range: token.range)
      default:
        if result.isEmpty {
          throw unexpected("a clause (MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN)")
        }
        if subquery {
          guard current.isSymbol("}") else { throw unexpected("'}' or a clause") }
          return result
        }
        return try finish(result)
      }
      if subquery && current.isSymbol("}") { return result }
      if current.kind == .end || current.isSymbol(";") || current.isKeyword("UNION") {
        return try finish(result)
      }
    }
  }

  private func finish(_ clauses: [Clause]) throws(CypherError) -> [Clause] {
    guard let last = clauses.last else { throw unexpected("a clause") }
    switch last {
    case .return, .create: return clauses
    default:
      throw CypherError(
        .syntax, code: "InvalidClauseComposition",
        "a query must end with RETURN (or CREATE in `bilat create`), found \(current.display)", range: current.range)
    }
  }

  private mutating func match(optional: Bool) throws(CypherError) -> Clause {
    let start = current.range.start
    _ = advance()
    let patterns = try patternList()
    var condition: Expr?
    if accept(keyword: "WHERE") { condition = try expression() }
    return .match(optional: optional, patterns: patterns, where: condition, range: SourceRange(start, previousEnd))
  }

  mutating func patternList() throws(CypherError) -> [PathPattern] {
    var patterns = [try pathPattern()]
    while accept(",") { patterns.append(try pathPattern()) }
    return patterns
  }

  private mutating func projection(start: Int) throws(CypherError) -> Projection {
    let distinct = accept(keyword: "DISTINCT")
    var star = false
    var items: [ProjectionItem] = []
    if accept("*") {
      star = true
      if accept(",") { items = try projectionItems() }
    } else {
      items = try projectionItems()
    }
    var order: [SortItem] = []
    if current.isKeyword("ORDER") {
      _ = advance()
      try expect(keyword: "BY")
      repeat {
        let expr = try expression()
        var ascending = true
        if accept(keyword: "DESC") || accept(keyword: "DESCENDING") {
          ascending = false
        } else if accept(keyword: "ASC") || accept(keyword: "ASCENDING") {
          ascending = true
        }
        order.append(SortItem(expression: expr, ascending: ascending))
      } while accept(",")
    }
    var skip: Expr?
    var limit: Expr?
    if accept(keyword: "SKIP") { skip = try expression() }
    if accept(keyword: "LIMIT") { limit = try expression() }
    return Projection(
      distinct: distinct, star: star, items: items, orderBy: order, skip: skip, limit: limit,
      range: SourceRange(start, previousEnd))
  }

  private mutating func projectionItems() throws(CypherError) -> [ProjectionItem] {
    var items: [ProjectionItem] = []
    repeat {
      let expr = try expression()
      if accept(keyword: "AS") {
        let (alias, _) = try name("an alias after AS")
        items.append(ProjectionItem(expression: expr, name: alias, hasAlias: true))
      } else {
        var name = source(expr.range)
        if case .variable(let v) = expr.kind { name = v }
        items.append(ProjectionItem(expression: expr, name: name, hasAlias: false))
      }
    } while accept(",")
    return items
  }
}
