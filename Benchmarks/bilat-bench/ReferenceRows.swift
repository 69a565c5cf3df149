import BilatCore
import Foundation

/// The rows `GraphImporter` writes for a workload, worked out ahead of time (not timed), so
/// that the reference load measures SQLite alone: every table row Bilat's schema (Storage v2)
/// gets, with the same ids, hot columns, `props` JSON and alias keys, in the same order.
struct ReferenceRows {
  /// All text, back to back; rows refer to it by ``Text`` (offset, length).
  var arena: [UInt8] = []
  struct Text { var offset: Int; var count: Int }
  struct Node { var id: Int64; var label: Int64; var name: Text?; var country: Text?; var props: Text }
  struct Relationship {
    var id: Int64; var type: Int64; var start: Int64; var end: Int64; var date: Text?; var props: Text
  }

  var nodes: [Node] = []
  /// Node id, surface and folded key.
  var aliases: [(Int64, Text, Text)] = []
  var relationships: [Relationship] = []
  /// The `relationship_type` rows: the names in order of first appearance, ids 1, 2, ...
  var typeNames: [String] = []
  /// The `label` rows, likewise.
  var labelNames: [String] = []
  var rowCount: Int { nodes.count + relationships.count }

  /// A `props` object of `members` (key, value, numeric) in the given (sorted) order, as
  /// ``BilatCore/PropertyValue/jsonObject(_:)`` writes it.
  private mutating func props(_ members: [(key: String, value: String, numeric: Bool)]) -> Text {
    var properties: [String: PropertyValue] = [:]
    for member in members {
      properties[member.key] =
        member.numeric ? (Int64(member.value).map { .int($0) } ?? .string(member.value)) : .string(member.value)
    }
    return text(PropertyValue.jsonObject(properties).utf8)
  }

  mutating func text(_ bytes: some Collection<UInt8>) -> Text {
    let text = Text(offset: arena.count, count: bytes.count)
    arena.append(contentsOf: bytes)
    return text
  }

  /// Reads the workload's CSV files the way the importer does.
  init(nodesCSV: String, edgesCSV: String) throws {
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
    var labels: [String: Int64] = [:]
    for fields in nodeRecords.dropFirst() {
      let id = nextID
      nextID += 1
      ids[fields[idColumn]] = id
      var hot: [String: Text] = [:]
      var members: [(key: String, value: String, numeric: Bool)] = []
      for column in nodeColumns where !fields[column].isEmpty {
        let key = nodeHeader[column]
        if key == "name" || key == "country" {
          hot[key] = text(fields[column].utf8)
        } else {
          members.append((key, fields[column], column == idColumn))
        }
      }
      let labelID = labels[fields[kindColumn]] ?? Int64(labelNames.count + 1)
      if labels[fields[kindColumn]] == nil {
        labels[fields[kindColumn]] = labelID
        labelNames.append(fields[kindColumn])
      }
      nodes.append(
        Node(id: id, label: labelID, name: hot["name"], country: hot["country"], props: props(members)))
      if let nameColumn, !fields[nameColumn].isEmpty {
        let name = fields[nameColumn]
        aliases.append((id, text(name.utf8), text(NameKey.transliterationFolded(name).utf8)))
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
    var types: [String: Int64] = [:]
    for fields in edgeRecords.dropFirst() {
      guard let start = ids[fields[src]], let end = ids[fields[dst]] else { throw BenchError("unknown node") }
      let id = nextRelationship
      nextRelationship += 1
      let typeID = types[fields[type]] ?? Int64(typeNames.count + 1)
      if types[fields[type]] == nil {
        types[fields[type]] = typeID
        typeNames.append(fields[type])
      }
      var date: Text?
      var members: [(key: String, value: String, numeric: Bool)] = []
      for column in edgeColumns where !fields[column].isEmpty {
        if edgeHeader[column] == "date" {
          date = text(fields[column].utf8)
        } else {
          members.append((edgeHeader[column], fields[column], edgeHeader[column] == "place"))
        }
      }
      relationships.append(
        Relationship(id: id, type: typeID, start: start, end: end, date: date, props: props(members)))
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
