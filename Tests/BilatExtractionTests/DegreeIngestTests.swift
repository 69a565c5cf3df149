import BilatIngest
import BilatStore
import Foundation
import GRDB
import Testing

/// Ingest writes through the store's triggers: the degree store (schema 8) equals a GROUP BY
/// over the relationships after new articles and after an article's facts are replaced.
@Suite struct DegreeIngestTests {
  static let stories = [
    "Kazakh Prime Minister Olzhas Bektenov met Russian Deputy Prime Minister Alexei Overchuk in Moscow on Monday.",
    "President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Tuesday.",
  ]

  /// Rows of `relationship_degree` and of the same counts grouped from `relationship` that the
  /// other lacks (0: equal).
  static func differences(_ store: GraphStore) throws -> Int {
    try store.read { g in
      try Int.fetchOne(
        g.db,
        sql: """
          WITH expected(node_id, type_id, start_count, end_count, loop_count) AS (
            SELECT node_id, type_id, sum(side = 0), sum(side = 1), sum(side = 2) FROM (
              SELECT start_id AS node_id, type_id, CASE WHEN start_id = end_id THEN 2 ELSE 0 END AS side
              FROM relationship
              UNION ALL SELECT end_id, type_id, 1 FROM relationship WHERE start_id <> end_id)
            GROUP BY node_id, type_id)
          SELECT (SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM relationship_degree))
            + (SELECT count(*) FROM (SELECT * FROM relationship_degree EXCEPT SELECT * FROM expected))
          """) ?? -1
    }
  }

  @Test func ingestAndReplacementKeepTheDegreesExact() throws {
    let store = try GraphStore()
    let ingestor = Ingestor(store: store)
    let dir = try IngestTests.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let files = Self.stories.indices.map { dir.appendingPathComponent("2024-02-0\($0 + 5)-story.txt").path }
    for (file, story) in zip(files, Self.stories) {
      try story.write(toFile: file, atomically: true, encoding: .utf8)
      #expect(try ingestor.ingest(path: file).outcome == .new)
    }
    #expect(try Self.differences(store) == 0)
    #expect(try store.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM relationship_degree") } ?? 0 > 0)
    // The first story told otherwise: its facts are replaced (deleted, then written again).
    try Self.stories[1].replacingOccurrences(of: "Astana", with: "Beijing").write(
      toFile: files[0], atomically: true, encoding: .utf8)
    #expect(try ingestor.ingest(path: files[0]).outcome == .replaced)
    #expect(try Self.differences(store) == 0)
  }
}
