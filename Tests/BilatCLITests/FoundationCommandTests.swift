import Foundation
import Testing

@Suite struct FoundationCommandTests {
  @Test func importThenStatsUsesBILAT_DBAndCountsEverything() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let db = dir.appendingPathComponent("env.sqlite").path
    let imported = try CLIRunner.run(
      ["import", "--nodes", CLIRunner.fixture("nodes.csv"), "--edges", CLIRunner.fixture("edges.csv")],
      in: dir, environment: ["BILAT_DB": db])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.hasPrefix("imported 6 nodes and 4 relationships in "))
    let stats = try CLIRunner.run(["stats", "--db", db, "--json"], in: dir)
    #expect(stats.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
    #expect(json["nodes"] as? Int == 6)
    #expect(json["relationships"] as? Int == 4)
    #expect((json["relationshipsByType"] as? [String: Int])?["MET_WITH"] == 1)
  }

  @Test func defaultDatabaseIsInTheWorkingDirectory() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let imported = try CLIRunner.run(["import", "--nodes", CLIRunner.fixture("nodes.csv")], in: dir)
    #expect(imported.status == 0)
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("bilat.sqlite").path))
    let result = try CLIRunner.run(["stats"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout.contains("nodes         6"))
  }

  @Test(arguments: [
    ["stats"], ["who-met", "Tokayev"], ["projects"], ["agreements"], ["shell"], ["query", "RETURN 1"],
  ])
  func readingCommandsRefuseAMissingDatabase(arguments: [String]) throws {
    let dir = try CLIRunner.temporaryDirectory()
    let result = try CLIRunner.run(arguments + ["--db", "typo.sqlite"], in: dir, stdin: "")
    #expect(result.status != 0)
    #expect(
      result.stderr
        == "Error: no graph database at typo.sqlite; run 'bilat ingest' or 'bilat import' first, or pass --db\n")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("typo.sqlite").path))
  }

  @Test func aBadRowIsOneClearLineAndANonZeroExit() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let db = dir.appendingPathComponent("g.sqlite").path
    let edges = CLIRunner.fixture("edges-bad-row.csv")
    let result = try CLIRunner.run(
      ["import", "--db", db, "--nodes", CLIRunner.fixture("nodes.csv"), "--edges", edges], in: dir)
    #expect(result.status != 0)
    #expect(
      result.stderr
        == "Error: \(edges):3: error: expected 7 fields (src,dst,type,date,place,about,title), found 6\n")
    let stats = try CLIRunner.run(["stats", "--db", db, "--json"], in: dir)
    #expect(stats.stdout.contains("\"nodes\" : 0"))
  }

  @Test func missingFileIsNamed() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let result = try CLIRunner.run(["import", "--db", "x.sqlite", "--nodes", "nope.csv"], in: dir)
    #expect(result.status != 0)
    #expect(result.stderr.hasPrefix("Error: nope.csv: error: cannot read the file"))
  }

  @Test func importHelpIsComplete() throws {
    let result = try CLIRunner.run(["import", "--help"])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        OVERVIEW: Bulk load nodes and relationships from CSV or JSON Lines files, or a
        Bilat JSON export.

        Nodes: columns id,kind,name,country (kind becomes the label). Edges: columns
        src,dst,type,date,place,about,title (type becomes the relationship type; src
        and dst are node ids of the nodes file). Files ending in .jsonl or .ndjson are
        read as JSON Lines with the same keys, others as CSV with a header row. Empty
        fields are not stored. With --graph, the file is a graph written by 'bilat
        export json'. The whole import is one transaction: a bad row is reported with
        its file and line and nothing is written.

        USAGE: bilat import [--db <path>] [--nodes <file>] [--edges <file>] [--graph <file>]

        OPTIONS:
          --db <path>             The graph database file (default: $BILAT_DB, else
                                  bilat.sqlite in the working directory).
          --nodes <file>          The nodes file.
          --edges <file>          The edges (relationships) file.
          --graph <file>          A graph written by 'bilat export json'.
          --version               Show the version.
          -h, --help              Show help information.


        """)
  }

  @Test func importNeedsAFile() throws {
    let result = try CLIRunner.run(["import", "--db", "x.sqlite"], in: try CLIRunner.temporaryDirectory())
    #expect(result.status != 0)
    #expect(result.stderr.hasPrefix("Error: give --nodes FILE [--edges FILE], or --graph FILE\n"))
  }

  @Test func exportJSONThenImportGraphRoundTrips() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let first = dir.appendingPathComponent("first.sqlite").path
    let second = dir.appendingPathComponent("second.sqlite").path
    let json = dir.appendingPathComponent("graph.json").path
    _ = try CLIRunner.run(
      ["import", "--db", first, "--nodes", CLIRunner.fixture("nodes.csv"), "--edges", CLIRunner.fixture("edges.csv")])
    let exported = try CLIRunner.run(["export", "json", "--db", first, "--output", json])
    #expect(exported.status == 0, "\(exported.stderr)")
    let imported = try CLIRunner.run(["import", "--db", second, "--graph", json])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.hasPrefix("imported 6 nodes, 4 relationships"))
    let again = try CLIRunner.run(["export", "json", "--db", second])
    #expect(again.stdout == (try String(contentsOfFile: json, encoding: .utf8)))
  }
}
