import Foundation

/// Renders query results as an aligned table, JSON, CSV or NDJSON.
public enum ResultFormat: String, CaseIterable, Sendable {
  case table, json, csv, ndjson
}

extension QueryResult {
  /// The result rendered in `format` (ends with a newline unless empty).
  public func formatted(_ format: ResultFormat) -> String {
    switch format {
    case .table: return table()
    case .csv:
      var out = columns.map(Self.csvField).joined(separator: ",") + "\n"
      for row in rows {
        out += row.map { Self.csvField($0.isNull ? "" : $0.displayText) }.joined(separator: ",") + "\n"
      }
      return out
    case .json:
      let objects = rows.map { Self.object(columns, $0) }
      return Self.json(objects, pretty: true) + "\n"
    case .ndjson:
      return rows.map { Self.json(Self.object(columns, $0), pretty: false) + "\n" }.joined()
    }
  }

  /// An aligned text table with a header rule and a row count.
  public func table() -> String {
    let cells = rows.map { $0.map { $0.isNull ? "null" : $0.displayText.replacingOccurrences(of: "\n", with: "\\n") } }
    var widths = columns.map(\.count)
    for row in cells {
      for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
    }
    func line(_ values: [String]) -> String {
      var text = zip(values, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: " | ")
      // Trailing white space goes by a scan from the end: the pattern `\s+$` retried at every
      // space of a wide cell's padding, quadratic in the width (a 3 MB cell took minutes).
      while let last = text.last, last.isWhitespace { text.removeLast() }
      return text
    }
    var out = line(columns) + "\n"
    out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n"
    for row in cells { out += line(row) + "\n" }
    out += "(\(rows.count) row\(rows.count == 1 ? "" : "s"))\n"
    return out
  }

  private static func object(_ columns: [String], _ row: [CypherValue]) -> [String: Any] {
    var object: [String: Any] = [:]
    for (c, v) in zip(columns, row) { object[c] = v.jsonObject }
    return object
  }

  private static func json(_ value: Any, pretty: Bool) -> String {
    var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]
    if pretty { options.insert(.prettyPrinted) }
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }

  private static func csvField(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
