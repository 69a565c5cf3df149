import Foundation

/// Reads the records of a CSV (with a header row) or JSONL file as field maps with line numbers.
///
/// The format is chosen by extension: `.jsonl`/`.ndjson` is JSON Lines, anything else CSV.
struct RecordReader {
  enum Format { case csv, jsonl }

  let path: String
  private let format: Format
  private var csv: CSVReader?
  private var header: [String] = []
  private var lines: [Substring] = []
  private var lineIndex = 0

  init(path: String) throws {
    self.path = path
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw StoreError.unreadableFile(path: path, reason: "cannot read the file (\(error.localizedDescription))")
    }
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    format = (ext == "jsonl" || ext == "ndjson") ? .jsonl : .csv
    switch format {
    case .csv:
      var reader = CSVReader(data: data)
      guard let first = try Self.wrap(path, { try reader.next() }) else {
        throw StoreError.unreadableFile(path: path, reason: "the file is empty; expected a header row")
      }
      header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      csv = reader
    case .jsonl:
      guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
        throw StoreError.unreadableFile(path: path, reason: "not valid UTF-8")
      }
      lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }
  }

  /// Checks that the header names every required column (CSV only; JSONL is checked per row).
  func require(columns: [String]) throws {
    guard format == .csv else { return }
    let missing = columns.filter { !header.contains($0) }
    if !missing.isEmpty {
      throw StoreError.badImportRow(
        file: path, line: 1,
        reason: "missing column(s) \(missing.joined(separator: ", ")); header is \(header.joined(separator: ","))")
    }
  }

  /// The next record as `column → value` (empty values omitted), with its line number.
  mutating func next() throws -> (fields: [String: String], line: Int)? {
    switch format {
    case .csv:
      guard var reader = csv else { return nil }
      defer { csv = reader }
      while let record = try Self.wrap(path, { try reader.next() }) {
        if record.fields.count == 1 && record.fields[0].isEmpty { continue }  // blank line
        guard record.fields.count == header.count else {
          throw StoreError.badImportRow(
            file: path, line: record.line,
            reason: "expected \(header.count) fields (\(header.joined(separator: ","))), found \(record.fields.count)")
        }
        var fields: [String: String] = [:]
        for (name, value) in zip(header, record.fields) where !value.isEmpty { fields[name] = value }
        return (fields, record.line)
      }
      return nil
    case .jsonl:
      while lineIndex < lines.count {
        let line = lines[lineIndex]
        lineIndex += 1
        if line.allSatisfy(\.isWhitespace) { continue }
        return (try Self.jsonFields(line, path: path, line: lineIndex), lineIndex)
      }
      return nil
    }
  }

  private static func jsonFields(_ text: Substring, path: String, line: Int) throws -> [String: String] {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    } catch {
      throw StoreError.badImportRow(file: path, line: line, reason: "not a JSON object: \(text.prefix(60))")
    }
    guard let dictionary = object as? [String: Any] else {
      throw StoreError.badImportRow(file: path, line: line, reason: "expected a JSON object")
    }
    var fields: [String: String] = [:]
    for (key, value) in dictionary {
      switch value {
      case let s as String where !s.isEmpty: fields[key] = s
      case let n as NSNumber: fields[key] = n.stringValue
      case is NSNull, is String: continue
      default:
        throw StoreError.badImportRow(file: path, line: line, reason: "field '\(key)' must be a string or a number")
      }
    }
    return fields
  }

  private static func wrap<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as CSVError {
      throw StoreError.badImportRow(file: path, line: error.line, reason: error.reason)
    }
  }
}
