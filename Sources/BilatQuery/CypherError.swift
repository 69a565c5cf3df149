import Foundation

/// An error in a query: where it is, what kind it is (following the openCypher error
/// classification), and a message.
///
/// `description` renders it the way compilers do:
/// ```
/// <query>:1:15: error: expected ')', found 'RETURN'
/// MATCH (n:Person RETURN n
///                 ^
/// ```
/// once ``withSource(_:)`` has attached the query text.
public struct CypherError: Error, Equatable, Sendable {
  /// The openCypher error class.
  public enum Kind: String, Sendable {
    /// Rejected before running: grammar and semantic (scope, type, aggregation) errors.
    case syntax = "SyntaxError"
    /// A value of the wrong type met at run time.
    case type = "TypeError"
    /// An invalid argument met at run time.
    case argument = "ArgumentError"
    /// A construct this implementation does not support.
    case unsupported = "UnsupportedError"
    /// A bound (row limit, time limit) was exceeded.
    case limit = "LimitExceeded"
    /// A database failure.
    case database = "DatabaseError"
  }

  public var kind: Kind
  /// The openCypher detail code, e.g. `UndefinedVariable`.
  public var code: String
  public var message: String
  /// Where in the query text (UTF-8 offsets), when known.
  public var range: SourceRange?
  /// True when raised while the query ran rather than while it compiled.
  public var atRuntime: Bool
  /// The query text, for rendering the line and caret.
  public var source: String?

  public init(_ kind: Kind, code: String, _ message: String, range: SourceRange? = nil, atRuntime: Bool = false) {
    self.kind = kind
    self.code = code
    self.message = message
    self.range = range
    self.atRuntime = atRuntime
  }

  static func runtime(_ kind: Kind, code: String, _ message: String) -> CypherError {
    CypherError(kind, code: code, message, atRuntime: true)
  }

  /// The same error with the query text attached (for line/column and caret rendering).
  public func withSource(_ text: String) -> CypherError {
    var copy = self
    if copy.source == nil { copy.source = text }
    return copy
  }

  /// 1-based line and column (in characters) of the error start, when known.
  public var lineAndColumn: (line: Int, column: Int)? {
    guard let range, let source else { return nil }
    return SourceLocation.lineAndColumn(in: source, offset: range.start)
  }
}

extension CypherError: CustomStringConvertible, LocalizedError {
  public var description: String {
    guard let range, let source else { return "<query>: error: \(SourceLocation.abridged(message))" }
    let (line, column) = SourceLocation.lineAndColumn(in: source, offset: range.start)
    let excerpt = SourceLocation.excerpt(source: source, range: range, line: line, column: column)
    return "<query>:\(line):\(column): error: \(SourceLocation.abridged(message))\n\(excerpt)"
  }

  public var errorDescription: String? { description }
}

/// A non-fatal remark about a query, e.g. a label that no node has.
public struct CypherWarning: Equatable, Sendable, CustomStringConvertible {
  public var message: String
  public var range: SourceRange
  public var source: String

  public var description: String {
    let (line, column) = SourceLocation.lineAndColumn(in: source, offset: range.start)
    let excerpt = SourceLocation.excerpt(source: source, range: range, line: line, column: column)
    return "<query>:\(line):\(column): warning: \(SourceLocation.abridged(message))\n\(excerpt)"
  }
}

enum SourceLocation {
  /// The widest source excerpt shown under a message; longer lines are cut around the caret, so
  /// an error in a megabyte-long one-line query stays a few lines long.
  static let excerptWidth = 120

  /// The source line and a caret line under the range, windowed around the caret when long.
  static func excerpt(source: String, range: SourceRange, line: Int, column: Int) -> String {
    let lineText = Array(self.line(line, of: source))
    let length = max(1, min(characterCount(source, range), lineText.count - column + 1))
    guard lineText.count > excerptWidth else {
      let caret = String(repeating: " ", count: column - 1) + "^" + String(repeating: "~", count: max(0, length - 1))
      return String(lineText) + "\n" + caret
    }
    let start = max(0, min(column - 1 - excerptWidth / 3, lineText.count - excerptWidth))
    let end = min(lineText.count, start + excerptWidth)
    let prefix = start > 0 ? "…" : ""
    let suffix = end < lineText.count ? "…" : ""
    let caretColumn = column - 1 - start + prefix.count
    let caretLength = max(1, min(length, end - (column - 1)))
    let caret = String(repeating: " ", count: caretColumn) + "^" + String(repeating: "~", count: caretLength - 1)
    return prefix + String(lineText[start..<end]) + suffix + "\n" + caret
  }

  /// A message cut to a readable length (messages can quote user input or generated SQL).
  static func abridged(_ message: String, limit: Int = 600) -> String {
    message.count <= limit ? message : String(message.prefix(limit)) + "… (\(message.count - limit) more characters)"
  }

  static func lineAndColumn(in source: String, offset: Int) -> (line: Int, column: Int) {
    let bytes = Array(source.utf8)
    let clamped = min(max(0, offset), bytes.count)
    var line = 1
    var lineStart = 0
    for i in 0..<clamped where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    let column = String(decoding: bytes[lineStart..<clamped], as: UTF8.self).count + 1
    return (line, column)
  }

  static func line(_ number: Int, of source: String) -> String {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    guard number - 1 < lines.count else { return "" }
    return String(lines[number - 1])
  }

  static func characterCount(_ source: String, _ range: SourceRange) -> Int {
    let bytes = Array(source.utf8)
    let a = min(max(0, range.start), bytes.count)
    let b = min(max(a, range.end), bytes.count)
    return String(decoding: bytes[a..<b], as: UTF8.self).count
  }
}
