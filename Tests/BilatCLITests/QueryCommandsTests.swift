import Foundation
import Testing

/// `bilat create`, `query`, `shell`, `who-met`, `projects` and `agreements` end to end.
@Suite struct QueryCommandsTests {
  let directory: URL
  let db: String

  init() throws {
    directory = try CLIRunner.temporaryDirectory()
    db = directory.appendingPathComponent("q.sqlite").path
    let created = try CLIRunner.run([
      "create", "--db", db,
      """
      CREATE (k:Country {name: 'Kazakhstan'}), (c:Country {name: 'China'}),
             (a:Person {name: 'Alikhan Smailov', country: 'Kazakhstan'}),
             (d:Person {name: 'Ding Xuexiang', country: 'China'}),
             (a)-[:MET_WITH {date: '2023-11-27', place: 'Astana'}]->(d),
             (k)-[:AGREED {date: '2023-11-27', about: 'visa-free regime'}]->(c),
             (:Project {name: 'Shymkent refinery modernization'})-[:IN_SECTOR]->(:Sector {name: 'energy'})
      """,
    ])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout == "created 6 nodes, 3 relationships, 12 properties\n")
  }

  @Test func queryTable() throws {
    let r = try CLIRunner.run([
      "query", "--db", db, "MATCH (p:Person)-[m:MET_WITH]-(o) RETURN p.name AS name, o.name AS met ORDER BY name",
    ])
    #expect(
      r.stdout == """
        name            | met
        ----------------+----------------
        Alikhan Smailov | Ding Xuexiang
        Ding Xuexiang   | Alikhan Smailov
        (2 rows)

        """)
  }

  @Test func queryFormatsAndParameters() throws {
    let q = "MATCH (p:Person {name: $name}) RETURN p.name AS name, p.country AS country"
    let json = try CLIRunner.run(["query", "--db", db, "--param", "name=Ding Xuexiang", "--format", "ndjson", q])
    #expect(json.stdout == "{\"country\":\"China\",\"name\":\"Ding Xuexiang\"}\n")
    let csv = try CLIRunner.run(["query", "--db", db, "--param", "name='Ding Xuexiang'", "--format", "csv", q])
    #expect(csv.stdout == "name,country\nDing Xuexiang,China\n")
  }

  @Test func querySyntaxErrorHasPosition() throws {
    let r = try CLIRunner.run(["query", "--db", db, "MATCH (n:Person RETURN n"])
    #expect(r.status != 0)
    #expect(r.stderr.hasPrefix("<query>:1:17: error: expected ')', found 'RETURN'\n"))
  }

  @Test func queryRefusesCreate() throws {
    let r = try CLIRunner.run(["query", "--db", db, "CREATE (n:X)"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("read-only"))
  }

  @Test func shellReadsStatementsFromStdin() throws {
    let r = try CLIRunner.run(
      ["shell", "--db", db],
      stdin: "MATCH (c:Country)\nRETURN c.name AS country\nORDER BY country;\nRETURN 1 + 1 AS two;\n")
    #expect(
      r.stdout == """
        country
        ----------
        China
        Kazakhstan
        (2 rows)
        two
        ---
        2
        (1 row)

        """)
  }

  @Test func whoMetResolvesAliasesAndShowsQuery() throws {
    let r = try CLIRunner.run(["who-met", "--db", db, "--show-query", "ALIKHAN SMAILOV"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Ding Xuexiang | 2023-11-27 | Astana"))
    #expect(r.stderr.hasPrefix("MATCH (p)-[m:MET_WITH]-(other)"))
    let unknown = try CLIRunner.run(["who-met", "--db", db, "Smailow"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr == "no person named 'Smailow'; closest names:\n  Alikhan Smailov\n")
  }

  @Test func agreementsAndProjects() throws {
    let a = try CLIRunner.run(["agreements", "--db", db, "--between", "Kazakhstan", "China"])
    #expect(a.stdout.contains("Kazakhstan | China | 2023-11-27 | visa-free regime"))
    let p = try CLIRunner.run(["projects", "--db", db, "--sector", "Energy"])
    #expect(p.stdout.contains("Shymkent refinery modernization | Project | ['energy']"))
    let none = try CLIRunner.run(["projects", "--db", db, "--sector", "transport"])
    #expect(none.stdout.hasSuffix("(0 rows)\n"))
  }
}
