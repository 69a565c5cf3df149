import Foundation

/// One row of an import file: its non-empty fields as byte slices, keyed by small integers
/// that ``RecordReader/keyNames`` names. Reused from row to row, so reading allocates nothing.
struct ImportRecord {
  /// The line the row starts on (1-based).
  var line = 0
  /// Key ids of the non-empty fields, in the order read, each once.
  private(set) var keys: [Int] = []
  private var values: [UnsafeBufferPointer<UInt8>] = []
  private var present: [Bool] = []

  /// The value of key `key`, or nil when the row has none (or an empty one).
  @inline(__always)
  func value(_ key: Int) -> UnsafeBufferPointer<UInt8>? {
    key < present.count && present[key] ? values[key] : nil
  }

  mutating func removeAll() {
    for key in keys { present[key] = false }
    keys.removeAll(keepingCapacity: true)
  }

  /// Sets `key` to `value`; a later value for the same key replaces the earlier one.
  @inline(__always)
  mutating func set(_ key: Int, _ value: UnsafeBufferPointer<UInt8>) {
    if key >= present.count {
      present.append(contentsOf: repeatElement(false, count: key + 1 - present.count))
      values.append(contentsOf: repeatElement(UnsafeBufferPointer(start: nil, count: 0), count: key + 1 - values.count))
    }
    if !present[key] {
      present[key] = true
      keys.append(key)
    }
    values[key] = value
  }
}

/// Reads the records of a CSV (with a header row) or JSONL file, with line numbers.
///
/// The format is chosen by extension: `.jsonl`/`.ndjson` is JSON Lines, anything else CSV.
/// Values are slices of the file's bytes (see ``CSVReader``); JSON lines in the plain shape
/// the shared workload uses (string, integer and null values, no escapes) are scanned in place
/// (``JSONLineScanner``), any other line goes through `JSONSerialization`.
struct RecordReader {
  enum Format { case csv, jsonl }

  let path: String
  private let format: Format
  private let buffer: FileBuffer
  private var csv: CSVReader
  private var header: [String] = []
  private var columnKeys: [Int] = []
  private var fields: [UnsafeBufferPointer<UInt8>] = []
  private var position = 0
  private var lineNumber = 0
  private var owned: [UnsafeMutableBufferPointer<UInt8>] = []
  private var keys = KeyTable()
  /// Key id → key name, in the order keys were first seen (CSV: the header's columns).
  var keyNames: [String] { keys.names }
  /// How many keys have been seen.
  var keyCount: Int { keys.names.count }

  init(path: String) throws {
    self.path = path
    do {
      buffer = try FileBuffer(path: path)
    } catch {
      throw ImportError(file: path, message: "cannot read the file (\(error.localizedDescription))")
    }
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    format = (ext == "jsonl" || ext == "ndjson") ? .jsonl : .csv
    csv = CSVReader(buffer: buffer)
    switch format {
    case .csv:
      let first: Int?
      do {
        first = try csv.next(into: &fields)
      } catch let error as CSVError {
        throw ImportError.row(path, error.line, error.reason)
      }
      guard first != nil else {
        throw ImportError(file: path, message: "the file is empty; expected a header row")
      }
      header = fields.map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased() }
      for name in header { columnKeys.append(keys.id(name)) }
    case .jsonl:
      guard UTF8Check.isValidFile(buffer.bytes, count: buffer.count) else {
        throw ImportError(file: path, message: "not valid UTF-8")
      }
    }
  }

  /// Frees the values copied out of lines read through `JSONSerialization`.
  mutating func releaseOwned() {
    for storage in owned { storage.deallocate() }
    owned.removeAll()
  }

  /// The id of key `name` (interned on first use).
  mutating func keyID(_ name: String) -> Int { keys.id(name) }

  /// Checks that the header names every required column (CSV only; JSONL is checked per row).
  func require(columns: [String]) throws {
    guard format == .csv else { return }
    let missing = columns.filter { !header.contains($0) }
    if !missing.isEmpty {
      let shown = header.joined(separator: ",")
      // control bytes in the header: a binary file, whose bytes would garble the terminal
      let binary = shown.unicodeScalars.contains {
        $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F || $0 == "\u{FFFD}"
      }
      throw ImportError.row(
        path, 1,
        binary
          ? "missing column(s) \(missing.joined(separator: ", ")); the file looks binary, not CSV"
          : "missing column(s) \(missing.joined(separator: ", ")); header is \(shown)")
    }
  }

  /// Reads the next record into `record` (empty values omitted); false at the end of the file.
  mutating func next(into record: inout ImportRecord) throws -> Bool {
    record.removeAll()
    if !owned.isEmpty { releaseOwned() }
    switch format {
    case .csv:
      while true {
        let next: Int?
        do {
          next = try csv.next(into: &fields)
        } catch let error as CSVError {
          throw ImportError.row(path, error.line, error.reason)
        }
        guard let line = next else { return false }
        if fields.count == 1 && fields[0].isEmpty { continue }  // blank line
        guard fields.count == header.count else {
          throw ImportError.row(
            path, line,
            "expected \(header.count) fields (\(header.joined(separator: ","))), found \(fields.count)")
        }
        record.line = line
        for (column, value) in fields.enumerated() where !value.isEmpty { record.set(columnKeys[column], value) }
        return true
      }
    case .jsonl:
      let bytes = buffer.bytes
      while position < buffer.count {
        var end = position
        while end < buffer.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
        let line = buffer.slice(position, end)
        position = end + 1
        lineNumber += 1
        switch JSONLineScanner.scan(line, into: &record, keys: &keys) {
        case .blank: continue
        case .record:
          record.line = lineNumber
          return true
        case .other:
          let text = String(decoding: line, as: UTF8.self)
          if text.allSatisfy(\.isWhitespace) { continue }
          record.removeAll()
          record.line = lineNumber
          for (key, value) in try Self.jsonFields(Substring(text), path: path, line: lineNumber) {
            let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(value.utf8.count, 1))
            _ = storage.initialize(from: value.utf8)
            owned.append(storage)
            record.set(keys.id(key), UnsafeBufferPointer(rebasing: UnsafeBufferPointer(storage)[0..<value.utf8.count]))
          }
          return true
        }
      }
      return false
    }
  }

  private static func jsonFields(_ text: Substring, path: String, line: Int) throws -> [(String, String)] {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    } catch {
      throw ImportError.row(path, line, "not a JSON object: \(text.prefix(60))")
    }
    guard let dictionary = object as? [String: Any] else {
      throw ImportError.row(path, line, "expected a JSON object")
    }
    var fields: [(String, String)] = []
    for (key, value) in dictionary {
      switch value {
      case let s as String where !s.isEmpty: fields.append((key, s))
      case let n as NSNumber: fields.append((key, n.stringValue))
      case is NSNull, is String: continue
      default:
        throw ImportError.row(path, line, "field '\(key)' must be a string or a number")
      }
    }
    return fields
  }
}
