import BilatExtraction
import BilatIngest
import BilatStore
import Foundation
import GRDB
import Testing

/// Articles read by an older extractor are read again on the next ingest; articles read by
/// this one stay as they are.
@Suite("Re-extraction")
struct ReextractionTests {
  static let story =
    "Kazakh Prime Minister Olzhas Bektenov met Russian Deputy Prime Minister Alexei Overchuk in Moscow on Monday."

  @Test(
    "an unchanged article read by an older extractor version (or by one that did not record it) is extracted again, in place",
    arguments: [Optional(Extractor.version - 1), nil])
  func olderVersionIsReextracted(older: Int?) throws {
    let store = try GraphStore()
    let ingestor = Ingestor(store: store)
    let dir = try IngestTests.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("2024-02-05-story.txt").path
    try Self.story.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try ingestor.ingest(path: file).outcome == .new)
    #expect(try store.read { try $0.article(source: file)?.extractorVersion } == Extractor.version)
    let fresh = try IngestTests.counts(store)
    #expect(try ingestor.ingest(path: file).outcome == .unchanged)
    #expect(try IngestTests.counts(store) == fresh)

    // as if an older Bilat had read it: an extra fact that only it supported, an older version
    let oldRuleNode = try store.write { g in
      let id = try #require(try g.article(source: file)?.id)
      let node = try g.createNode(labels: ["City"], properties: ["name": "Old Rule City"])
      try g.addEvidence(
        EvidenceRecord(
          articleID: id, sentenceIndex: 0, sentence: Self.story, start: 0, end: 6, rule: "old-rule", confidence: 0.5),
        node: node)
      try g.db.execute(sql: "UPDATE article SET extractor_version = ? WHERE id = ?", arguments: [older, id])
      return node
    }
    #expect(try ingestor.ingest(path: file).outcome == .reextracted)
    #expect(try store.read { try $0.article(source: file)?.extractorVersion } == Extractor.version)
    #expect(try IngestTests.counts(store) == fresh)
    let left = try store.read { g in
      try Int.fetchOne(g.db, sql: "SELECT count(*) FROM node WHERE id = ?", arguments: [oldRuleNode])
    }
    #expect(left == 0)
    #expect(try store.read { try $0.statistics().articlesByExtractorVersion } == ["\(Extractor.version)": 1])
    #expect(try ingestor.ingest(path: file).outcome == .unchanged)
  }
}
