import Foundation

/// The JSON form of property values in Storage v2's `props` objects (docs/storage-v2.md).
///
/// Text is escaped exactly as SQLite's `json_quote` escapes it (`"` and `\`, `\b \t \n \f \r`,
/// other control characters as lowercase `\u00xx`, everything else as UTF-8), so that a stored
/// string read with `->` equals `json_quote(?)` of the same string, U+0000 included. A float
/// always has a `.` or an exponent (2.0 stays a float); ±infinity is `9e999` / `-9e999`,
/// which SQLite reads back as ±Inf; NaN, which SQLite cannot store, is `null`. Map keys are
/// sorted.
extension PropertyValue {
  /// Compact JSON text of a value.
  public static func jsonText(_ value: PropertyValue) -> String {
    var out = ""
    appendJSON(value, to: &out)
    return out
  }

  /// Compact JSON text of an object of properties, keys sorted, null values left out.
  public static func jsonObject(_ properties: [String: PropertyValue]) -> String {
    var out = "{"
    var first = true
    for key in properties.keys.sorted() {
      guard let value = properties[key], value != .null else { continue }
      if !first { out += "," }
      first = false
      appendJSONString(key, to: &out)
      out += ":"
      appendJSON(value, to: &out)
    }
    return out + "}"
  }

  static func appendJSON(_ value: PropertyValue, to out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d):
      if d.isNaN {
        out += "null"
      } else if d.isInfinite {
        out += d > 0 ? "9e999" : "-9e999"
      } else {
        // Swift's shortest round-tripping form always has a '.' or an exponent.
        out += d.description
      }
    case .string(let s): appendJSONString(s, to: &out)
    case .list(let l):
      out += "["
      for (i, element) in l.enumerated() {
        if i > 0 { out += "," }
        appendJSON(element, to: &out)
      }
      out += "]"
    case .map(let m): out += jsonObject(m)
    }
  }

  /// Appends `s` as a JSON string, escaped as SQLite's `json_quote` escapes it (``JSONEscape``).
  public static func appendJSONString(_ s: String, to out: inout String) {
    JSONEscape.appendQuoted(s, to: &out)
  }

  /// Decodes JSON text written by ``jsonText(_:)``, SQLite's JSON functions or a v1 database
  /// (lists and maps): a number with a `.` or an exponent is a float, any other an integer
  /// (a float when it does not fit 64 bits).
  public init(json text: String) throws {
    var utf8 = Array(text.utf8)
    utf8.append(0)
    var parser = JSONValueParser(bytes: utf8)
    self = try parser.value()
    parser.skipSpace()
    guard parser.position == utf8.count - 1 else { throw parser.failure("text after the JSON value") }
  }

  /// Decodes the properties of a JSON object (`props`).
  public static func properties(json text: String) throws -> [String: PropertyValue] {
    guard case .map(let m) = try PropertyValue(json: text) else {
      throw PropertyJSONError(message: "not a JSON object", offset: 0)
    }
    return m
  }
}

/// JSON text that ``PropertyValue/init(json:)`` could not read.
public struct PropertyJSONError: Error, CustomStringConvertible {
  public var message: String
  /// Byte offset into the text.
  public var offset: Int
  public var description: String { "invalid stored JSON at byte \(offset): \(message)" }
}

/// A small recursive-descent JSON reader over NUL-terminated UTF-8.
struct JSONValueParser {
  let bytes: [UInt8]
  var position = 0

  func failure(_ message: String) -> PropertyJSONError { PropertyJSONError(message: message, offset: position) }

  mutating func skipSpace() {
    while [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
  }

  mutating func value() throws -> PropertyValue {
    skipSpace()
    switch bytes[position] {
    case UInt8(ascii: "{"):
      position += 1
      var map: [String: PropertyValue] = [:]
      skipSpace()
      if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .map(map)
      }
      while true {
        skipSpace()
        guard bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a key") }
        let key = try string()
        skipSpace()
        guard bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
        position += 1
        map[key] = try value()
        skipSpace()
        if bytes[position] == UInt8(ascii: ",") {
          position += 1
        } else if bytes[position] == UInt8(ascii: "}") {
          position += 1
          return .map(map)
        } else {
          throw failure("expected ',' or '}'")
        }
      }
    case UInt8(ascii: "["):
      position += 1
      var list: [PropertyValue] = []
      skipSpace()
      if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .list(list)
      }
      while true {
        list.append(try value())
        skipSpace()
        if bytes[position] == UInt8(ascii: ",") {
          position += 1
        } else if bytes[position] == UInt8(ascii: "]") {
          position += 1
          return .list(list)
        } else {
          throw failure("expected ',' or ']'")
        }
      }
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try word("true", .bool(true))
    case UInt8(ascii: "f"): return try word("false", .bool(false))
    case UInt8(ascii: "n"): return try word("null", .null)
    default: return try number()
    }
  }

  private mutating func word(_ text: String, _ value: PropertyValue) throws -> PropertyValue {
    for byte in text.utf8 {
      guard bytes[position] == byte else { throw failure("expected \(text)") }
      position += 1
    }
    return value
  }

  private mutating func number() throws -> PropertyValue {
    let start = position
    var isFloat = false
    while true {
      let b = bytes[position]
      if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
        isFloat = true
      } else if !(b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || (b >= 0x30 && b <= 0x39)) {
        break
      }
      position += 1
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if !isFloat, let i = Int64(text) { return .int(i) }
    guard !text.isEmpty, let d = Double(text) else {
      position = start
      throw failure("expected a value")
    }
    return .double(d)
  }

  /// A JSON string at `position` (on its opening quote).
  mutating func string() throws -> String {
    position += 1
    var scalars = String.UnicodeScalarView()
    var runStart = position
    func flush(_ end: Int) {
      scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
    }
    while true {
      let b = bytes[position]
      if b == UInt8(ascii: "\"") {
        flush(position)
        position += 1
        return String(scalars)
      }
      if b == 0 && position == bytes.count - 1 { throw failure("unterminated string") }
      guard b == UInt8(ascii: "\\") else {
        position += 1
        continue
      }
      flush(position)
      position += 1
      let escape = bytes[position]
      position += 1
      switch escape {
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code), bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        {
          position += 2
          let low = try hex4()
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
      case 0: throw failure("unterminated string")
      default: scalars.append(Unicode.Scalar(escape))
      }
      runStart = position
    }
  }

  private mutating func hex4() throws -> UInt32 {
    var code: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue else {
        throw failure("bad \\u escape")
      }
      code = code * 16 + UInt32(digit)
      position += 1
    }
    return code
  }
}
