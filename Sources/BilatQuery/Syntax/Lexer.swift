/// Splits query text into tokens, keeping each token's source range.
struct Lexer {
  private let bytes: [UInt8]
  private let text: String
  private var index = 0

  init(_ text: String) {
    self.text = text
    self.bytes = Array(text.utf8)
  }

  /// All tokens, ending with `.end`.
  static func tokenize(_ text: String) throws(CypherError) -> [Token] {
    var lexer = Lexer(text)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  private static let threeCharSymbols: Set<String> = []
  private static let twoCharSymbols: Set<String> = ["<=", ">=", "<>", "!=", "=~", "->", "<-", "..", "+="]
  private static let oneCharSymbols: Set<UInt8> = Set("()[]{},.:;|*+-/%^=<>".utf8)

  private func peek(_ offset: Int = 0) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  private func error(_ message: String, at position: Int, end: Int? = nil, code: String = "InvalidToken")
    -> CypherError
  {
    CypherError(.syntax, code: code, message, range: SourceRange(position, end ?? position + 1))
  }

  mutating func next() throws(CypherError) -> Token {
    try skipTrivia()
    let start = index
    guard let c = peek() else { return Token(kind: .end, range: SourceRange(start, start)) }
    if isIdentifierStart(c) {
      while let d = peek(), isIdentifierPart(d) { index += 1 }
      return Token(kind: .identifier(slice(start, index)), range: SourceRange(start, index))
    }
    if c == UInt8(ascii: "`") {
      index += 1
      var name = [UInt8]()
      while true {
        guard let d = peek() else { throw error("unterminated `quoted` name", at: start, end: index) }
        index += 1
        if d == UInt8(ascii: "`") {
          if peek() == UInt8(ascii: "`") {
            name.append(d)
            index += 1
            continue
          }
          break
        }
        name.append(d)
      }
      return Token(kind: .quotedIdentifier(String(decoding: name, as: UTF8.self)), range: SourceRange(start, index))
    }
    if isDigit(c) || (c == UInt8(ascii: ".") && peek(1).map(isDigit) == true) {
      return try number(start)
    }
    if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
      return try string(start, quote: c)
    }
    if c == UInt8(ascii: "$") {
      index += 1
      if let d = peek(), isIdentifierStart(d) || isDigit(d) {
        while let d = peek(), isIdentifierPart(d) { index += 1 }
        return Token(kind: .parameter(slice(start + 1, index)), range: SourceRange(start, index))
      }
      if peek() == UInt8(ascii: "`") {
        let quoted = try next()
        if case .quotedIdentifier(let name) = quoted.kind {
          return Token(kind: .parameter(name), range: SourceRange(start, quoted.range.end))
        }
      }
      throw error("expected a parameter name after '$'", at: start)
    }
    if index + 1 < bytes.count {
      let two = slice(index, index + 2)
      if Lexer.twoCharSymbols.contains(two) {
        index += 2
        return Token(kind: .symbol(two), range: SourceRange(start, index))
      }
    }
    if Lexer.oneCharSymbols.contains(c) {
      index += 1
      return Token(kind: .symbol(String(UnicodeScalar(c))), range: SourceRange(start, index))
    }
    // Unicode arrows and dashes are accepted as their ASCII forms.
    let scalarText = String(decoding: bytes[index...].prefix(4), as: UTF8.self)
    if let first = scalarText.unicodeScalars.first {
      let width = String(first).utf8.count
      let mapped: String? =
        switch first {
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE58}", "\u{FE63}",
          "\u{FF0D}":
          "-"
        case "\u{27E8}", "\u{3008}", "\u{FE64}", "\u{FF1C}": "<"
        case "\u{27E9}", "\u{3009}", "\u{FE65}", "\u{FF1E}": ">"
        default: nil
        }
      if let mapped {
        index += width
        return Token(kind: .symbol(mapped), range: SourceRange(start, index))
      }
      throw error("unexpected character '\(first)'", at: start, end: start + width, code: "UnexpectedSyntax")
    }
    throw error("unexpected character", at: start, code: "UnexpectedSyntax")
  }

  private mutating func skipTrivia() throws(CypherError) {
    while let c = peek() {
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
        index += 1
      } else if c == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "/") {
        while let d = peek(), d != 0x0A { index += 1 }
      } else if c == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") {
        let start = index
        index += 2
        while true {
          guard peek() != nil else { throw error("unterminated comment", at: start, end: start + 2) }
          if peek() == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") {
            index += 2
            break
          }
          index += 1
        }
      } else {
        return
      }
    }
  }

  private mutating func number(_ start: Int) throws(CypherError) -> Token {
    if peek() == UInt8(ascii: "0"), let x = peek(1),
      x == UInt8(ascii: "x") || x == UInt8(ascii: "X") || x == UInt8(ascii: "o")
    {
      let hex = x != UInt8(ascii: "o")
      index += 2
      let digitsStart = index
      while let d = peek(), isIdentifierPart(d) { index += 1 }
      let digits = slice(digitsStart, index)
      guard !digits.isEmpty, let magnitude = UInt64(digits, radix: hex ? 16 : 8) ?? Self.overflowing(digits, hex)
      else {
        throw CypherError(
          .syntax, code: "InvalidNumberLiteral", "invalid number '\(slice(start, index))'",
          range: SourceRange(start, index))
      }
      return try integer(magnitude, start)
    }
    var isFloat = false
    while let d = peek(), isDigit(d) { index += 1 }
    if peek() == UInt8(ascii: "."), let d = peek(1), isDigit(d) {
      isFloat = true
      index += 1
      while let d = peek(), isDigit(d) { index += 1 }
    }
    if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      var look = 1
      if let s = peek(1), s == UInt8(ascii: "-") || s == UInt8(ascii: "+") { look = 2 }
      if let d = peek(look), isDigit(d) {
        isFloat = true
        index += look
        while let d = peek(), isDigit(d) { index += 1 }
      }
    }
    if let d = peek(), isIdentifierStart(d) {
      while let d = peek(), isIdentifierPart(d) { index += 1 }
      throw CypherError(
        .syntax, code: "InvalidNumberLiteral", "invalid number '\(slice(start, index))'",
        range: SourceRange(start, index))
    }
    let text = slice(start, index)
    if isFloat {
      guard let value = Double(text) else { throw error("invalid number '\(text)'", at: start, end: index) }
      guard value.isFinite else {
        throw CypherError(
          .syntax, code: "FloatingPointOverflow", "float '\(text)' is too large", range: SourceRange(start, index))
      }
      return Token(kind: .float(value), range: SourceRange(start, index))
    }
    guard let magnitude = UInt64(text) else {
      throw CypherError(
        .syntax, code: "IntegerOverflow", "integer '\(text)' is too large", range: SourceRange(start, index))
    }
    return try integer(magnitude, start)
  }

  /// UInt64.max for digits of the radix that do not fit 64 bits (an overflow, not a bad literal).
  private static func overflowing(_ digits: String, _ hex: Bool) -> UInt64? {
    let valid = digits.allSatisfy { hex ? $0.isHexDigit : ("0"..."7").contains($0) }
    return valid ? UInt64.max : nil
  }

  /// An integer token of `magnitude`; 2^63 becomes Int64.min, which only a preceding '-' makes
  /// valid (the parser folds it, else reports the overflow).
  private func integer(_ magnitude: UInt64, _ start: Int) throws(CypherError) -> Token {
    if magnitude == UInt64(Int64.max) + 1 {
      return Token(kind: .integer(Int64.min), range: SourceRange(start, index))
    }
    guard magnitude <= UInt64(Int64.max) else {
      throw CypherError(
        .syntax, code: "IntegerOverflow", "integer '\(slice(start, index))' is too large",
        range: SourceRange(start, index))
    }
    return Token(kind: .integer(Int64(magnitude)), range: SourceRange(start, index))
  }

  private mutating func string(_ start: Int, quote: UInt8) throws(CypherError) -> Token {
    index += 1
    var out = [UInt8]()
    while true {
      guard let c = peek() else { throw error("unterminated string literal", at: start, end: index) }
      index += 1
      if c == quote { break }
      if c != UInt8(ascii: "\\") {
        out.append(c)
        continue
      }
      guard let e = peek() else { throw error("unterminated string literal", at: start, end: index) }
      index += 1
      switch e {
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "0"): out.append(0x00)
      case UInt8(ascii: "u"), UInt8(ascii: "U"):
        let count = e == UInt8(ascii: "u") ? 4 : 8
        guard index + count <= bytes.count, let code = UInt32(slice(index, index + count), radix: 16),
          let scalar = Unicode.Scalar(code)
        else { throw error("invalid unicode escape", at: index - 2, end: index, code: "InvalidUnicodeLiteral") }
        out.append(contentsOf: Array(String(scalar).utf8))
        index += count
      case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "\\"):
        out.append(e)
      default:
        throw error("invalid escape sequence '\\\(String(UnicodeScalar(e)))'", at: index - 2, end: index)
      }
    }
    return Token(kind: .string(String(decoding: out, as: UTF8.self)), range: SourceRange(start, index))
  }

  private func slice(_ a: Int, _ b: Int) -> String { String(decoding: bytes[a..<b], as: UTF8.self) }
  private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  private func isHexDigit(_ c: UInt8) -> Bool {
    isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
  }
  private func isIdentifierStart(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_") || c >= 0x80 && !isUnicodeSymbol
  }
  private var isUnicodeSymbol: Bool {
    // Dashes and angle brackets from other scripts are symbols, not identifier letters.
    let rest = String(decoding: bytes[index...].prefix(4), as: UTF8.self)
    guard let first = rest.unicodeScalars.first else { return false }
    return [
      "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE58}", "\u{FE63}",
      "\u{FF0D}", "\u{27E8}", "\u{3008}", "\u{FE64}", "\u{FF1C}", "\u{27E9}", "\u{3009}", "\u{FE65}", "\u{FF1E}",
    ]
    .contains(first)
  }
  private func isIdentifierPart(_ c: UInt8) -> Bool { isIdentifierStart(c) || isDigit(c) }
}
