import BilatCore
import Foundation
import GRDB

/// The work of one graph JSON import (``GraphImporter/importGraph(from:into:)``): the file-id →
/// database-id map, the article cache and the counts; rows go through the shared ``GraphLoader``.
struct GraphJSONLoad {
  let db: GraphDatabase
  let file: String
  var summary = ImportSummary()
  /// The loader, with the counts of what the load wrote.
  private(set) var loader: GraphLoader
  private var nodeIDs: [String: Int64] = [:]
  private var relationshipIDs = Set<String>()
  private var articles: [String: Int64?] = [:]

  init(db: GraphDatabase, loader: GraphLoader, file: String) {
    self.db = db
    self.loader = loader
    self.file = file
  }

  func failure(_ node: JSONNode, _ message: String) -> ImportError {
    ImportError(file: file, line: node.line, column: node.column, message: message)
  }

  mutating func importNode(_ element: JSONNode) throws {
    guard case .object = element.value else { throw failure(element, "a node must be an object, not \(element.kind)") }
    let key = try idKey(element, "id", what: "node")
    guard nodeIDs[key] == nil else { throw failure(element, "node id \(key) appears twice") }
    let labels = try strings(element, "labels")
    let id = try loader.node(labels: labels, properties: try properties(element))
    nodeIDs[key] = id
    for alias in try strings(element, "aliases") where try loader.alias(node: id, surface: alias) {
      summary.aliases += 1
    }
    for evidence in try evidence(element) { try db.addEvidence(evidence, node: id) }
    summary.nodes += 1
  }

  mutating func importRelationship(_ element: JSONNode) throws {
    guard case .object = element.value else {
      throw failure(element, "a relationship must be an object, not \(element.kind)")
    }
    if element["id"] != nil {
      let key = try idKey(element, "id", what: "relationship")
      guard relationshipIDs.insert(key).inserted else { throw failure(element, "relationship id \(key) appears twice") }
    }
    guard let typeNode = element["type"], case .string(let type) = typeNode.value, !type.isEmpty else {
      throw failure(element["type"] ?? element, "a relationship needs a non-empty string \"type\"")
    }
    var endpoints: [Int64] = []
    for field in ["start", "end"] {
      let key = try idKey(element, field, what: "relationship")
      guard let id = nodeIDs[key] else {
        throw failure(element[field] ?? element, "\"\(field)\" refers to node id \(key), which no node above has")
      }
      endpoints.append(id)
    }
    let id = try loader.relationship(
      type: type, start: endpoints[0], end: endpoints[1], properties: try properties(element))
    for evidence in try evidence(element) { try db.addEvidence(evidence, relationship: id) }
    summary.relationships += 1
  }

  // MARK: Fields

  private func idKey(_ element: JSONNode, _ field: String, what: String) throws -> String {
    guard let node = element[field] else { throw failure(element, "a \(what) needs \"\(field)\"") }
    switch node.value {
    case .int(let i): return String(i)
    case .string(let s) where !s.isEmpty: return s
    default: throw failure(node, "\"\(field)\" must be an integer or a string, not \(node.kind)")
    }
  }

  private func strings(_ element: JSONNode, _ field: String) throws -> [String] {
    guard let node = element[field] else { return [] }
    if case .null = node.value { return [] }
    guard case .array(let items) = node.value else {
      throw failure(node, "\"\(field)\" must be an array of strings, not \(node.kind)")
    }
    return try items.map { item in
      guard case .string(let s) = item.value, !s.isEmpty else {
        throw failure(item, "\"\(field)\" must hold non-empty strings, not \(item.kind)")
      }
      return s
    }
  }

  /// The non-null properties of an element (a key given twice: the last value).
  private func properties(_ element: JSONNode) throws -> [String: PropertyValue] {
    guard let node = element["properties"] else { return [:] }
    if case .null = node.value { return [:] }
    guard case .object(let members) = node.value else {
      throw failure(node, "\"properties\" must be an object, not \(node.kind)")
    }
    var result: [String: PropertyValue] = [:]
    for member in members {
      let value = Self.propertyValue(member.node)
      result[member.key] = value == .null ? nil : value
    }
    return result
  }

  static func propertyValue(_ node: JSONNode) -> PropertyValue {
    switch node.value {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .double(let d): return .double(d)
    case .string(let s): return .string(s)
    case .array(let items): return .list(items.map(propertyValue))
    case .object(let members):
      return .map(Dictionary(members.map { ($0.key, propertyValue($0.node)) }, uniquingKeysWith: { _, last in last }))
    }
  }

  private mutating func evidence(_ element: JSONNode) throws -> [EvidenceRecord] {
    guard let node = element["evidence"] else { return [] }
    if case .null = node.value { return [] }
    guard case .array(let items) = node.value else {
      throw failure(node, "\"evidence\" must be an array, not \(node.kind)")
    }
    var records: [EvidenceRecord] = []
    for item in items {
      guard case .object = item.value else { throw failure(item, "evidence must be an object, not \(item.kind)") }
      let source = try string(item, "article", required: true)
      let start = try integer(item, "start", required: true)
      let end = try integer(item, "end", required: true)
      guard start >= 0, start <= end else { throw failure(item, "evidence needs 0 <= start <= end") }
      var confidence = 1.0
      if let c = item["confidence"] {
        switch c.value {
        case .int(let i): confidence = Double(i)
        case .double(let d): confidence = d
        default: throw failure(c, "\"confidence\" must be a number, not \(c.kind)")
        }
        guard (0...1).contains(confidence) else { throw failure(c, "\"confidence\" must lie between 0 and 1") }
      }
      let articleID: Int64?
      if let cached = articles[source] {
        articleID = cached
      } else {
        articleID = try db.article(source: source)?.id
        articles[source] = articleID
      }
      guard let articleID else {
        summary.droppedEvidence += 1
        continue
      }
      records.append(
        EvidenceRecord(
          articleID: articleID, sentenceIndex: try integer(item, "sentence_index", required: false),
          sentence: try string(item, "sentence", required: false), start: start, end: end,
          rule: try string(item, "rule", required: false, default: "import"), confidence: confidence))
      summary.evidence += 1
    }
    return records
  }

  private func string(_ item: JSONNode, _ field: String, required: Bool, default fallback: String = "") throws
    -> String
  {
    guard let node = item[field] else {
      if required { throw failure(item, "evidence needs \"\(field)\"") }
      return fallback
    }
    guard case .string(let s) = node.value else {
      throw failure(node, "\"\(field)\" must be a string, not \(node.kind)")
    }
    return s
  }

  private func integer(_ item: JSONNode, _ field: String, required: Bool) throws -> Int {
    guard let node = item[field] else {
      if required { throw failure(item, "evidence needs \"\(field)\"") }
      return 0
    }
    guard case .int(let i) = node.value, let value = Int(exactly: i) else {
      throw failure(node, "\"\(field)\" must be an integer, not \(node.kind)")
    }
    return value
  }
}
