import BilatCore
import Foundation

/// The rows `GraphImporter` writes for a workload, worked out ahead of time (not timed), so
/// that the reference load measures SQLite alone: every table row Bilat's schema gets, with
/// the same ids, values, types and alias keys, in the same order.
struct ReferenceRows {
  /// All text, back to back; rows refer to it by ``Text`` (offset, length).
  var arena: [UInt8] = []
  struct Text { var offset: Int; var count: Int }
  enum Value { case int(Int64), text(Text) }
  struct Property { var owner: Int64; var key: Text; var value: Value }

  var nodes: [Int64] = []
  var labels: [(Int64, Text)] = []
  var nodeProperties: [Property] = []
  var aliases: [(Int64, Text, Text, Text)] = []
  var relationships: [(Int64, Text, Int64, Int64)] = []
  var relationshipProperties: [Property] = []
  var rowCount: Int { nodes.count + relationships.count }

  mutating func text(_ bytes: some Collection<UInt8>) -> Text {
    let text = Text(offset: arena.count, count: bytes.count)
    arena.append(contentsOf: bytes)
    return text
  }

  /// Reads the workload's CSV files the way the importer does.
  init(nodesCSV: String, edgesCSV: String) throws {
    var keyTexts: [String: Text] = [:]
    func key(_ name: String) -> Text {
      if let text = keyTexts[name] { return text }
      let text = self.text(name.utf8)
      keyTexts[name] = text
      return text
    }
    var ids: [String: Int64] = [:]
    let nodeRecords = try SimpleCSV.records(path: nodesCSV)
    guard let nodeHeader = nodeRecords.first else { throw BenchError("\(nodesCSV) is empty") }
    // Property columns in key order, as the importer writes them.
    let nodeColumns = nodeHeader.indices.filter { nodeHeader[$0] != "kind" }.sorted { nodeHeader[$0] < nodeHeader[$1] }
    guard let idColumn = nodeHeader.firstIndex(of: "id"), let kindColumn = nodeHeader.firstIndex(of: "kind") else {
      throw BenchError("\(nodesCSV) lacks id/kind")
    }
    let nameColumn = nodeHeader.firstIndex(of: "name")
    var nextID: Int64 = 1
    for fields in nodeRecords.dropFirst() {
      let id = nextID
      nextID += 1
      ids[fields[idColumn]] = id
      nodes.append(id)
      labels.append((id, text(fields[kindColumn].utf8)))
      for column in nodeColumns where !fields[column].isEmpty {
        let value = fields[column]
        let typed: Value =
          column == idColumn ? (Int64(value).map { .int($0) } ?? .text(text(value.utf8))) : .text(text(value.utf8))
        nodeProperties.append(Property(owner: id, key: key(nodeHeader[column]), value: typed))
      }
      if let nameColumn, !fields[nameColumn].isEmpty {
        let name = fields[nameColumn]
        aliases.append(
          (id, text(name.utf8), text(NameKey.normalized(name).utf8), text(NameKey.transliterationFolded(name).utf8)))
      }
    }
    let edgeRecords = try SimpleCSV.records(path: edgesCSV)
    guard let edgeHeader = edgeRecords.first,
      let src = edgeHeader.firstIndex(of: "src"), let dst = edgeHeader.firstIndex(of: "dst"),
      let type = edgeHeader.firstIndex(of: "type")
    else { throw BenchError("\(edgesCSV) lacks src/dst/type") }
    let edgeColumns = edgeHeader.indices.filter { ![src, dst, type].contains($0) }
      .sorted { edgeHeader[$0] < edgeHeader[$1] }
    var nextRelationship: Int64 = 1
    var types: [String: Text] = [:]
    for fields in edgeRecords.dropFirst() {
      guard let start = ids[fields[src]], let end = ids[fields[dst]] else { throw BenchError("unknown node") }
      let id = nextRelationship
      nextRelationship += 1
      let typeText = types[fields[type]] ?? text(fields[type].utf8)
      types[fields[type]] = typeText
      relationships.append((id, typeText, start, end))
      for column in edgeColumns where !fields[column].isEmpty {
        let value = fields[column]
        let typed: Value =
          edgeHeader[column] == "place"
          ? (Int64(value).map { .int($0) } ?? .text(text(value.utf8))) : .text(text(value.utf8))
        relationshipProperties.append(Property(owner: id, key: key(edgeHeader[column]), value: typed))
      }
    }
  }
}

/// A plain RFC 4180 reader (strings), for preparing reference rows; speed does not matter.
enum SimpleCSV {
  static func records(path: String) throws -> [[String]] {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    var records: [[String]] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var i = 0
    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    while i < bytes.count {
      let b = bytes[i]
      i += 1
      if quoted {
        if b == UInt8(ascii: "\"") {
          if i < bytes.count && bytes[i] == UInt8(ascii: "\"") {
            field.append(b)
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.append(b)
        }
        continue
      }
      switch b {
      case UInt8(ascii: "\""): quoted = true
      case UInt8(ascii: ","): endField()
      case UInt8(ascii: "\r"): continue
      case UInt8(ascii: "\n"):
        endField()
        records.append(fields)
        fields.removeAll(keepingCapacity: true)
      default: field.append(b)
      }
    }
    if !field.isEmpty || !fields.isEmpty {
      endField()
      records.append(fields)
    }
    return records
  }
}
