import BilatCore
import Foundation
import GRDB
import Testing

@testable import BilatStore

@Suite struct GraphImporterTests {
  @Test(arguments: [("nodes.csv", "edges.csv", 6, 4), ("nodes.jsonl", "edges.jsonl", 3, 2)])
  func importsCSVAndJSONLines(nodes: String, edges: String, nodeCount: Int, edgeCount: Int) throws {
    let store = try GraphStore(path: temporaryDatabasePath())
    let indexSQL = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    let indexesBefore = try store.read { try Row.fetchAll($0.db, sql: indexSQL) }
    let summary = try GraphImporter.importFiles(nodes: fixture(nodes), edges: fixture(edges), into: store)
    #expect(summary.nodes == nodeCount)
    #expect(summary.relationships == edgeCount)
    let stats = try store.read { try $0.statistics() }
    #expect(stats.nodes == nodeCount)
    #expect(stats.relationships == edgeCount)
    #expect(stats.nodesByLabel["Country"] == 2)
    // Indexes dropped for the bulk load are all back.
    #expect(try store.read { try Row.fetchAll($0.db, sql: indexSQL) } == indexesBefore)
  }

  @Test func quotedFieldsAndTypedPropertiesSurvive() throws {
    let store = try GraphStore()
    _ = try GraphImporter.importFiles(nodes: fixture("nodes.csv"), edges: fixture("edges.csv"), into: store)
    try store.read { g in
      let facility = try #require(try g.nodes(withAlias: "nur zholy-khorgos checkpoint, \"khorgos\"").first)
      #expect(try g.nodeProperties(facility)["name"] == "Nur Zholy–Khorgos checkpoint, \"Khorgos\"")
      #expect(try g.nodeProperties(facility)["id"] == .int(20))
      let agreed = try #require(try Int64.fetchOne(g.db, sql: "SELECT id FROM relationship "
          + "WHERE type_id = (SELECT id FROM relationship_type WHERE name = 'AGREED')"))
      #expect(try g.relationshipProperties(agreed)["about"] == "raise the capacity of checkpoints, around the clock")
      let met = try #require(try Int64.fetchOne(g.db, sql: "SELECT id FROM relationship "
          + "WHERE type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')"))
      #expect(try g.relationshipProperties(met) == ["date": "2023-11-27", "place": .int(30)])
    }
  }

  @Test(arguments: [
    (
      "edges-bad-row.csv",
      "edges-bad-row.csv:3: error: expected 7 fields (src,dst,type,date,place,about,title), found 6"
    ),
    ("edges-unknown-node.csv", "edges-unknown-node.csv:3: error: relationship refers to unknown node id '99'"),
    ("edges-bad-quote.csv", "edges-bad-quote.csv:2: error: a quoted field is not closed"),
    (
      "edges-bad.jsonl",
      "edges-bad.jsonl:2: error: not a JSON object: {\"src\": 10, \"dst\": 11, \"type\": \"MET_WITH\","
    ),
  ])
  func badRowsNameFileAndLineAndLeaveTheDatabaseAsItWas(file: String, message: String) throws {
    let store = try GraphStore(path: temporaryDatabasePath())
    try store.write { try $0.createNode(labels: ["Country"], properties: ["name": "Mongolia"]) }
    let before = try store.read { try $0.statistics() }
    let edges = try fixture(file)
    do {
      _ = try GraphImporter.importFiles(nodes: fixture("nodes.csv"), edges: edges, into: store)
      Issue.record("the import of \(file) should have failed")
    } catch let error as ImportError {
      #expect(error.description == edges.replacingOccurrences(of: file, with: "") + message)
    }
    #expect(try store.read { try $0.statistics() } == before)
  }

  static let sharedGenerator = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../shared/bench/gen_graph.py").standardized.path

  /// The shared small workload, when `../shared/bench` is beside the checkout.
  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: sharedGenerator), "needs ../shared/bench beside the checkout"))
  func importsTheSharedSmallWorkload() throws {
    let generator = Self.sharedGenerator
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-small-\(UUID().uuidString)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", generator, "--scale", "small", "--out", out.path]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("meta.json")))
    let metaDictionary = try #require(meta as? [String: Any])
    let store = try GraphStore(path: temporaryDatabasePath())
    let summary = try GraphImporter.importFiles(
      nodes: out.appendingPathComponent("nodes.csv").path, edges: out.appendingPathComponent("edges.csv").path,
      into: store)
    #expect(summary.nodes == metaDictionary["nodes"] as? Int)
    #expect(summary.relationships == metaDictionary["edges"] as? Int)
    let stats = try store.read { try $0.statistics() }
    #expect(stats.nodesByLabel == (metaDictionary["node_kinds"] as? [String: Int]))
    #expect(stats.relationshipsByType == (metaDictionary["edge_types"] as? [String: Int]))
  }
}
