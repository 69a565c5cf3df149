import BilatStore
import Foundation
import GRDB
import Testing

/// `stats`, `query`, `export` and in-process reads running while `bilat ingest` writes one
/// transaction per article: none fails with "database is locked", and every snapshot holds each
/// article wholly (all of its evidence) or not at all.
@Suite(.serialized) struct IngestConcurrencyTests {
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// Writes `count` synthetic article variants of the dev briefs into a new folder.
  static func articles(_ count: Int, seed: Int = 5) throws -> URL {
    let dir = try Scratch.directory("articles")
    let outcome = try CLI.run(
      "/usr/bin/env",
      [
        "python3", packageRoot.appendingPathComponent(".ci/reliability/gen_articles.py").path, "--count", "\(count)",
        "--seed", "\(seed)", "--out", dir.path,
      ], timeout: 60)
    #expect(outcome.status == 0, "gen_articles.py: \(outcome.err)")
    return dir
  }

  /// Evidence rows per article source, and relationships that no evidence supports.
  static func snapshot(_ store: GraphStore) throws -> (perArticle: [String: Int], unsupported: Int) {
    try store.read { g in
      let rows = try Row.fetchAll(
        g.db,
        sql: """
          SELECT a.source, count(e.id) AS n FROM article a LEFT JOIN evidence e ON e.article_id = a.id GROUP BY a.id
          """)
      var perArticle: [String: Int] = [:]
      for row in rows { perArticle[row["source"]] = row["n"] }
      let unsupported =
        try Int.fetchOne(
          g.db,
          sql:
            "SELECT count(*) FROM relationship r WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relationship_id = r.id)"
        ) ?? -1
      return (perArticle, unsupported)
    }
  }

  @Test func readersDuringAnIngestSeeWholeArticlesAndNeverALock() throws {
    let folder = try Self.articles(60)
    let db = try Scratch.databasePath()
    let store = try GraphStore(path: db)
    let writer = try CLI.start(["ingest", "--quiet", "--db", db, folder.path])
    var snapshots: [[String: Int]] = []
    var failures: [String] = []
    var runs = 0
    var unsupportedSeen = 0
    while writer.isRunning {
      let s = try Self.snapshot(store)
      snapshots.append(s.perArticle)
      unsupportedSeen = max(unsupportedSeen, s.unsupported)
      for command in [
        ["stats", "--json"], ["query", "MATCH (n)-[r]->(m) RETURN count(r) AS c", "--format", "csv"],
        ["export", "json"],
      ] {
        let outcome = try CLI.bilat(command + ["--db", db], timeout: 60)
        runs += 1
        if outcome.status != 0 || outcome.err.contains("locked") {
          failures.append("\(command[0]): exit \(outcome.status): \(outcome.err.prefix(300))")
        }
        if command[0] == "export", outcome.status == 0 {
          // One snapshot: every relationship's ends are among the exported nodes.
          if let problem = Self.danglingEnds(outcome.out) { failures.append("export: \(problem)") }
        }
      }
    }
    #expect(writer.exitStatus == 0)
    let final = try Self.snapshot(store)
    #expect(final.perArticle.count == 60)
    #expect(failures.isEmpty, "\(failures)")
    #expect(runs > 0, "no reader overlapped the ingest")
    if final.unsupported == 0 {
      #expect(unsupportedSeen == 0, "a snapshot held relationships without their evidence")
    }
    for snapshot in snapshots {
      for (source, evidence) in snapshot {
        #expect(
          final.perArticle[source] == evidence,
          "\(source): \(evidence) evidence rows in a snapshot, \(final.perArticle[source] ?? -1) at the end")
      }
    }
  }

  /// Parses an export's JSON and returns a message when a relationship points at a node it lacks.
  static func danglingEnds(_ json: String) -> String? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
      let nodes = object["nodes"] as? [[String: Any]], let relationships = object["relationships"] as? [[String: Any]]
    else { return "not a JSON graph: \(json.prefix(120))" }
    let ids = Set(nodes.compactMap { ($0["id"] as? NSNumber)?.int64Value })
    for r in relationships {
      guard let start = (r["start"] as? NSNumber)?.int64Value, let end = (r["end"] as? NSNumber)?.int64Value else {
        return "relationship without start/end: \(r)"
      }
      if !ids.contains(start) || !ids.contains(end) {
        return "relationship \(r["id"] ?? "?") has an end outside the export"
      }
    }
    return nil
  }
}
