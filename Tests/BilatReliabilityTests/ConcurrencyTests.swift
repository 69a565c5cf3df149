import BilatStore
import Foundation
import GRDB
import Testing

/// Readers (`stats`, `query`, `export json`, in-process reads) running while `bilat import` writes: WAL lets them read
/// the last committed snapshot, so they never fail with "database is locked" and never see half
/// an import.
@Suite(.serialized) struct ConcurrencyTests {
  /// Writes a nodes and an edges CSV with `nodes` people and `edges` MET_WITH relationships.
  static func writeGraph(in dir: URL, nodes: Int, edges: Int) throws -> (nodes: String, edges: String) {
    var nodeText = "id,kind,name,country\n"
    nodeText.reserveCapacity(nodes * 32)
    for i in 1...nodes { nodeText += "\(i),Person,Person \(i),\n" }
    var edgeText = "src,dst,type,date,place,about,title\n"
    edgeText.reserveCapacity(edges * 40)
    var seed: UInt64 = 42
    for _ in 1...edges {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let a = Int(seed >> 33) % nodes + 1
      let b = Int((seed >> 13) & 0xFFFFF) % nodes + 1
      edgeText += "\(a),\(b),MET_WITH,2023-11-27,,,\n"
    }
    let nodesPath = dir.appendingPathComponent("nodes.csv").path
    let edgesPath = dir.appendingPathComponent("edges.csv").path
    try nodeText.write(toFile: nodesPath, atomically: true, encoding: .utf8)
    try edgeText.write(toFile: edgesPath, atomically: true, encoding: .utf8)
    return (nodesPath, edgesPath)
  }

  /// What one consistent snapshot holds.
  struct Snapshot: Hashable, CustomStringConvertible {
    var nodes: Int
    var relationships: Int
    var labels: Int
    var aliases: Int
    var description: String { "\(nodes) nodes, \(relationships) rels, \(labels) labels, \(aliases) aliases" }
  }

  static func snapshot(_ store: GraphStore) throws -> Snapshot {
    try store.read { g in
      Snapshot(
        nodes: try Int.fetchOne(g.db, sql: "SELECT count(*) FROM node") ?? -1,
        relationships: try Int.fetchOne(g.db, sql: "SELECT count(*) FROM relationship") ?? -1,
        labels: try Int.fetchOne(g.db, sql: "SELECT count(*) FROM node WHERE label_id IS NOT NULL") ?? -1,
        aliases: try Int.fetchOne(g.db, sql: "SELECT count(*) FROM alias") ?? -1)
    }
  }

  @Test func readersDuringAnImportSeeBeforeOrAfterAndNeverALock() throws {
    let dir = try Scratch.directory("concurrency")
    let small = dir.appendingPathComponent("small")
    try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
    let seed = try Self.writeGraph(in: small, nodes: 10, edges: 20)
    let big = try Self.writeGraph(in: dir, nodes: 8_000, edges: 30_000)
    let db = dir.appendingPathComponent("graph.sqlite").path
    let first = try CLI.bilat(["import", "--db", db, "--nodes", seed.nodes, "--edges", seed.edges])
    #expect(first.status == 0, "stderr was: \(first.err)")
    let store = try GraphStore(path: db)
    let before = try Self.snapshot(store)

    let writer = try CLI.start(["import", "--db", db, "--nodes", big.nodes, "--edges", big.edges])
    var seen: [Snapshot: Int] = [:]
    var cliRuns = 0
    var readsWhileWriting = 0
    var failures: [String] = []
    while writer.isRunning {
      let snapshot = try Self.snapshot(store)
      seen[snapshot, default: 0] += 1
      if writer.isRunning { readsWhileWriting += 1 }
      let stats = try CLI.bilat(["stats", "--json", "--db", db], timeout: 60)
      cliRuns += 1
      if stats.status != 0 { failures.append("stats exit \(stats.status): \(stats.err)") }
      if let data = stats.out.data(using: .utf8),
        let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let nodes = json["nodes"] as? Int, let relationships = json["relationships"] as? Int
      {
        let pair = "\(nodes)/\(relationships)"
        if nodes != before.nodes && nodes != before.nodes + 8_000 { failures.append("stats saw \(pair)") }
      } else if stats.status == 0 {
        failures.append("stats printed no JSON: \(stats.out)")
      }
      let query = try CLI.bilat(
        [
          "query", "--db", db, "--format", "csv",
          "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n), count(r)",
        ],
        timeout: 60)
      cliRuns += 1
      let counts = query.out.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
      if query.status != 0 {
        failures.append("query exit \(query.status): \(query.err.prefix(300))")
      } else if counts != "\(before.nodes),\(before.relationships)"
        && counts != "\(before.nodes + 8_000),\(before.relationships + 30_000)"
      {
        failures.append("query saw \(counts)")
      }
      let export = try CLI.bilat(["export", "json", "--db", db], timeout: 60)
      cliRuns += 1
      if export.status != 0 {
        failures.append("export exit \(export.status): \(export.err.prefix(300))")
      } else if let problem = IngestConcurrencyTests.danglingEnds(export.out) {
        failures.append("export: \(problem)")
      }
    }
    #expect(writer.exitStatus == 0)
    let after = try Self.snapshot(store)
    #expect(after.nodes == before.nodes + 8_000)
    #expect(after.relationships == before.relationships + 30_000)
    #expect(failures.isEmpty, "\(failures)")
    #expect(readsWhileWriting > 0 && cliRuns > 0, "no read overlapped the import")
    for snapshot in seen.keys {
      #expect(snapshot == before || snapshot == after, "torn read: \(snapshot)")
    }
  }
}
