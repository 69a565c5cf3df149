import BilatCore
import Foundation
import GRDB
import Testing

@testable import BilatStore

/// The importer's fast paths (byte-slice CSV fields, in-place JSON lines, dense id map, load
/// settings) must not change what gets stored. No timing here: `bilat-bench` measures.
@Suite struct ImportPerformanceShapeTests {
  /// Writes `text` to a temporary file named `name` and returns its path.
  private func file(_ name: String, _ text: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  private func properties(_ store: GraphStore, alias: String) throws -> [String: PropertyValue] {
    try store.read { g in
      let node = try #require(try g.nodes(withAlias: alias).first)
      return try g.nodeProperties(node)
    }
  }

  @Test func connectionSettingsAreRestoredAndReferencesHold() throws {
    let store = try GraphStore(path: temporaryDatabasePath())
    let before = try store.writer.writeWithoutTransaction { db in
      [
        try Int.fetchOne(db, sql: "PRAGMA cache_size"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
        try Int.fetchOne(db, sql: "PRAGMA cache_spill"),
      ]
    }
    #expect(before[1] == 1)
    _ = try GraphImporter.importFiles(nodes: fixture("nodes.csv"), edges: fixture("edges.csv"), into: store)
    let (foreignKeys, cacheSize, cacheSpill, violations) = try store.writer.writeWithoutTransaction { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), try Int.fetchOne(db, sql: "PRAGMA cache_size"),
        try Int.fetchOne(db, sql: "PRAGMA cache_spill"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
      )
    }
    #expect(foreignKeys == 1)
    #expect(cacheSize == before[0])
    // The load kept dirty pages in memory up to its large cache; spilling is back to SQLite's default.
    #expect(cacheSpill == before[2])
    // Foreign keys were not checked row by row during the load; they hold all the same.
    #expect(violations.isEmpty)
  }

  @Test func nodeAndRelationshipIDsFollowFileOrder() throws {
    let store = try GraphStore()
    _ = try GraphImporter.importFiles(nodes: fixture("nodes.csv"), edges: fixture("edges.csv"), into: store)
    try store.read { g in
      let fileIDs = try Int64.fetchAll(
        g.db, sql: "SELECT props ->> '$.id' FROM node ORDER BY id")
      #expect(fileIDs == [1, 2, 10, 11, 20, 30])
      let types = try String.fetchAll(
        g.db, sql: "SELECT \(RelationshipTypeSQL.name("type_id")) FROM relationship ORDER BY id")
      #expect(types == ["MET_WITH", "HOLDS_ROLE", "AGREED", "LOCATED_IN"])
      // Each type was registered once, in the import's transaction, in the order first seen.
      let registered = try String.fetchAll(g.db, sql: "SELECT id || ' ' || name FROM relationship_type ORDER BY id")
      #expect(registered == ["1 MET_WITH", "2 HOLDS_ROLE", "3 AGREED", "4 LOCATED_IN"])
    }
  }

  @Test func idsAreTextAsWritten() throws {
    let store = try GraphStore()
    let nodes = try file(
      "nodes.csv", "id,kind,name\n7,Person,Seven\n07,Person,Oh Seven\n123456789012,Person,Big\nabc,Person,Letters\n")
    let edges = try file("edges.csv", "src,dst,type\n7,07,MET_WITH\n123456789012,abc,MET_WITH\n")
    let summary = try GraphImporter.importFiles(nodes: nodes, edges: edges, into: store)
    #expect(summary.nodes == 4 && summary.relationships == 2)
    #expect(try properties(store, alias: "Oh Seven")["id"] == .int(7))
    #expect(try properties(store, alias: "Big")["id"] == .int(123_456_789_012))
    #expect(try properties(store, alias: "Letters")["id"] == "abc")
    let pairs = try store.read { g in
      try Row.fetchAll(
        g.db,
        sql: """
          SELECT s.name AS s, e.name AS e FROM relationship r
          JOIN node s ON s.id = r.start_id
          JOIN node e ON e.id = r.end_id ORDER BY r.id
          """
      ).map { [$0["s"] as String, $0["e"] as String] }
    }
    #expect(pairs == [["Seven", "Oh Seven"], ["Big", "Letters"]])
  }

  @Test func duplicateIDsAreReportedWhateverTheirForm() throws {
    for (ids, shown) in [("5\n5", "5"), ("123456789012\n123456789012", "123456789012"), ("x\nx", "x")] {
      let lines = ids.split(separator: "\n").enumerated().map { "\($0.element),Person,N\($0.offset)" }
      let nodes = try file("nodes.csv", "id,kind,name\n" + lines.joined(separator: "\n") + "\n")
      #expect(throws: ImportError(file: nodes, line: 3, message: "duplicate node id '\(shown)'")) {
        try GraphImporter.importFiles(nodes: nodes, edges: nil, into: GraphStore())
      }
    }
  }

  @Test func csvEdgeCases() throws {
    let store = try GraphStore()
    // CRLF line ends, a BOM, a quoted field with a doubled quote and a line break, an empty
    // field (not stored), a repeated column (the last non-empty value wins).
    let nodes = try file(
      "nodes.csv",
      "\u{FEFF}id,kind,name,note,note\r\n1,Person,\"Ann \"\"A\"\"\nB\",first,\r\n2,Person,Bob,,second\r\n")
    _ = try GraphImporter.importFiles(nodes: nodes, edges: nil, into: store)
    #expect(try properties(store, alias: "Ann \"A\"\nB") == ["id": .int(1), "name": "Ann \"A\"\nB", "note": "first"])
    #expect(try properties(store, alias: "Bob") == ["id": .int(2), "name": "Bob", "note": "second"])
  }

