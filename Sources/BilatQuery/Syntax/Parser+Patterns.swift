extension Parser {
  /// `[p =] [shortestPath(] (a)-[r]->(b)... [)]`
  mutating func pathPattern() throws(CypherError) -> PathPattern {
    let start = current.range.start
    var variable: String?
    if case .identifier(let v) = current.kind, peek().isSymbol("=") {
      variable = v
      _ = advance()
      _ = advance()
    } else if case .quotedIdentifier(let v) = current.kind, peek().isSymbol("=") {
      variable = v
      _ = advance()
      _ = advance()
    }
    var shortest = PathPattern.Shortest.none
    if let word = current.keyword, word == "SHORTESTPATH" || word == "ALLSHORTESTPATHS", peek().isSymbol("(") {
      shortest = word == "SHORTESTPATH" ? .shortest : .all
      _ = advance()
      try expect("(")
      var inner = try chain(start: start)
      try expect(")")
      inner.variable = variable
      inner.shortest = shortest
      inner.range = SourceRange(start, previousEnd)
      guard inner.relationships.count == 1 else {
        throw CypherError(
          .syntax, code: "InvalidShortestPath", "shortestPath needs a pattern with exactly one relationship",
          range: inner.range)
      }
      return inner
    }
    var path = try chain(start: start)
    path.variable = variable
    return path
  }

  private mutating func chain(start: Int) throws(CypherError) -> PathPattern {
    // Parenthesized whole patterns: `((a)-->(b))`.
    var nodes = [try nodePattern()]
    var relationships: [RelationshipPattern] = []
    while current.isSymbol("-") || current.isSymbol("<-") || current.isSymbol("<") {
      relationships.append(try relationshipPattern())
      nodes.append(try nodePattern())
    }
    return PathPattern(
      variable: nil, shortest: .none, nodes: nodes, relationships: relationships,
      range: SourceRange(start, previousEnd))
  }

  private mutating func nodePattern() throws(CypherError) -> NodePattern {
    let open = try expect("(")
    var variable: String?
    switch current.kind {
    case .identifier(let v), .quotedIdentifier(let v):
      variable = v
      _ = advance()
    default: break
    }
    var labels: [String] = []
    var labelRanges: [SourceRange] = []
    while accept(":") {
      let (label, range) = try name("a label name")
      labels.append(label)
      labelRanges.append(range)
    }
    let properties = try patternProperties()
    try expect(")")
    return NodePattern(
      variable: variable, labels: labels, labelRanges: labelRanges, properties: properties,
      range: SourceRange(open.range.start, previousEnd))
  }

  private mutating func patternProperties() throws(CypherError) -> Expr? {
    if current.isSymbol("{") { return try mapLiteral() }
    if case .parameter = current.kind {
      throw CypherError(
        .syntax, code: "InvalidParameterUse", "a parameter cannot be used as a pattern's property map",
        range: current.range)
    }
    return nil
  }

  private mutating func relationshipPattern() throws(CypherError) -> RelationshipPattern {
    let start = current.range.start
    var pointsLeft = false
    if accept("<-") {
      pointsLeft = true
    } else if accept("<") {
      pointsLeft = true
      try expect("-")
    } else {
      try expect("-")
    }
    var variable: String?
    var types: [String] = []
    var typeRanges: [SourceRange] = []
    var properties: Expr?
    var length: (min: Int?, max: Int?)?
    if accept("[") {
      switch current.kind {
      case .identifier(let v), .quotedIdentifier(let v):
        variable = v
        _ = advance()
      default: break
      }
      if accept(":") {
        repeat {
          _ = accept(":")
          let (type, range) = try name("a relationship type")
          // `[:T|:T]` is `[:T]`.
          if !types.contains(type) {
            types.append(type)
            typeRanges.append(range)
          }
        } while accept("|")
      }
      if current.isSymbol("..") {
        throw CypherError(
          .syntax, code: "InvalidRelationshipPattern", "a variable-length relationship needs '*', as in [:T*1..3]",
          range: current.range)
      }
      if accept("*") { length = try lengthRange() }
      properties = try patternProperties()
      try expect("]")
    }
    var pointsRight = false
    if accept("->") {
      pointsRight = true
    } else {
      try expect("-")
      if accept(">") { pointsRight = true }
    }
    let direction: Direction =
      pointsLeft && !pointsRight ? .incoming : (pointsRight && !pointsLeft ? .outgoing : .both)
    return RelationshipPattern(
      variable: variable, types: types, typeRanges: typeRanges, properties: properties, direction: direction,
      length: length, range: SourceRange(start, previousEnd))
  }

  private mutating func lengthRange() throws(CypherError) -> (min: Int?, max: Int?) {
    func bound(_ parser: inout Parser) throws(CypherError) -> Int? {
      if parser.current.isSymbol("-") {
        throw CypherError(
          .syntax, code: "InvalidRelationshipPattern", "a variable-length bound cannot be negative",
          range: parser.current.range)
      }
      if case .integer(let i) = parser.current.kind {
        _ = parser.advance()
        return Int(i)
      }
      return nil
    }
    let low = try bound(&self)
    if accept("..") {
      let high = try bound(&self)
      return (low, high)
    }
    return (low, low)
  }
}
