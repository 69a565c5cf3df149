import Foundation
import Testing

/// `bilat export dot|json|graphml` end to end through the binary.
@Suite struct ExportCommandTests {
  let directory: URL
  let db: String

  init() throws {
    directory = try CLIRunner.temporaryDirectory()
    db = directory.appendingPathComponent("e.sqlite").path
    let created = try CLIRunner.run([
      "create", "--db", db,
      """
      CREATE (k:Country {name: 'Kazakhstan'}),
             (a:Person {name: 'Alikhan Smailov'})-[:MET_WITH {date: '2023-11-27', place: 'Astana'}]->
             (d:Person {name: 'Ding Xuexiang', country: 'China'}),
             (a)-[:HOLDS_ROLE {title: 'Prime Minister'}]->(k),
             (:Facility {name: 'Nur Zholy–Khorgos'})-[:LOCATED_IN]->(k)
      """,
    ])
    #expect(created.status == 0, "\(created.stderr)")
  }

  @Test func dotOfATypeToStandardOutput() throws {
    let r = try CLIRunner.run(["export", "dot", "--db", db, "--types", "MET_WITH", "--no-legend"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr == "")
    let body = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4)
    #expect(
      body.joined(separator: "\n") == """
          n2 [label="Alikhan Smailov", shape="ellipse", fillcolor="#AED6F1"];
          n3 [label="Ding Xuexiang", shape="ellipse", fillcolor="#AED6F1"];
          n2 -> n3 [label="MET_WITH\\n2023-11-27", color="#1F618D", fontcolor="#1F618D"];
        }

        """)
  }

  @Test func jsonToAFileReportsWhatItWrote() throws {
    let file = directory.appendingPathComponent("graph.json").path
    let r = try CLIRunner.run(["export", "json", "--db", db, "--around", "nur zholy-khorgos", "-o", file])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "")
    #expect(r.stderr == "wrote 2 nodes, 1 relationships to \(file)\n")
    let json = try String(contentsOfFile: file, encoding: .utf8)
    #expect(json.hasPrefix("{\"nodes\":[\n{\"id\":1,\"labels\":[\"Country\"]"))
    #expect(json.contains("\"Nur Zholy–Khorgos\""))
    // No temporary file left beside it: it was renamed into place.
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(!left.contains { $0.contains(".tmp-") })
  }

  @Test func renderSVG() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") else {
      Issue.record("Graphviz 'dot' is not installed (apt-get install graphviz); rendering was not checked")
      return
    }
    let file = directory.appendingPathComponent("graph.svg").path
    let r = try CLIRunner.run(["export", "dot", "--db", db, "--cluster", "country", "--render", "svg", "-o", file])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr == "wrote 4 nodes, 3 edges (3 relationships) to \(file)\n")
    #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Nur Zholy–Khorgos"))
  }

  @Test func errorsAreOneClearLine() throws {
    let missing = directory.appendingPathComponent("none.sqlite").path
    let r = try CLIRunner.run(["export", "graphml", "--db", missing])
    #expect(r.status == 1)
    #expect(
      r.stderr == "Error: no graph database at \(missing); run 'bilat ingest' or 'bilat import' first, or pass --db\n")
    #expect(!FileManager.default.fileExists(atPath: missing))
    let unknown = try CLIRunner.run(["export", "dot", "--db", db, "--around", "Nobody"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "Error: no entity is named 'Nobody'\n")
    let render = try CLIRunner.run(["export", "dot", "--db", db, "--render", "png"])
    #expect(render.status == 64)
    #expect(render.stderr.hasPrefix("Error: --render needs --output FILE\n"))
  }

  @Test func queryChoosesTheSubgraph() throws {
    let r = try CLIRunner.run([
      "export", "json", "--db", db, "--query", "MATCH p=(:Person)-[:HOLDS_ROLE]->(:Country) RETURN p",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"type\":\"HOLDS_ROLE\""))
    #expect(!r.stdout.contains("MET_WITH"))
  }
}
