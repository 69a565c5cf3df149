import BilatCore
import BilatExtraction
import BilatStore
import Foundation
import GRDB

/// Writes one extraction inside a transaction, resolving its entities to existing nodes.
struct GraphWriter {
  let g: GraphDatabase
  let x: Extraction
  var articleID: Int64 = 0
  /// Node of each extracted entity.
  var nodes: [Int: Int64] = [:]

  init(g: GraphDatabase, x: Extraction) {
    self.g = g
    self.x = x
  }

  mutating func writeArticle(hash: String) throws -> Int64 {
    let a = x.article
    // `name` labels the node in exports: the title, else the file name
    var props: [String: PropertyValue] = ["source": .string(a.source), "name": .string(a.title ?? a.source)]
    if let t = a.title { props["title"] = .string(t) }
    if let d = a.published { props["published"] = .string(d.iso) }
    if let o = a.outlet { props["outlet"] = .string(o) }
    if let u = a.url { props["url"] = .string(u) }
    let node = try g.createNode(labels: ["Article"], properties: props)
    articleID = try g.insertArticle(
      source: a.source, title: a.title, outlet: a.outlet, published: a.published?.iso, url: a.url,
      contentHash: hash, text: a.text, nodeID: node, extractorVersion: Extractor.version)
    return articleID
  }

  func record(_ m: Mention) -> EvidenceRecord {
    let sentence = m.sentence < x.sentences.count ? x.sentences[m.sentence].text : ""
    return EvidenceRecord(
      articleID: articleID, sentenceIndex: m.sentence, sentence: sentence, start: m.start, end: m.end, rule: m.rule,
      confidence: min(1, max(0, m.confidence)))
  }

  mutating func writeEntities() throws {
    // people and things first, meetings once their participants have nodes
    for e in x.entities where e.label != "Meeting" { try write(e) }
    for e in x.entities where e.label == "Meeting" { try write(e) }
  }

  mutating func write(_ e: ExtractedEntity) throws {
    let node: Int64
    if let existing = try resolve(e) {
      node = existing
      let known = try g.nodeProperties(node)
      for (k, v) in e.properties where known[k] == nil { try g.setNodeProperty(node, k, v) }
    } else {
      node = try g.createNode(labels: [e.label], properties: e.properties)
    }
    nodes[e.id] = node
    if e.label != "Meeting" {
      try g.addAlias(e.name, to: node)
      for alias in e.aliases { try g.addAlias(alias, to: node) }
    }
    for m in e.mentions { try g.addEvidence(record(m), node: node) }
  }

  /// An existing node for the entity, if one denotes the same thing.
  func resolve(_ e: ExtractedEntity) throws -> Int64? {
    if e.label == "Meeting" { return try resolveMeeting(e) }
    var candidates = try g.nodes(withAlias: e.name, label: e.label)
    if candidates.isEmpty { candidates = try g.nodes(withFoldedAlias: e.name, label: e.label) }
    if e.label == "Person" {
      for alias in e.aliases where candidates.isEmpty && alias.contains(" ") {
        candidates = try g.nodes(withFoldedAlias: alias, label: "Person")
      }
      let compatible = try candidates.filter { try compatiblePerson(e, $0) }
      // a bare surname is only resolved when it is unambiguous
      if !e.name.contains(" ") && compatible.count != 1 { return nil }
      return compatible.first
    }
    return candidates.first
  }

  /// Different people may share a surname: first names (when both are known) and countries
  /// (when both are known) must agree.
  func compatiblePerson(_ e: ExtractedEntity, _ node: Int64) throws -> Bool {
    let props = try g.nodeProperties(node)
    if let c1 = e.properties["country"]?.stringValue, let c2 = props["country"]?.stringValue, c1 != c2 { return false }
    guard let other = props["name"]?.stringValue else { return true }
    let a = e.name.split(separator: " ")
    let b = other.split(separator: " ")
    if a.count >= 2 && b.count >= 2 {
      return NameKey.transliterationFolded(String(a[0])) == NameKey.transliterationFolded(String(b[0]))
    }
    return true
  }

  /// The Meeting node with the same participants and date, if any.
  func resolveMeeting(_ e: ExtractedEntity) throws -> Int64? {
    let participants = x.relations.filter { $0.type == "ATTENDED" && $0.end == e.id }.compactMap { nodes[$0.start] }
    guard let first = participants.first else { return nil }
    let date = e.properties["date"]?.stringValue
    let candidates = try Int64.fetchAll(
      g.db,
      sql: """
        SELECT r.end_id FROM relationship r
        JOIN node l ON l.id = r.end_id AND \(LabelSQL.test("l", parameter: "?2"))
        WHERE r.start_id = ?1 AND r.type_id = \(RelationshipTypeSQL.id("?3"))
        """,
      arguments: [first, "Meeting", "ATTENDED"])
    for m in candidates {
      guard try g.nodeProperties(m)["date"]?.stringValue == date else { continue }
      let attendees = try Set(
        Int64.fetchAll(
          g.db,
          sql: "SELECT start_id FROM relationship WHERE end_id = ?1 AND type_id = \(RelationshipTypeSQL.id("?2"))",
          arguments: [m, "ATTENDED"]))
      if attendees == Set(participants) { return m }
    }
    return nil
  }

  mutating func writeRelations() throws {
    for r in x.relations {
      guard let s = nodes[r.start], let e = nodes[r.end] else { continue }
      let vocabulary = RelationshipType(rawValue: r.type)
      var existing: Int64?
      for id in try g.relationships(type: r.type, between: s, and: e, directed: !(vocabulary?.isSymmetric ?? false)) {
        if let key = vocabulary?.identifyingProperty {
          let mine = r.properties[key]?.stringValue.map(NameKey.normalized)
          let theirs = try g.relationshipProperties(id)[key]?.stringValue.map(NameKey.normalized)
          if mine != theirs { continue }
        }
        existing = id
        break
      }
      let rel: Int64
      if let existing {
        rel = existing
        let props = try g.relationshipProperties(rel)
        for (k, v) in r.properties where props[k] == nil { try g.setRelationshipProperty(rel, k, v) }
      } else {
        rel = try g.createRelationship(type: r.type, from: s, to: e, properties: r.properties)
      }
      for m in r.evidence { try g.addEvidence(record(m), relationship: rel) }
    }
  }
}
