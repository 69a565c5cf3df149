/// A half-open range of UTF-8 byte offsets into the query text.
public struct SourceRange: Hashable, Sendable {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(Swift.min(start, other.start), Swift.max(end, other.end))
  }
}

/// A lexical token of the query language.
struct Token: Equatable {
  enum Kind: Equatable {
    case identifier(String)
    /// A back-quoted identifier: never a keyword.
    case quotedIdentifier(String)
    case integer(Int64)
    case float(Double)
    case string(String)
    case parameter(String)
    case symbol(String)
    case end
  }

  var kind: Kind
  var range: SourceRange

  /// The identifier text, upper-cased, when this token could be a keyword.
  var keyword: String? {
    if case .identifier(let s) = kind { return s.uppercased() }
    return nil
  }

  func isKeyword(_ word: String) -> Bool { keyword == word }

  func isSymbol(_ s: String) -> Bool {
    if case .symbol(let t) = kind { return t == s }
    return false
  }

  /// How the token is quoted in error messages.
  var display: String {
    switch kind {
    case .identifier(let s): return "'\(s)'"
    case .quotedIdentifier(let s): return "'`\(s)`'"
    case .integer(let i): return "'\(i)'"
    case .float(let d): return "'\(d)'"
    case .string: return "string literal"
    case .parameter(let p): return "'$\(p)'"
    case .symbol(let s): return "'\(s)'"
    case .end: return "end of input"
    }
  }
}
