import Foundation

/// A small RFC 4180 reader over bytes: quoted fields, doubled quotes, newlines inside quotes,
/// `\n` or `\r\n` line ends. It reports the line each record starts on, for error messages.
struct CSVReader {
  private let bytes: [UInt8]
  private var position = 0
  private var line = 1

  init(data: Data) {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    self.bytes = bytes
  }

  /// The next record and the line it started on, or nil at the end of the input.
  mutating func next() throws -> (fields: [String], line: Int)? {
    guard position < bytes.count else { return nil }
    let startLine = line
    var fields: [String] = []
    var field: [UInt8] = []
    var quoted = false
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            field.append(byte)
            position += 1
          } else {
            quoted = false
          }
        } else {
          if byte == UInt8(ascii: "\n") { line += 1 }
          field.append(byte)
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        guard field.isEmpty else { throw CSVError(line: line, reason: "a quote inside an unquoted field") }
        quoted = true
      case UInt8(ascii: ","):
        fields.append(try Self.string(field, line: line))
        field.removeAll(keepingCapacity: true)
      case UInt8(ascii: "\r"):
        continue
      case UInt8(ascii: "\n"):
        line += 1
        fields.append(try Self.string(field, line: startLine))
        return (fields, startLine)
      default:
        field.append(byte)
      }
    }
    if quoted { throw CSVError(line: startLine, reason: "a quoted field is not closed") }
    fields.append(try Self.string(field, line: startLine))
    return (fields, startLine)
  }

  private static func string(_ bytes: [UInt8], line: Int) throws -> String {
    guard let s = String(validating: bytes, as: UTF8.self) else {
      throw CSVError(line: line, reason: "invalid UTF-8")
    }
    return s
  }
}

/// A malformed CSV record.
struct CSVError: Error {
  let line: Int
  let reason: String
}
