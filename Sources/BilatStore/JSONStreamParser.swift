import Foundation

/// A JSON value and the line and column (1-based, in characters) where it starts.
struct JSONNode {
  indirect enum Value {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONNode])
    case object([(key: String, node: JSONNode)])
  }

  var value: Value
  var line: Int
  var column: Int

  /// The member `key` of an object.
  subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.node
  }

  var kind: String {
    switch value {
    case .null: return "null"
    case .bool: return "a boolean"
    case .int: return "an integer"
    case .double: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// A syntax error at a position.
struct JSONSyntaxError: Error {
  var line: Int
  var column: Int
  var message: String
}

/// A pull parser over a JSON file read in chunks, so that a large document is walked element
/// by element without being loaded whole. Tracks line and column for error messages.
final class JSONStreamParser {
  private let handle: FileHandle?
  private var buffer: [UInt8]
  private var index = 0
  private var exhausted: Bool
  private(set) var line = 1
  private(set) var column = 1
  private let maximumDepth = 256

  /// Parses the contents of an open file.
  init(handle: FileHandle) {
    self.handle = handle
    buffer = []
    exhausted = false
  }

  /// Parses bytes in memory.
  init(bytes: [UInt8]) {
    handle = nil
    buffer = bytes
    exhausted = true
  }

  // MARK: Bytes

  private func peek() throws -> UInt8? {
    if index < buffer.count { return buffer[index] }
    guard !exhausted, let handle else { return nil }
    let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
    if chunk.isEmpty {
      exhausted = true
      return nil
    }
    buffer = Array(chunk)
    index = 0
    return buffer[0]
  }

  @discardableResult
  private func advance() throws -> UInt8? {
    guard let byte = try peek() else { return nil }
    index += 1
    if byte == 0x0A {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
    return byte
  }

  func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(line: line, column: column, message: message)
  }

  private func describe(_ byte: UInt8?) -> String {
    guard let byte else { return "end of file" }
    if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return String(format: "byte 0x%02X", byte)
  }

  func skipWhitespace() throws {
    while let byte = try peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      try advance()
    }
  }

  private func expect(_ expected: UInt8, _ what: String) throws {
    try skipWhitespace()
    let byte = try peek()
    guard byte == expected else { throw error("expected \(what), found \(describe(byte))") }
    try advance()
  }

  // MARK: Streaming structure

  /// Consumes `{`.
  func beginObject() throws { try expect(UInt8(ascii: "{"), "'{'") }

  /// The next key of the current object (consuming the `:` after it), or nil after its `}`.
  func nextKey(first: Bool) throws -> (key: String, line: Int, column: Int)? {
    try skipWhitespace()
    if try peek() == UInt8(ascii: "}") {
      try advance()
      return nil
    }
    if !first { try expect(UInt8(ascii: ","), "',' or '}'") }
    try skipWhitespace()
    let (keyLine, keyColumn) = (line, column)
    guard try peek() == UInt8(ascii: "\"") else { throw error("expected a quoted key, found \(describe(try peek()))") }
    let key = try parseString()
    try expect(UInt8(ascii: ":"), "':'")
    return (key, keyLine, keyColumn)
  }

  /// Consumes `[`.
  func beginArray() throws { try expect(UInt8(ascii: "["), "'['") }

  /// True when another element of the current array follows (its `,` consumed), false after `]`.
  func hasNextElement(first: Bool) throws -> Bool {
    try skipWhitespace()
    if try peek() == UInt8(ascii: "]") {
      try advance()
      return false
    }
    if !first { try expect(UInt8(ascii: ","), "',' or ']'") }
    return true
  }

  /// Checks that only white space is left.
  func finish() throws {
    try skipWhitespace()
    if let byte = try peek() { throw error("unexpected \(describe(byte)) after the end of the document") }
  }

  // MARK: Values

  /// Parses one complete value.
  func parseValue(depth: Int = 0) throws -> JSONNode {
    guard depth < maximumDepth else { throw error("nesting deeper than \(maximumDepth) levels") }
    try skipWhitespace()
    let (startLine, startColumn) = (line, column)
    let value: JSONNode.Value
    switch try peek() {
    case UInt8(ascii: "{"):
      try advance()
      var members: [(key: String, node: JSONNode)] = []
      while let (key, _, _) = try nextKey(first: members.isEmpty) {
        members.append((key, try parseValue(depth: depth + 1)))
      }
      value = .object(members)
    case UInt8(ascii: "["):
      try advance()
      var elements: [JSONNode] = []
      while try hasNextElement(first: elements.isEmpty) {
        elements.append(try parseValue(depth: depth + 1))
      }
      value = .array(elements)
    case UInt8(ascii: "\""):
      value = .string(try parseString())
    case UInt8(ascii: "t"):
      try literal("true")
      value = .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      value = .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      value = .null
    case let byte? where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39):
      value = try parseNumber()
    case let byte:
      throw error("expected a value, found \(describe(byte))")
    }
    return JSONNode(value: value, line: startLine, column: startColumn)
  }

  private func literal(_ word: String) throws {
    for expected in word.utf8 {
      guard try peek() == expected else { throw error("invalid literal, expected '\(word)'") }
      try advance()
    }
  }

  private func parseNumber() throws -> JSONNode.Value {
    var text = ""
    var isFloat = false
    while let byte = try peek(),
      (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
        || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    {
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { isFloat = true }
      text.append(Character(Unicode.Scalar(byte)))
      try advance()
    }
    guard Self.isValidNumber(Array(text.utf8)) else { throw error("invalid number '\(text)'") }
    if !isFloat, let integer = Int64(text) { return .int(integer) }
    guard let double = Double(text) else { throw error("invalid number '\(text)'") }
    return .double(double)
  }

  /// RFC 8259 number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  static func isValidNumber(_ bytes: [UInt8]) -> Bool {
    var i = 0
    func digits() -> Int {
      let start = i
      while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
      return i - start
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
    guard i < bytes.count else { return false }
    if bytes[i] == UInt8(ascii: "0") {
      i += 1
    } else if digits() == 0 {
      return false
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard digits() > 0 else { return false }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard digits() > 0 else { return false }
    }
    return i == bytes.count
  }

  private func parseString() throws -> String {
    try advance()  // opening quote
    var bytes: [UInt8] = []
    while true {
      // Fast path: copy the run of plain bytes left in the current chunk in one go (no quote,
      // backslash or control character; none of them is a line break, so only the column moves).
      var end = index
      while end < buffer.count, buffer[end] >= 0x20, buffer[end] != UInt8(ascii: "\""),
        buffer[end] != UInt8(ascii: "\\")
      {
        end += 1
      }
      if end > index {
        bytes.append(contentsOf: buffer[index..<end])
        for byte in buffer[index..<end] where byte & 0xC0 != 0x80 { column += 1 }
        index = end
      }
      guard let byte = try peek() else { throw error("unterminated string") }
      if byte == UInt8(ascii: "\"") {
        try advance()
        break
      }
      if byte < 0x20 { throw error("control character \(describe(byte)) in a string; escape it") }
      try advance()
      guard byte == UInt8(ascii: "\\") else {
        bytes.append(byte)
        continue
      }
      guard let escape = try advance() else { throw error("unterminated string") }
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(escape)
      case UInt8(ascii: "n"): bytes.append(0x0A)
      case UInt8(ascii: "r"): bytes.append(0x0D)
      case UInt8(ascii: "t"): bytes.append(0x09)
      case UInt8(ascii: "b"): bytes.append(0x08)
      case UInt8(ascii: "f"): bytes.append(0x0C)
      case UInt8(ascii: "u"):
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
          guard try advance() == UInt8(ascii: "\\"), try advance() == UInt8(ascii: "u") else {
            throw error("unpaired surrogate in \\u escape")
          }
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in \\u escape") }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
        bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
      default:
        throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))'")
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private func hex4() throws -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = try advance(), let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
        throw error("invalid \\u escape: expected four hex digits")
      }
      value = value * 16 + UInt32(digit)
    }
    return value
  }
}
