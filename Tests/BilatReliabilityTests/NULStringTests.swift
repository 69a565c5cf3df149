import Foundation
import GRDB
import Testing

/// A string holding U+0000 is the same string on every path an analyst uses: `ingest`, `create`,
/// `import` (CSV, JSON Lines, a Bilat JSON graph), query results and the three exports (which
/// write it as their format allows: `\u0000` in JSON, a space in DOT, U+FFFD in GraphML, where
/// XML 1.0 has no way to write it).
@Suite struct NULStringTests {
  /// The bytes SQLite holds for a text column, as hex (length counted in bytes, NULs included).
  static func storedHex(_ path: String, _ sql: String) throws -> [String] {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in try String.fetchAll(db, sql: sql) }
  }

  static func hex(_ text: String) -> String { text.utf8.map { String(format: "%02X", $0) }.joined() }

  @Test func createQueryAndExportKeepTheNUL() throws {
    let db = try Scratch.databasePath()
    let create = try CLI.bilat([
      "create", "--db", db,
      #"CREATE (a:Person {name: 'Ai\u0000gerim'})-[:MET_WITH {place: 'As\u0000tana'}]->(b:Person {name: 'Bolat'})"#,
    ])
    #expect(create.status == 0, "\(create.err)")
    #expect(try Self.storedHex(db, "SELECT hex(name) FROM node ORDER BY id") == [
      Self.hex("Ai\u{0}gerim"), Self.hex("Bolat"),
    ])
    let query = try CLI.bilat([
      "query", "--db", db, "--format", "json",
      #"MATCH (a)-[m:MET_WITH]->(b) WHERE a.name STARTS WITH 'Ai\u0000g' RETURN a.name, m.place, size(a.name) AS n"#,
    ])
    #expect(query.status == 0, "\(query.err)")
    let rows = try JSONSerialization.jsonObject(with: Data(query.out.utf8)) as? [[String: Any]]
    #expect(rows?.first?["a.name"] as? String == "Ai\u{0}gerim")
    #expect(rows?.first?["m.place"] as? String == "As\u{0}tana")
    #expect((rows?.first?["n"] as? NSNumber)?.intValue == 8)
    // Through the parameter path too.
    let parameter = try CLI.bilat([
      "query", "--db", db, "--format", "csv", "--param", #"name='Ai\u0000gerim'"#,
      "MATCH (a:Person {name: $name}) RETURN count(a) AS c",
    ])
    #expect(parameter.out == "c\n1\n", "\(parameter.err)")

    let json = try CLI.bilat(["export", "json", "--db", db])
    #expect(json.out.contains(#""name":"Ai\u0000gerim""#), "\(json.out)")
    #expect(json.out.contains(#""place":"As\u0000tana""#))
    let dot = try CLI.bilat(["export", "dot", "--db", db])
    #expect(dot.out.contains(#"label="Ai gerim""#), "\(dot.out)")
    let graphml = try CLI.bilat(["export", "graphml", "--db", db])
    #expect(graphml.out.contains("Ai\u{FFFD}gerim"))
    #expect(!graphml.out.contains("\u{0}"))

    // The JSON export imported into a new database gives the same graph back.
    let exported = try Scratch.directory("graph").appendingPathComponent("graph.json")
    try Data(json.out.utf8).write(to: exported)
    let copy = try Scratch.databasePath("copy")
    let imported = try CLI.bilat(["import", "--db", copy, "--graph", exported.path])
    #expect(imported.status == 0, "\(imported.err)")
    #expect(try CLI.bilat(["export", "json", "--db", copy]).out == json.out)
  }

  @Test(arguments: ["csv", "jsonl"])
  func importKeepsTheNUL(format: String) throws {
    let dir = try Scratch.directory("nul-import")
    let nodes = dir.appendingPathComponent("nodes.\(format)")
    let edges = dir.appendingPathComponent("edges.\(format)")
    if format == "csv" {
      try Data("id,kind,name,country\n1,Per\0son,Ai\0gerim,KZ\n2,City,Tash\0kent,UZ\n".utf8).write(to: nodes)
      try Data("src,dst,type,date,place,about,title\n1,2,VISITED\0,2024-05-01,,trade\0talks,\n".utf8).write(to: edges)
    } else {
      try Data(
        #"""
        {"id": 1, "kind": "Per\u0000son", "name": "Ai\u0000gerim", "country": "KZ"}
        {"id": 2, "kind": "City", "name": "Tash\u0000kent", "country": "UZ"}

        """#.utf8
      ).write(to: nodes)
      try Data(#"{"src": 1, "dst": 2, "type": "VISITED\u0000", "date": "2024-05-01", "about": "trade\u0000talks"}"#.utf8)
        .write(to: edges)
    }
    let db = dir.appendingPathComponent("graph.sqlite").path
    let outcome = try CLI.bilat(["import", "--db", db, "--nodes", nodes.path, "--edges", edges.path])
    #expect(outcome.status == 0, "\(outcome.err)")
    let query = try CLI.bilat([
      "query", "--db", db, "--format", "json",
      "MATCH (p)-[v]->(c:City) RETURN p.name, labels(p) AS l, type(v) AS t, v.about, c.name",
    ])
    let rows = try JSONSerialization.jsonObject(with: Data(query.out.utf8)) as? [[String: Any]]
    #expect(rows?.first?["p.name"] as? String == "Ai\u{0}gerim", "\(query.out) \(query.err)")
    #expect(rows?.first?["l"] as? [String] == ["Per\u{0}son"])
    #expect(rows?.first?["t"] as? String == "VISITED\u{0}")
    #expect(rows?.first?["v.about"] as? String == "trade\u{0}talks")
    #expect(rows?.first?["c.name"] as? String == "Tash\u{0}kent")
    #expect(try Self.storedHex(db, "SELECT hex(surface) FROM alias ORDER BY node_id") == [
      Self.hex("Ai\u{0}gerim"), Self.hex("Tash\u{0}kent"),
    ])
  }

  /// The reader refuses a NUL in an article's first 8 KiB as binary; past it the text is kept
  /// whole, and so are the evidence sentences around it.
  @Test func ingestKeepsTheNUL() throws {
    let dir = try Scratch.directory("nul-ingest")
    let filler = Array(repeating: "Delegations from both capitals reviewed freight volumes on the corridor.", count: 130)
      .joined(separator: " ")
    let sentence = "President Tokayev met Uzbek President Mirziyoyev in Tash\u{0}kent on 3 March 2024."
    let text = "# Talks on freight\n\n\(filler)\n\n\(sentence)\n"
    try Data(text.utf8).write(to: dir.appendingPathComponent("brief.md"))
    let db = dir.appendingPathComponent("graph.sqlite").path
    let outcome = try CLI.bilat(["ingest", "--quiet", "--db", db, dir.appendingPathComponent("brief.md").path])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(try Self.storedHex(db, "SELECT hex(text) FROM article") == [Self.hex(text)])
    let sentences = try Self.storedHex(db, "SELECT DISTINCT hex(sentence) FROM evidence WHERE instr(sentence, char(0)) > 0")
    #expect(sentences == [Self.hex(sentence)])
  }
}
