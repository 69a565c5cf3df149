import BilatCore
import Foundation
import GRDB
import Testing

@testable import BilatStore

/// Text keeps every character, U+0000 included, through every write and read of the store
/// (GRDB alone would cut it at the first NUL on both sides).
@Suite struct WholeTextTests {
  /// Strings with U+0000 at the start, in the middle, twice, at the end, alone, and beside
  /// non-ASCII text (byte and character counts differ).
  static let samples = [
    "\u{0}Aigerim", "Ai\u{0}gerim", "Nur\u{0}Sultan\u{0}Astana", "Khorgos\u{0}", "\u{0}", "Алма\u{0}ты 🇰🇿",
  ]

  struct Sample: Sendable, CustomTestStringConvertible {
    var text: String
    var testDescription: String { text.debugDescription }
  }

  @Test(arguments: samples.map { Sample(text: $0) })
  func graphWritesAndReadsKeepTheWholeString(_ sample: Sample) throws {
    let s = sample.text
    for store in [try GraphStore(), try GraphStore(path: temporaryDatabasePath())] {
      try store.write { g in
        let a = try g.createNode(labels: [s], properties: [s: .string(s), "name": .string("x" + s)])
        let b = try g.createNode(labels: ["Country"])
        try g.addAlias("x" + s, to: a)
        let r = try g.createRelationship(type: s, from: a, to: b, properties: ["place": .string(s)])
        let article = try g.insertArticle(
          source: s, title: s, outlet: s, published: nil, url: nil, contentHash: "hash" + s, text: s, nodeID: nil)
        try g.addEvidence(
          EvidenceRecord(articleID: article, sentenceIndex: 0, sentence: s, start: 0, end: 1, rule: s, confidence: 1),
          relationship: r)
      }
      try store.read { g in
        let a = try #require(try g.nodes(withAlias: "x" + s).first)
        #expect(try g.labels(of: a) == [s])
        #expect(try g.nodeProperties(a) == [s: .string(s), "name": .string("x" + s)])
        #expect(try g.aliases(of: a) == ["x" + s])
        let r = try #require(try g.relationships(type: s, between: a, and: a + 1, directed: true).first)
        #expect(try g.relationshipProperties(r) == ["place": .string(s)])
        let article = try #require(try g.article(source: s))
        #expect(article.title == s)
        #expect(try g.article(contentHash: "hash" + s)?.id == article.id)
        #expect(try g.evidence(relationship: r).map(\.sentence) == [s])
        #expect(try g.evidence(relationship: r).map(\.rule) == [s])
        let stats = try g.statistics()
        #expect(stats.nodesByLabel[s] == 1)
        #expect(stats.relationshipsByType[s] == 1)
        // What SQLite holds, measured in bytes.
        let stored = try Int.fetchOne(g.db, sql: "SELECT length(CAST(text AS BLOB)) FROM article")
        #expect(stored == s.utf8.count)
      }
    }
  }

  /// Positional and named values are bound whole; a statement missing a value fails clearly
  /// instead of running half bound.
  @Test func bindingKeepsTextWholeAndWantsEveryValue() throws {
    let store = try GraphStore()
    try store.read { g in
      #expect(throws: DatabaseError.self) { try g.db.boundStatement("SELECT ?, ?", ["only one"]) }
      #expect(throws: DatabaseError.self) { try g.db.boundStatement("SELECT :a, :b", ["a": "x"]) }
      let named = try g.db.rows("SELECT :b || :a", ["a": "\u{0}1", "b": "2\u{0}"]) { $0.text(0) }
      #expect(named == ["2\u{0}\u{0}1"])
      let row = try g.db.rows("SELECT ?1 || ?2, length(CAST(?1 AS BLOB))", ["a\u{0}b", "\u{0}"]) { ($0.text(0), $0.int(1)) }
      #expect(row.first?.0 == "a\u{0}b\u{0}")
      #expect(row.first?.1 == 3)
    }
  }
}
