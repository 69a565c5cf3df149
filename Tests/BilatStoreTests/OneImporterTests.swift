import BilatCore
import Foundation
import GRDB
import Testing

@testable import BilatStore

/// The one importer (issue 11, item 4): CSV, JSON Lines and Bilat graph JSON go through the same
/// statements (`GraphLoader`) and the same load, and fail with the same error type
/// (`ImportError`) whose texts are pinned here; a failure leaves the database as it was.
@Suite struct OneImporterTests {
  private func file(_ name: String, _ text: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-one-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Every row of the graph tables, as text, to compare whole databases.
  private func dump(_ store: GraphStore) throws -> [String] {
    try store.read { g in
      var rows: [String] = []
      for (table, order) in [
        ("label", "id"), ("node", "id"), ("node_extra_label", "node_id, label_id"), ("relationship", "id"),
        ("alias", "node_id, surface"),
      ] {
        // Table names and orders come from the fixed list above.
        let all = try Row.fetchAll(g.db, sql: "SELECT * FROM \(table) ORDER BY \(order)")
        rows += all.map { "\(table): \($0)" }
      }
      return rows
    }
  }

  @Test func errorTextsArePinned() {
    #expect(ImportError(file: "g.json", line: 3, column: 9, message: "m").description == "g.json:3:9: error: m")
    #expect(ImportError(file: "n.csv", line: 7, message: "m").description == "n.csv:7: error: m")
    #expect(ImportError(file: "n.csv", message: "m").description == "n.csv: error: m")
    #expect(
      ImportError.unknownNode("e.csv", 4, id: "x9").description
        == "e.csv:4: error: relationship refers to unknown node id 'x9'")
  }

  /// The same mistake (an edge to a node nobody defined) in the three formats: one error type.
  @Test func theThreeFormatsFailWithTheSameErrorType() throws {
    let nodesCSV = try file("n.csv", "id,kind,name\n1,Person,Ann\n")
    let edgesCSV = try file("e.csv", "src,dst,type\n1,2,MET_WITH\n")
    let nodesJSONL = try file("n.jsonl", "{\"id\": 1, \"kind\": \"Person\"}\n")
    let edgesJSONL = try file("e.jsonl", "\n{\"src\": 1, \"dst\": 2, \"type\": \"MET_WITH\"}\n")
    let graph = try file(
      "g.json",
      "{\"nodes\":[{\"id\":1,\"labels\":[\"Person\"]}],\n\"relationships\":[{\"type\":\"MET_WITH\",\"start\":1,\"end\":2}]}"
    )
    #expect(throws: ImportError.unknownNode(edgesCSV, 2, id: "2")) {
      try GraphImporter.importFiles(nodes: nodesCSV, edges: edgesCSV, into: GraphStore())
    }
    #expect(throws: ImportError.unknownNode(edgesJSONL, 2, id: "2")) {
      try GraphImporter.importFiles(nodes: nodesJSONL, edges: edgesJSONL, into: GraphStore())
    }
    #expect(
      throws: ImportError(
        file: graph, line: 2, column: 53, message: "\"end\" refers to node id 2, which no node above has")
    ) {
      try GraphImporter.importGraph(from: URL(fileURLWithPath: graph), into: GraphStore())
    }
  }

  /// A bad element late in a graph JSON file, imported into a graph that already holds data:
  /// the message names file, line and column, and not one row of the file is left behind.
  @Test func aFailedGraphImportLeavesTheDatabaseAsItWas() throws {
    let store = try GraphStore(path: temporaryDatabasePath())
    _ = try GraphImporter.importGraph(
      json: "{\"nodes\":[{\"id\":1,\"labels\":[\"Country\"],\"properties\":{\"name\":\"Kazakhstan\"}}]}", into: store)
    let before = try dump(store)
    var nodes = (1...2000).map { "{\"id\":\($0),\"labels\":[\"Person\"],\"aliases\":[\"P \($0)\"]}" }
    nodes.append("{\"id\":\"x\",\"labels\":[7]}")
    let json = "{\"nodes\":[\n" + nodes.joined(separator: ",\n") + "\n]}"
    #expect(
      throws: ImportError(
        file: "big.json", line: 2002, column: 21, message: "\"labels\" must hold non-empty strings, not an integer")
    ) {
      try GraphImporter.importGraph(json: json, file: "big.json", into: store)
    }
    #expect(try dump(store) == before)
  }

  @Test func graphJSONKeepsTypesNULAndMapsIDs() throws {
    let store = try GraphStore()
    let json = """
      {"nodes":[
      {"id":"a","labels":["Person","Official"],"properties":{"name":"A\\u0000B","age":61,"score":0.5,"active":true,
        "tags":["x",1],"meta":{"k":"v"},"country":7}},
      {"id":40,"labels":[],"properties":{"name":"Plain"}}
      ],
      "relationships":[{"id":9,"type":"MET_WITH","start":"a","end":40,"properties":{"date":"2023-11-27","place":12}}]}
      """
    let summary = try GraphImporter.importGraph(json: json, into: store)
    #expect(summary.description == "imported 2 nodes, 1 relationships, 0 aliases, 0 evidence rows")
    let labels = try store.read { try $0.labels(of: 1) }
    let first = try store.read { try $0.nodeProperties(1) }
    let second = try store.read { try $0.nodeProperties(2) }
    let met = try store.read { try $0.relationships(type: "MET_WITH", between: 1, and: 2, directed: true) }
    let relationship = try store.read { try $0.relationshipProperties(1) }
    let columns = try store.read { g in
      try Row.fetchOne(g.db, sql: "SELECT hex(name) AS name, country IS NULL AS noCountry FROM node WHERE id = 1")
    }
    #expect(labels == ["Official", "Person"])
    #expect(
      first == [
        "name": .string("A\u{0}B"), "age": .int(61), "score": .double(0.5), "active": .bool(true),
        "tags": .list([.string("x"), .int(1)]), "meta": .map(["k": "v"]), "country": .int(7),
      ])
    // A hot key holding a string goes to its column (U+0000 kept); a non-string one stays in
    // props, typed.
    #expect(columns?["name"] == "410042")
    #expect(columns?["noCountry"] == true)
    #expect(second == ["name": "Plain"])
    #expect(met == [1])
    #expect(relationship == ["date": "2023-11-27", "place": .int(12)])
  }

  /// Rows from both kinds of file land in the same tables the same way: a node from CSV and the
  /// same node from graph JSON give the same row.
  @Test func csvAndGraphJSONWriteTheSameRows() throws {
    let fromCSV = try GraphStore()
    _ = try GraphImporter.importFiles(
      nodes: try file("n.csv", "id,kind,name,country\n5,Person,Ann Lee,KZ\n6,City,Astana,\n"),
      edges: try file("e.csv", "src,dst,type,date,place\n5,6,VISITED,2024-01-02,3\n"), into: fromCSV)
    let fromJSON = try GraphStore()
    _ = try GraphImporter.importGraph(
      json: """
        {"nodes":[{"id":1,"labels":["Person"],"aliases":["Ann Lee"],"properties":{"id":5,"name":"Ann Lee","country":"KZ"}},
        {"id":2,"labels":["City"],"aliases":["Astana"],"properties":{"id":6,"name":"Astana"}}],
        "relationships":[{"type":"VISITED","start":1,"end":2,"properties":{"date":"2024-01-02","place":3}}]}
        """, into: fromJSON)
    #expect(try dump(fromCSV) == dump(fromJSON))
  }
}