  @Test func invalidUTF8InCSVIsReportedWithItsLine() throws {
    var bytes = Array("id,kind,name\n1,Person,Ann\n2,Person,B".utf8)
    bytes.append(0xFF)
    bytes.append(contentsOf: Array("b\n".utf8))
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("nodes.csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(throws: ImportError(file: path, line: 3, message: "invalid UTF-8")) {
      try GraphImporter.importFiles(nodes: path, edges: nil, into: GraphStore())
    }
  }

  /// Lines in the plain shape are scanned in place, others go through JSONSerialization; both
  /// must store the same thing.
  @Test func jsonLinesFastAndGeneralPathsAgree() throws {
    let store = try GraphStore()
    let nodes = try file(
      "nodes.jsonl",
      """
      {"id": 1, "kind": "Country", "name": "Kazakhstan"}
      {"kind":"Person","id":2,"name":"Alikhan Smailov","country":"Kazakhstan","note":null}
      {"id": 3, "kind": "Person", "name": "Ding \\"DX\\" Xuexiang", "country": "China"}
      {"id": "4", "kind": "City", "name": "Astana\\u0021", "rank": 1.5}
      {"id": 5, "kind": "City", "name": "Nur-Sultan", "country": ""}
      \t\r
      """)
    let edges = try file(
      "edges.jsonl",
      """
      {"src": 2, "dst": 3, "type": "MET_WITH", "date": "2023-11-27", "place": 4}
      {"src": 3, "dst": 2, "type": "MET_WITH", "place": "4"}
      {"src": 2, "dst": 1, "type": "HOLDS_ROLE", "title": "Prime Minister \\u2014 KZ"}
      """)
    let summary = try GraphImporter.importFiles(nodes: nodes, edges: edges, into: store)
    #expect(summary.nodes == 5 && summary.relationships == 3)
    #expect(
      try properties(store, alias: "Alikhan Smailov") == [
        "id": .int(2), "name": "Alikhan Smailov", "country": "Kazakhstan",
      ])
    #expect(try properties(store, alias: "Ding \"DX\" Xuexiang")["country"] == "China")
    #expect(try properties(store, alias: "Astana!") == ["id": .int(4), "name": "Astana!", "rank": "1.5"])
    #expect(try properties(store, alias: "Nur-Sultan") == ["id": .int(5), "name": "Nur-Sultan"])
    try store.read { g in
      let places = try Row.fetchAll(
        g.db,
        sql: """
          SELECT json_type(props, '$.place') AS value_type FROM relationship
          WHERE props ->> '$.place' IS NOT NULL ORDER BY id
          """)
      #expect(places.map { $0["value_type"] as String } == ["integer", "integer"])
      let title = try String.fetchOne(
        g.db, sql: "SELECT props ->> '$.title' FROM relationship WHERE props ->> '$.title' IS NOT NULL")
      #expect(title == "Prime Minister — KZ")
    }
  }

  @Test(arguments: [
    ("{\"id\": 1, \"kind\": \"Person\", \"name\": \"A\"}\n[1, 2]\n", 2, "expected a JSON object"),
    ("{\"id\": 1, \"kind\": \"Person\", \"tags\": [\"a\"]}\n", 1, "field 'tags' must be a string or a number"),
    ("{\"id\": 1, \"kind\": \"Person\"\n", 1, "not a JSON object: {\"id\": 1, \"kind\": \"Person\""),
    ("{\"id\": 1, \"name\": \"A\"}\n", 1, "a node needs 'id' and 'kind'"),
  ])
  func jsonLineErrors(text: String, line: Int, reason: String) throws {
    let nodes = try file("nodes.jsonl", text)
    #expect(throws: ImportError(file: nodes, line: line, message: reason)) {
      try GraphImporter.importFiles(nodes: nodes, edges: nil, into: GraphStore())
    }
  }

  @Test func importIntoANonEmptyGraphKeepsIndexesAndAppends() throws {
    let store = try GraphStore()
    _ = try store.write { try $0.createNode(labels: ["Country"], properties: ["name": "Mongolia"]) }
    let summary = try GraphImporter.importFiles(nodes: fixture("nodes.csv"), edges: fixture("edges.csv"), into: store)
    #expect(summary.nodes == 6)
    #expect(summary.phases.map(\.name) == ["read files", "nodes", "relationships", "statistics", "commit"])
    let (nodes, astana, indexes) = try store.read { g in
      (
        try g.statistics().nodes, try g.nodes(withAlias: "Astana").count,
        try Int.fetchOne(g.db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'relationship_out'")
      )
    }
    #expect(nodes == 7 && astana == 1 && indexes == 1)
  }

  @Test func plainNumbersAndIntegersParseLikeSwift() {
    let samples = [
      "0", "7", "07", "+7", "-7", "-", "+", "", "12a", "9223372036854775807", "9223372036854775808",
      "-9223372036854775808", "-9223372036854775809", "123456789012345678", "1234567890123456789",
    ]
    for sample in samples {
      let bytes = Array(sample.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        #expect(ImportIDMap.integer(buffer) == Int64(sample), "\(sample)")
        let plain = ImportIDMap.plainNumber(buffer)
        let expected =
          sample.count <= 18 && (sample == "0" || (sample.first != "0" && sample.allSatisfy(\.isNumber)))
            && !sample.isEmpty ? Int(sample) : nil
        #expect(plain == expected, "\(sample)")
      }
    }
  }
}
