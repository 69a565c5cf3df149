/// Recursive-descent parser for the supported openCypher subset.
///
/// The grammar is split by area: clauses (`Parser+Clauses`), patterns (`Parser+Patterns`)
/// and expressions (`Parser+Expressions`).
struct Parser {
  var tokens: [Token]
  var position = 0
  let text: String
  let bytes: [UInt8]
  var nextID = 0
  /// Current nesting of expressions being parsed (bounded to keep recursion shallow).
  var depth = 0
  /// Token positions where a relationship pattern was tried and did not parse. Parsing a pattern
  /// from a position does not depend on how the parser got there, so the failure is remembered:
  /// without it, `(` nested in maps and parentheses was tried as a pattern and then as an
  /// expression at every level, time exponential in the nesting (a 477-character query took 23 s
  /// to be refused; query fuzzer, session 11).
  var failedPatternStarts: Set<Int> = []

  init(_ text: String) throws(CypherError) {
    self.text = text
    self.bytes = Array(text.utf8)
    self.tokens = try Lexer.tokenize(text)
  }

  /// Parses a whole statement (an optional EXPLAIN, clauses, UNIONs, an optional `;`).
  static func parse(_ text: String) throws(CypherError) -> Statement {
    var parser = try Parser(text)
    return try parser.statement()
  }

  var current: Token { tokens[position] }
  func peek(_ offset: Int = 1) -> Token { tokens[min(position + offset, tokens.count - 1)] }

  mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  mutating func makeID() -> Int {
    nextID += 1
    return nextID
  }

  /// Consumes the keyword when present.
  mutating func accept(keyword: String) -> Bool {
    guard current.isKeyword(keyword) else { return false }
    _ = advance()
    return true
  }

  mutating func accept(_ symbol: String) -> Bool {
    guard current.isSymbol(symbol) else { return false }
    _ = advance()
    return true
  }

  @discardableResult
  mutating func expect(_ symbol: String) throws(CypherError) -> Token {
    guard current.isSymbol(symbol) else { throw unexpected("'\(symbol)'") }
    return advance()
  }

  @discardableResult
  mutating func expect(keyword: String) throws(CypherError) -> Token {
    guard current.isKeyword(keyword) else { throw unexpected("'\(keyword)'") }
    return advance()
  }

  func unexpected(_ expected: String, code: String = "UnexpectedSyntax") -> CypherError {
    CypherError(.syntax, code: code, "expected \(expected), found \(current.display)", range: current.range)
  }

  /// A name: identifier or back-quoted identifier (keywords allowed where a name is expected).
  mutating func name(_ what: String) throws(CypherError) -> (String, SourceRange) {
    switch current.kind {
    case .identifier(let s), .quotedIdentifier(let s):
      let token = advance()
      return (s, token.range)
    default:
      throw unexpected(what)
    }
  }

  /// The source text between two offsets.
  func source(_ range: SourceRange) -> String {
    String(decoding: bytes[max(0, range.start)..<min(bytes.count, range.end)], as: UTF8.self)
  }

  var previousEnd: Int { position > 0 ? tokens[position - 1].range.end : 0 }

  mutating func statement() throws(CypherError) -> Statement {
    let explain = accept(keyword: "EXPLAIN")
    var parts: [[Clause]] = [try clauses()]
    var unionAll: [Bool] = []
    while accept(keyword: "UNION") {
      unionAll.append(accept(keyword: "ALL"))
      parts.append(try clauses())
    }
    _ = accept(";")
    guard current.kind == .end else { throw unexpected("end of query") }
    return Statement(parts: parts, unionAll: unionAll, explain: explain, text: text)
  }
}
