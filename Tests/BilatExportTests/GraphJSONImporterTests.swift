import BilatCore
import BilatExport
import BilatStore
import Foundation
import Testing

@Suite struct GraphJSONImporterTests {
  /// Replaces node and relationship ids by their rank, so exports of two databases whose ids
  /// differ compare equal when the graphs are the same.
  static func canonical(_ json: String) throws -> String {
    var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    var nodes = try #require(object["nodes"] as? [[String: Any]])
    var relationships = try #require(object["relationships"] as? [[String: Any]])
    var rank: [Int: Int] = [:]
    for index in nodes.indices {
      rank[try #require(nodes[index]["id"] as? Int)] = index
      nodes[index]["id"] = index
    }
    for index in relationships.indices {
      relationships[index]["id"] = index
      relationships[index]["start"] = rank[try #require(relationships[index]["start"] as? Int)]
      relationships[index]["end"] = rank[try #require(relationships[index]["end"] as? Int)]
    }
    object["nodes"] = nodes
    object["relationships"] = relationships
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
    return String(decoding: data, as: UTF8.self)
  }

  static func write(_ text: String, name: String = "graph.json") throws -> URL {
    let url = TestSupport.temporaryFile(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  static func counts(_ store: GraphStore) throws -> [Int] {
    try store.read { db in
      try ["node", "relationship", "alias", "evidence", "node_extra_label"].map {
        // Table names come from the fixed list above.
        try Int.fetchOne(db.db, sql: "SELECT count(*) FROM \($0)") ?? -1
      }
    }
  }

  @Test func exportImportExportGivesTheSameGraph() throws {
    let original = try GraphStore()
    try FixtureGraph.build(into: original)
    // Gaps in the ids: the copy will number differently.
    try original.write { db in
      let gone = try db.createNode(labels: ["Person"], properties: ["name": "Removed"])
      try db.createNode(labels: ["Person", "Official"], properties: ["name": "Dana Iskakova"])
      try db.deleteNode(gone)
    }
    let first = try TestSupport.json(original)
    let file = try Self.write(first)
    defer { try? FileManager.default.removeItem(at: file) }

    let copy = try GraphStore()
    try copy.write { db in  // the article the evidence names must exist to be re-attached
      _ = try db.insertArticle(
        source: "news/2023-11-27-astana.txt", title: nil, outlet: nil, published: nil, url: nil,
        contentHash: "other-hash", text: FixtureGraph.articleText, nodeID: nil)
    }
    let summary = try GraphImporter.importGraph(from: file, into: copy)
    #expect(summary.nodes == 12)
    #expect(summary.relationships == 13)
    #expect(summary.aliases == 15)
    #expect(summary.evidence == 2)
    #expect(summary.droppedEvidence == 0)
    let second = try TestSupport.json(copy)
    #expect(try Self.canonical(second) == Self.canonical(first))
    #expect(second != first)  // ids did change (12 vs 13), only canonical forms agree
  }

  @Test func evidenceWithoutItsArticleIsDroppedAndCounted() throws {
    let original = try GraphStore()
    try FixtureGraph.build(into: original)
    let copy = try GraphStore()
    let summary = try GraphImporter.importGraph(json: try TestSupport.json(original), into: copy)
    #expect(summary.evidence == 0)
    #expect(summary.droppedEvidence == 2)
    #expect(
      summary.description
        == "imported 11 nodes, 13 relationships, 15 aliases, 0 evidence rows; dropped 2 evidence rows whose "
        + "article is not in this database (ingest it first)")
    #expect(try Self.counts(copy)[3] == 0)
  }

  @Test(arguments: [
    (
      "{\"nodes\":[\n{\"id\":1,\"labels\":[\"A\"]},\n{\"id\":2 \"labels\":[]}\n]}",
      "3:9: error: expected ',' or '}', found '\"'"
    ),
    (
      "{\"nodes\":[{\"id\":1}],\n \"relationships\":[{\"type\":\"R\",\"start\":1,\"end\":7}]}",
      "2:47: error: \"end\" refers to node id 7, which no node above has"
    ),
    ("{\"nodes\":[{\"id\":1},\n  {\"id\":1}]}", "2:3: error: node id 1 appears twice"),
    ("{\"nodes\":[{\"labels\":[\"A\"]}]}", "1:11: error: a node needs \"id\""),
    (
      "{\"nodes\":[{\"id\":1,\"labels\":\"Person\"}]}",
      "1:28: error: \"labels\" must be an array of strings, not a string"
    ),
    (
      "{\"nodes\":[{\"id\":1}],\"relationships\":[{\"start\":1,\"end\":1}]}",
      "1:38: error: a relationship needs a non-empty string \"type\""
    ),
    ("{\"nodes\":[{\"id\":1,\"properties\":{\"n\":01}}]}", "1:39: error: invalid number '01'"),
    (
      "{\"nodes\":[{\"id\":1,\"properties\":{\"s\":\"Nur Zholy–Khorgos\n\"}}]}",
      "1:55: error: control character byte 0x0A in a string; escape it"
    ),
    ("{\"nodes\":[{\"id\":1}]", "1:20: error: expected ',' or '}', found end of file"),
    ("{\"nodes\":[]} trailing", "1:14: error: unexpected 't' after the end of the document"),
    ("[]", "1:1: error: expected '{', found '['"),
    (
      "{\"nodes\":[{\"id\":1,\"evidence\":[{\"article\":\"a\",\"start\":5,\"end\":2}]}]}",
      "1:31: error: evidence needs 0 <= start <= end"
    ),
  ])
  func badFileNamesLineAndColumnAndChangesNothing(json: String, message: String) throws {
    let store = try GraphStore()
    try FixtureGraph.build(into: store)
    let before = try Self.counts(store)
    let file = try Self.write(json, name: "bad.json")
    defer { try? FileManager.default.removeItem(at: file) }
    #expect {
      try GraphImporter.importGraph(from: file, into: store)
    } throws: { error in
      "\(error)" == "\(file.path):\(message)"
    }
    #expect(try Self.counts(store) == before)
  }

  @Test func failedImportIntoAnEmptyDatabaseKeepsItsIndexes() throws {
    let store = try GraphStore()
    let indexes = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
    let before = try store.read { db in try String.fetchAll(db.db, sql: indexes) }
    #expect {
      try GraphImporter.importGraph(json: "{\"nodes\":[{\"id\":1},{\"id\":1}]}", into: store)
    } throws: { error in
      "\(error)" == "<input>:1:20: error: node id 1 appears twice"
    }
    #expect(try store.read { db in try String.fetchAll(db.db, sql: indexes) } == before)
    #expect(try Self.counts(store) == [0, 0, 0, 0, 0])
    // A good import into the empty database rebuilds them too.
    _ = try GraphImporter.importGraph(json: "{\"nodes\":[{\"id\":1,\"aliases\":[\"Astana\"]}]}", into: store)
    #expect(try store.read { db in try String.fetchAll(db.db, sql: indexes) } == before)
    #expect(try store.read { db in try db.nodes(withAlias: "ASTANA") } == [1])
  }

  @Test func longStringsAcrossReadChunksKeepTextAndColumns() throws {
    // 2.4 million characters, 3.6 MB of UTF-8: spans several 1 MiB read chunks.
    let name = String(repeating: "Қазақстан–China ", count: 150_000)
    let prefix = "{\"nodes\":[{\"id\":1,\"properties\":{\"name\":\"\(name)\"}},"
    let file = try Self.write(prefix + "{\"id\":1}]}", name: "long.json")
    defer { try? FileManager.default.removeItem(at: file) }
    let store = try GraphStore()
    #expect {
      try GraphImporter.importGraph(from: file, into: store)
    } throws: { error in
      "\(error)" == "\(file.path):1:\(prefix.count + 1): error: node id 1 appears twice"
    }
    let good = try Self.write(prefix.dropLast() + "]}", name: "long-good.json")
    defer { try? FileManager.default.removeItem(at: good) }
    _ = try GraphImporter.importGraph(from: good, into: store)
    #expect(try store.read { db in try db.nodeProperties(1)["name"] } == .string(name))
  }

  @Test func missingFileIsAClearError() throws {
    let store = try GraphStore()
    let url = URL(fileURLWithPath: "/nonexistent/graph.json")
    #expect {
      try GraphImporter.importGraph(from: url, into: store)
    } throws: { error in
      "\(error)".hasPrefix("/nonexistent/graph.json: error: cannot open")
    }
  }

