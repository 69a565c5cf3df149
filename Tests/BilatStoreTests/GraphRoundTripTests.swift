import BilatCore
import Foundation
import Testing

@testable import BilatStore

@Suite struct GraphRoundTripTests {
  @Test func nodePropertiesKeepTheirTypes() throws {
    let store = try GraphStore()
    let properties: [String: PropertyValue] = [
      "name": "Nur Zholy–Khorgos", "opened": 2011, "share": 0.35, "active": true,
      "sectors": .list(["trade", "transport and logistics"]), "year": "2023",
    ]
    let id = try store.write { try $0.createNode(labels: ["Facility", "Place"], properties: properties) }
    let (labels, read) = try store.read { (try $0.labels(of: id), try $0.nodeProperties(id)) }
    #expect(labels == ["Facility", "Place"])
    #expect(read == properties)
    // A text that looks like a number stays text (no numeric affinity on `value`).
    #expect(read["year"] == .string("2023"))
  }

  @Test func nullRemovesAProperty() throws {
    let store = try GraphStore()
    let id = try store.write { try $0.createNode(labels: ["Person"], properties: ["title": "Minister"]) }
    try store.write { try $0.setNodeProperty(id, "title", .null) }
    #expect(try store.read { try $0.nodeProperties(id) }.isEmpty)
  }

  @Test func relationshipsAliasesAndEvidence() throws {
    let store = try GraphStore()
    let (smailov, ding, met, article) = try store.write { g in
      let a = try g.createNode(labels: ["Person"], properties: ["name": "Alikhan Smailov"])
      let b = try g.createNode(labels: ["Person"], properties: ["name": "Ding Xuexiang"])
      let r = try g.createRelationship(
        type: "MET_WITH", from: a, to: b, properties: ["date": "2023-11-27", "place": "Astana"])
      try g.addAlias("Alikhan Smailov", to: a)
      try g.addAlias("Smaiylov", to: a)
      let article = try g.insertArticle(
        source: "a.txt", title: "T", outlet: nil, published: "2023-11-28", url: nil, contentHash: "h1",
        text: "Smailov met Ding.", nodeID: nil)
      try g.addEvidence(
        EvidenceRecord(
          articleID: article, sentenceIndex: 0, sentence: "Smailov met Ding.", start: 0, end: 16,
          rule: "met.svo", confidence: 0.9), relationship: r)
      return (a, b, r, article)
    }
    try store.read { g in
      #expect(try g.relationships(type: "MET_WITH", between: ding, and: smailov, directed: false) == [met])
      #expect(try g.relationships(type: "MET_WITH", between: ding, and: smailov, directed: true).isEmpty)
      #expect(try g.relationshipProperties(met) == ["date": "2023-11-27", "place": "Astana"])
      #expect(try g.aliases(of: smailov) == ["Alikhan Smailov", "Smaiylov"])
      #expect(try g.nodes(withAlias: "ALIKHAN  smailov") == [smailov])
      #expect(try g.nodes(withAlias: "Smailov", label: "Person").isEmpty)
      #expect(try g.nodes(withFoldedAlias: "Smaiylov", label: "Person") == [smailov])
      let evidence = try g.evidence(relationship: met)
      #expect(evidence.count == 1)
      #expect(evidence.first?.articleID == article)
      #expect(evidence.first?.rule == "met.svo")
    }
  }

  @Test func deletingAnArticleKeepsFactsOthersSupport() throws {
    let store = try GraphStore()
    try store.write { g in
      let a = try g.createNode(labels: ["Person"], properties: ["name": "A"])
      let b = try g.createNode(labels: ["Person"], properties: ["name": "B"])
      let c = try g.createNode(labels: ["Person"], properties: ["name": "C"])
      let shared = try g.createRelationship(type: "MET_WITH", from: a, to: b)
      let own = try g.createRelationship(type: "MET_WITH", from: a, to: c)
      let first = try g.insertArticle(
        source: "1", title: nil, outlet: nil, published: nil, url: nil, contentHash: "1", text: "x", nodeID: nil)
      let second = try g.insertArticle(
        source: "2", title: nil, outlet: nil, published: nil, url: nil, contentHash: "2", text: "y", nodeID: nil)
      func evidence(_ article: Int64) -> EvidenceRecord {
        EvidenceRecord(articleID: article, sentenceIndex: 0, sentence: "s", start: 0, end: 1, rule: "r", confidence: 1)
      }
      for node in [a, b, c] { try g.addEvidence(evidence(first), node: node) }
      try g.addEvidence(evidence(first), relationship: shared)
      try g.addEvidence(evidence(first), relationship: own)
      try g.addEvidence(evidence(second), node: a)
      try g.addEvidence(evidence(second), node: b)
      try g.addEvidence(evidence(second), relationship: shared)
      try g.deleteArticle(first)
    }
    let stats = try store.read { try $0.statistics() }
    #expect(stats.nodes == 2)  // C was supported by the first article only
    #expect(stats.relationships == 1)
    #expect(stats.articles == 1)
    #expect(stats.evidence == 3)
  }
}
