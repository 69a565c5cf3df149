import BilatStore
import Foundation
import Testing

/// `bilat import` with bad input: the message names the file and line, the exit status is 1, and
/// the database is exactly as it was (the import is one transaction).
@Suite struct ImportFailureTests {
  static let goodNodes = "id,kind,name,country\n1,Country,Kazakhstan,\n2,Country,China,\n3,Person,Alikhan Smailov,1\n"
  static let goodEdges = "src,dst,type,date,place,about,title\n3,1,CITIZEN_OF,,,,\n1,2,BORDERS,,,,\n"

  /// A bad input: the files to write (name → bytes), which are nodes and edges, and the message.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var files: [String: [UInt8]]
    var nodes: String
    var edges: String?
    /// Expected stderr line, with `DIR/` standing for the folder of the files.
    var message: String
    var testDescription: String { name }
  }

  static func manyNodes(_ count: Int, thenLine bad: String) -> [UInt8] {
    var text = "id,kind,name,country\n"
    for i in 1...count { text += "\(i),Person,Person \(i),\n" }
    return Array((text + bad + "\n").utf8)
  }

  static let cases: [Case] = [
    Case(
      name: "bad row deep in a large file", files: ["n.csv": manyNodes(5000, thenLine: "5001,Person")],
      nodes: "n.csv", message: "DIR/n.csv:5002: error: expected 4 fields (id,kind,name,country), found 2"),
    Case(
      name: "invalid UTF-8 in a CSV field",
      files: ["n.csv": Array("id,kind,name,country\n1,Country,Kaz".utf8) + [0xFF, 0xFE] + Array("stan,\n".utf8)],
      nodes: "n.csv", message: "DIR/n.csv:2: error: invalid UTF-8"),
    Case(
      name: "binary file as nodes", files: ["n.csv": [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x0A, 0x00, 0xFF]],
      nodes: "n.csv", message: "DIR/n.csv:1: error: missing column(s) id, kind; the file looks binary, not CSV\n"),
    Case(
      name: "empty nodes file", files: ["n.csv": []], nodes: "n.csv",
      message: "DIR/n.csv: error: the file is empty; expected a header row"),
    Case(
      name: "missing column", files: ["n.csv": Array("id,name\n1,Kazakhstan\n".utf8)], nodes: "n.csv",
      message: "DIR/n.csv:1: error: missing column(s) kind; header is id,name"),
    Case(
      name: "duplicate node id", files: ["n.csv": Array((goodNodes + "2,Country,Mongolia,\n").utf8)], nodes: "n.csv",
      message: "DIR/n.csv:5: error: duplicate node id '2'"),
    Case(
      name: "edge to an unknown node",
      files: [
        "n.csv": Array(goodNodes.utf8), "e.csv": Array((goodEdges + "1,'; DROP TABLE node; --,MET_WITH,,,,\n").utf8),
      ],
      nodes: "n.csv", edges: "e.csv",
      message: "DIR/e.csv:4: error: relationship refers to unknown node id '\'; DROP TABLE node; --'"),
    Case(
      name: "unclosed quote at the end",
      files: ["n.csv": Array(goodNodes.utf8), "e.csv": Array((goodEdges + "1,2,MET_WITH,\"2023-11-27,,,\n").utf8)],
      nodes: "n.csv", edges: "e.csv", message: "DIR/e.csv:4: error: a quoted field is not closed"),
    Case(
      name: "JSON Lines: not an object",
      files: ["n.jsonl": Array("{\"id\": 1, \"kind\": \"Country\"}\n[1, 2]\n".utf8)], nodes: "n.jsonl",
      message: "DIR/n.jsonl:2: error: expected a JSON object"),
    Case(
      name: "JSON Lines: truncated object",
      files: ["n.jsonl": Array("{\"id\": 1, \"kind\": \"Country\"}\n\n{\"id\": 2, \"kind\": \"Cou\n".utf8)],
      nodes: "n.jsonl", message: "DIR/n.jsonl:3: error: not a JSON object: {\"id\": 2, \"kind\": \"Cou"),
    Case(
      name: "JSON Lines: nested value",
      files: ["n.jsonl": Array("{\"id\": 1, \"kind\": \"Country\", \"name\": {\"en\": \"Kazakhstan\"}}\n".utf8)],
      nodes: "n.jsonl", message: "DIR/n.jsonl:1: error: field 'name' must be a string or a number"),
    Case(
      name: "JSON Lines: invalid UTF-8",
      files: ["n.jsonl": Array("{\"id\": 1, \"kind\": \"C".utf8) + [0xC3, 0x28] + [0x22, 0x7D, 0x0A]],
      nodes: "n.jsonl", message: "DIR/n.jsonl: error: not valid UTF-8"),
    Case(
      name: "JSON Lines: deeply nested",
      files: ["n.jsonl": Array((String(repeating: "[", count: 100_000) + "\n").utf8)],
      nodes: "n.jsonl", message: "DIR/n.jsonl:1: error: not a JSON object: " + String(repeating: "[", count: 60)),
  ]

  @Test(arguments: cases)
  func badInputNamesFileAndLineAndLeavesTheDatabaseAsItWas(_ c: Case) throws {
    let dir = try Scratch.directory("import")
    for (name, bytes) in c.files {
      #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(bytes)))
    }
    let good = dir.appendingPathComponent("good")
    try FileManager.default.createDirectory(at: good, withIntermediateDirectories: true)
    try Self.goodNodes.write(to: good.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
    try Self.goodEdges.write(to: good.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
    let db = dir.appendingPathComponent("graph.sqlite").path
    let first = try CLI.bilat([
      "import", "--db", db, "--nodes", good.appendingPathComponent("nodes.csv").path,
      "--edges", good.appendingPathComponent("edges.csv").path,
    ])
    #expect(first.status == 0, "stderr was: \(first.err)")
    let before = try Fingerprint.of(db)

    var arguments = ["import", "--db", db, "--nodes", dir.appendingPathComponent(c.nodes).path]
    if let edges = c.edges { arguments += ["--edges", dir.appendingPathComponent(edges).path] }
    let outcome = try CLI.bilat(arguments, timeout: 60)
    #expect(!outcome.timedOut)
    #expect(outcome.status == 1)
    // ArgumentParser prefixes the error with "Error: ".
    let expected = "Error: " + c.message.replacingOccurrences(of: "DIR/", with: dir.path + "/")
    #expect(outcome.err.hasPrefix(expected), "stderr was: \(outcome.err)")
    #expect(outcome.out.isEmpty)
    #expect(try Fingerprint.of(db) == before)
  }

  /// Files that are not regular files: a missing file, a folder, a FIFO with no writer (reading
  /// it would block forever). Each fails with the path named and changes nothing.
  @Test(arguments: ["missing", "folder", "fifo"])
  func unreadableNodesFileFailsQuickly(kind: String) throws {
    let dir = try Scratch.directory("import-special")
    let path = dir.appendingPathComponent("nodes.csv").path
    switch kind {
    case "folder": try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    case "fifo": #expect(mkfifo(path, 0o644) == 0)
    default: break
    }
    let db = dir.appendingPathComponent("graph.sqlite").path
    _ = try GraphStore(path: db)  // an empty graph to compare against
    let before = try Fingerprint.of(db)
    let outcome = try CLI.bilat(["import", "--db", db, "--nodes", path], timeout: 20)
    #expect(!outcome.timedOut, "bilat import blocked on a \(kind)")
    #expect(outcome.status == 1)
    #expect(outcome.err.hasPrefix("Error: \(path): error: "), "stderr was: \(outcome.err)")
    #expect(try Fingerprint.of(db) == before)
  }
}