  @Test func acceptsStringIdsAndUnknownMembers() throws {
    let store = try GraphStore()
    let json = """
      {"meta":{"exporter":"other"},"nodes":[{"id":"a","labels":["Person"],"type":"node","properties":{"name":"Ding Xuexiang","x":null}},
      {"id":"b","labels":["Country"],"properties":{"name":"China"}}],
      "relationships":[{"type":"HOLDS_ROLE","start":"a","end":"b","properties":{"title":"First Vice Premier"}}]}
      """
    let summary = try GraphImporter.importGraph(json: json, into: store)
    #expect(summary.nodes == 2 && summary.relationships == 1)
    let properties = try store.read { db in try db.nodeProperties(1) }
    #expect(properties == ["name": "Ding Xuexiang"])
  }

  @Test func escapesAndSurrogatePairsDecode() throws {
    let store = try GraphStore()
    let json =
      #"{"nodes":[{"id":1,"properties":{"name":"Nur Zholy\u2013Khorgos \ud83c\uddf0\ud83c\uddff \"q\" \\ \/"}}]}"#
    _ = try GraphImporter.importGraph(json: json, into: store)
    let name = try store.read { db in try db.nodeProperties(1)["name"] }
    #expect(name == "Nur Zholy–Khorgos 🇰🇿 \"q\" \\ /")
  }
}
