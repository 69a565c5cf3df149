import Foundation

/// A small RFC 4180 reader over bytes: quoted fields, doubled quotes, newlines inside quotes,
/// `\n` or `\r\n` line ends. It reports the line each record starts on, for error messages.
///
/// Fields are slices of the file buffer, not strings: a quoted field is unescaped in place
/// (its unescaped text is never longer than its raw text), so reading allocates nothing per
/// row. The slices stay valid as long as the buffer; each is checked to be valid UTF-8.
struct CSVReader {
  private let buffer: FileBuffer
  private let bytes: UnsafeMutablePointer<UInt8>
  private let count: Int
  private var position = 0
  private var line = 1

  init(buffer: FileBuffer) {
    self.buffer = buffer
    bytes = buffer.bytes
    count = buffer.count
    if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
  }

  /// Reads the next record into `fields` (replacing its contents) and returns the line it
  /// started on, or nil at the end of the input.
  mutating func next(into fields: inout [UnsafeBufferPointer<UInt8>]) throws -> Int? {
    guard position < count else { return nil }
    fields.removeAll(keepingCapacity: true)
    let startLine = line
    var start = position  // where the current field's (unescaped) text begins
    var write = position  // where its next byte goes
    var high: UInt8 = 0  // OR of the field's bytes: non-ASCII needs a UTF-8 check
    var quoted = false
    while position < count {
      let byte = bytes[position]
      position += 1
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if position < count, bytes[position] == UInt8(ascii: "\"") {
            bytes[write] = byte
            write += 1
            position += 1
          } else {
            quoted = false
          }
        } else {
          if byte == UInt8(ascii: "\n") { line += 1 }
          bytes[write] = byte
          write += 1
          high |= byte
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        guard write == start else {  // a quote may only open an empty field
          throw CSVError(line: line, reason: "a quote inside an unquoted field")
        }
        quoted = true
      case UInt8(ascii: ","):
        fields.append(try field(start, write, high, line: line))
        start = position
        write = position
        high = 0
      case UInt8(ascii: "\r"):
        continue
      case UInt8(ascii: "\n"):
        line += 1
        fields.append(try field(start, write, high, line: startLine))
        return startLine
      default:
        bytes[write] = byte
        write += 1
        high |= byte
      }
    }
    if quoted { throw CSVError(line: startLine, reason: "a quoted field is not closed") }
    fields.append(try field(start, write, high, line: startLine))
    return startLine
  }

  @inline(__always)
  private func field(_ start: Int, _ end: Int, _ high: UInt8, line: Int) throws -> UnsafeBufferPointer<UInt8> {
    let slice = UnsafeBufferPointer(start: bytes + start, count: end - start)
    if high >= 0x80 && !UTF8Check.isValid(slice) { throw CSVError(line: line, reason: "invalid UTF-8") }
    return slice
  }
}

/// A malformed CSV record.
struct CSVError: Error {
  let line: Int
  let reason: String
}

/// The bytes of a whole input file, owned, writable (the CSV reader unescapes in place).
final class FileBuffer {
  let bytes: UnsafeMutablePointer<UInt8>
  let count: Int

  /// Reads the file at `path`; throws Foundation's error when it cannot.
  init(path: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    count = data.count
    bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
    data.copyBytes(to: bytes, count: count)
  }

  deinit { bytes.deallocate() }

  /// The bytes `start..<end` as a buffer.
  func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: bytes + start, count: end - start)
  }
}

/// UTF-8 validation without building strings.
enum UTF8Check {
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }

  /// Checks a whole buffer, skipping 8-byte ASCII runs quickly.
  static func isValidFile(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
    var i = 0
    while i < count {
      if i + 8 <= count {
        let word = UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          i += 8
          continue
        }
      }
      if bytes[i] < 0x80 {
        i += 1
        continue
      }
      // Validate from here to the end of the line (a scalar never spans a newline).
      var end = i
      while end < count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
      guard isValid(UnsafeBufferPointer(start: bytes + i, count: end - i)) else { return false }
      i = end
    }
    return true
  }
}
