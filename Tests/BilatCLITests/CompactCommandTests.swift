import BilatStore
import Foundation
import GRDB
import Testing

/// `bilat compact` and the free space `bilat stats` reports: a graph whose relationships were
/// deleted keeps its pages as free pages (as an interrupted post-migration compaction would);
/// stats says so and names the command, which gives them back and leaves the data as it was.
@Suite struct CompactCommandTests {
  @Test func statsPointsAtCompactAndCompactShrinksTheFile() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let db = dir.appendingPathComponent("g.sqlite").path
    let store = try GraphStore(path: db)
    try store.write { g in
      var previous = try g.createNode(labels: ["Person"], properties: ["name": .string("P0")])
      for i in 1..<2000 {
        let node = try g.createNode(
          labels: ["Person"],
          properties: ["name": .string("P\(i)"), "note": .string(String(repeating: "x", count: 200))])
        try g.createRelationship(type: "MET_WITH", from: previous, to: node, properties: ["place": .string("Astana")])
        previous = node
      }
    }
    try store.write { try $0.db.execute(sql: "DELETE FROM node WHERE id > 100") }
    try store.writer.close()

    let stats = try CLIRunner.run(["stats", "--db", db], in: dir)
    #expect(stats.status == 0, "\(stats.stderr)")
    #expect(stats.stdout.contains("  free pages  "), "\(stats.stdout)")
    #expect(stats.stdout.contains(": 'bilat compact' gives them back"))
    let json = try CLIRunner.run(["stats", "--db", db, "--json"], in: dir)
    #expect(json.stdout.contains("\"freeBytes\" : "))

    let compacted = try CLIRunner.run(["compact", "--db", db], in: dir)
    #expect(compacted.status == 0, "\(compacted.stderr)")
    #expect(compacted.stdout.hasPrefix("\(db): "), "\(compacted.stdout)")
    let after = try CLIRunner.run(["stats", "--db", db, "--json"], in: dir)
    let counts = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
    #expect(counts["nodes"] as? Int == 100)
    #expect(counts["relationships"] as? Int == 99)
    // (Opening the store may take a page for its own bookkeeping.)
    let free = try #require(counts["freeBytes"] as? Int)
    let size = try #require(counts["databaseBytes"] as? Int)
    #expect(free * 10 < size, "\(free) of \(size) bytes free")
    let plain = try CLIRunner.run(["stats", "--db", db], in: dir)
    #expect(!plain.stdout.contains("free pages"))
  }

  @Test func compactNeedsAnExistingDatabase() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let result = try CLIRunner.run(["compact", "--db", "missing.sqlite"], in: dir)
    #expect(result.status != 0)
    #expect(result.stderr.contains("no graph database at missing.sqlite"))
  }
}
