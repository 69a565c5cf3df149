import Foundation
import Testing

/// `bilat export json` then `bilat import --graph` into an empty database gives back the very same
/// bytes (issue 11: the export module's JSON import now goes through the store's one importer).
@Suite struct ImportRoundTripTests {
  let directory: URL

  init() throws {
    directory = try CLIRunner.temporaryDirectory()
  }

  private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  private func export(_ db: String, to name: String) throws -> Data {
    let r = try CLIRunner.run(["export", "json", "--db", db, "-o", path(name)])
    #expect(r.status == 0, "\(r.stderr)")
    return try Data(contentsOf: URL(fileURLWithPath: path(name)))
  }

  @Test func csvImportExportImportExportIsByteIdentical() throws {
    let a = path("a.sqlite")
    let imported = try CLIRunner.run([
      "import", "--db", a, "--nodes", CLIRunner.fixture("nodes.csv"), "--edges", CLIRunner.fixture("edges.csv"),
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    let first = try export(a, to: "a.json")
    let b = path("b.sqlite")
    let again = try CLIRunner.run(["import", "--db", b, "--graph", path("a.json")])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.hasPrefix("imported "))
    let second = try export(b, to: "b.json")
    #expect(first.count > 100)
    #expect(second == first)
  }

  @Test func typedPropertiesAndLabelsRoundTripByteIdentically() throws {
    let a = path("a.sqlite")
    let created = try CLIRunner.run([
      "create", "--db", a,
      """
      CREATE (k:Country:Place {name: 'Kazakhstan', area: 2724900, share: 0.25, landlocked: true,
                               codes: ['KZ', 'KAZ']}),
             (p:Person {name: 'Ding Xuexiang', country: 'China', note: 'tab\\tquote"'})-[:MET_WITH {date: '2023-11-27',
               place: 'Astana', count: 2}]->(k)
      """,
    ])
    #expect(created.status == 0, "\(created.stderr)")
    let first = try export(a, to: "a.json")
    let b = path("b.sqlite")
    let again = try CLIRunner.run(["import", "--db", b, "--graph", path("a.json")])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(try export(b, to: "b.json") == first)
  }

  /// A bad graph file: one line on stderr naming file, line and column; status 1; nothing written.
  @Test func aBadGraphFileChangesNothing() throws {
    let db = path("g.sqlite")
    let imported = try CLIRunner.run([
      "import", "--db", db, "--nodes", CLIRunner.fixture("nodes.csv"), "--edges", CLIRunner.fixture("edges.csv"),
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    let before = try export(db, to: "before.json")
    let bad = path("bad.json")
    try Data("{\"nodes\":[{\"id\":1,\"labels\":[\"Person\"]},\n  {\"id\":1}]}".utf8).write(
      to: URL(fileURLWithPath: bad))
    let r = try CLIRunner.run(["import", "--db", db, "--graph", bad])
    #expect(r.status == 1)
    #expect(r.stderr == "Error: \(bad):2:3: error: node id 1 appears twice\n")
    #expect(try export(db, to: "after.json") == before)
  }
}
