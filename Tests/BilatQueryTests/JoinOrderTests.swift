import BilatStore
import Foundation
import GRDB
import Testing

@testable import BilatQuery

/// The join order of statements with bound nodes (JoinOrder, AnchorChoice): the SQL and
/// SQLite's plan for everyday shapes, and their rows on a small graph.
@Suite struct JoinOrderTests {
  let engine: CypherEngine

  /// A and B share the contacts C and D; E met only A. Five people of Wakanda met A and B.
  init() throws {
    engine = CypherEngine(store: try GraphStore())
    try engine.create(
      """
      CREATE (a:Person {name: 'A', country: 'X'}), (b:Person {name: 'B', country: 'Y'}),
             (c:Person {name: 'C', country: 'X'}), (d:Person {name: 'D', country: 'Y'}),
             (e:Person {name: 'E', country: 'X'}), (o:Organization {name: 'O', country: 'Y'}),
             (a)-[:MET_WITH {date: '2023-02-01'}]->(c), (c)-[:MET_WITH {date: '2023-05-01'}]->(b),
             (d)-[:MET_WITH {date: '2022-01-01'}]->(a), (b)-[:MET_WITH {date: '2023-07-07'}]->(d),
             (a)-[:MET_WITH {date: '2023-09-09'}]->(e), (c)-[:HOLDS_ROLE]->(o), (d)-[:HOLDS_ROLE]->(o)
      """)
    try engine.create(
      """
      CREATE (:Person {name: 'W1', country: 'Wakanda'}), (:Person {name: 'W2', country: 'Wakanda'}),
             (:Person {name: 'W3', country: 'Wakanda'}), (:Person {name: 'W4', country: 'Wakanda'}),
             (:Person {name: 'W5', country: 'Wakanda'})
      """)
    try engine.create(
      "MATCH (w:Person {country: 'Wakanda'}), (a:Person {name: 'A'}) CREATE (w)-[:MET_WITH {date: '2023-01-01'}]->(a)")
  }

  private func rows(_ text: String, _ parameters: [String: CypherValue] = [:]) throws -> [[CypherValue]] {
    try engine.run(text, parameters: parameters).rows
  }

  @Test func filtersFollowTheirNodeAndRelationshipsTheirKnownEnd() {
    let roles: [String: JoinOrder.Role] = [
      "r1": .link(ends: ["r1.start_id", "r1.end_id"], own: ["r1.id", "r1.start_id", "r1.end_id"]),
      "r4": .link(ends: ["r1.end_id", "r4.end_id"], own: ["r4.id", "r4.start_id", "r4.end_id"]),
      "p3": .filter(on: "r1.start_id"),
      "p6": .filter(on: "r4.end_id"),
    ]
    let tables = ["r1", "r4", "p3", "p6"]
    #expect(JoinOrder.order(tables, roles: roles, start: ["p3"]) == ["p3", "r1", "r4", "p6"])
    #expect(JoinOrder.order(tables, roles: roles, start: ["p3", "p6"]) == ["p3", "p6", "r1", "r4"])
    #expect(JoinOrder.order(tables, roles: roles, start: ["p6"]) == ["p6", "r4", "r1", "p3"])
  }

  /// A row read only for the result (p3) waits until the second hop and its filter are placed.
  @Test func resultRowsComeLast() {
    let roles: [String: JoinOrder.Role] = [
      "r1": .link(ends: ["a", "r1.end_id"], own: ["r1.id", "r1.start_id", "r1.end_id"]),
      "p3": .output(on: "r1.end_id"),
      "r4": .link(ends: ["r1.end_id", "r4.end_id"], own: ["r4.id", "r4.start_id", "r4.end_id"]),
      "o5": .filter(on: "r4.end_id"),
    ]
    #expect(
      JoinOrder.order(["a", "r1", "p3", "r4", "o5"], roles: roles, start: ["a"]) == ["a", "r1", "r4", "o5", "p3"])
  }

  /// A row read only for the result (p's) is joined after every hop while the summary implies
  /// its label, and where the pattern reaches it once a relationship of the type ends elsewhere.
  @Test func resultRowsJoinLastOnlyWhileTheirLabelsAreImplied() throws {
    let text = """
      MATCH (x:Person {name: 'A'})-[:MET_WITH]-(p:Person)-[:HOLDS_ROLE]->(o:Organization)
      RETURN DISTINCT p.name AS person, o.name AS org ORDER BY person
      """
    let expected: [[CypherValue]] = [[.string("C"), .string("O")], [.string("D"), .string("O")]]
    #expect(try rows(text) == expected)
    let late = try engine.explain(text)
    #expect(
      late.contains(
        "FROM node n2 CROSS JOIN relationship r1 CROSS JOIN relationship r3 CROSS JOIN node n4 CROSS JOIN node n5\n"),
      "\(late)")
    // A role in a country: HOLDS_ROLE's end no longer implies an Organization.
    try engine.create("MATCH (c:Person {name: 'E'}) CREATE (c)-[:HOLDS_ROLE]->(:Country {name: 'Z'})")
    #expect(try rows(text) == expected)
    #expect(try rows(text) == CypherEngine.stepByStep(engine.store).run(text).rows)
    let early = try engine.explain(text)
    #expect(
      early.contains(
        "FROM node n2 CROSS JOIN relationship r1 CROSS JOIN node n3 CROSS JOIN relationship r4 CROSS JOIN node n5\n"),
      "\(early)")
  }

  @Test func everyStartIsCompiled() {
    #expect(AnchorChoice.starts(2) == [[0], [0, 1], [1], [1, 0]])
    #expect(AnchorChoice.starts(3).count == 12)
  }

  /// B has 2 meetings, A 8: whichever side names B, the join walks B's relationships and
  /// probes the second hop on both bound ends (either covering index).
  @Test(arguments: [
    ("A", "B", "FROM node n4 CROSS JOIN node n2 CROSS JOIN relationship r3 CROSS JOIN relationship r1", "r1"),
    ("B", "A", "FROM node n2 CROSS JOIN node n4 CROSS JOIN relationship r1 CROSS JOIN relationship r3", "r3"),
  ])
  func commonContactsProbeTheRelationshipBetweenBothBoundEnds(x: String, y: String, from: String, probed: String) throws
  {
    let text =
      "MATCH (a:Person {name: $x})-[:MET_WITH]-(c)-[:MET_WITH]-(b:Person {name: $y}) RETURN count(DISTINCT c) AS n"
    let parameters: [String: CypherValue] = ["x": .string(x), "y": .string(y)]
    #expect(try rows(text, parameters) == [[.int(2)]])
    let plan = try engine.explain(text, parameters: parameters)
    #expect(plan.contains(from), "\(plan)")
    // The plan also holds the per-end sets of the common-nodes form (CommonNodesTests), which
    // read ranges by one end: the point probes are the general statement's.
    let probes = plan.split(separator: "\n").filter {
      $0.contains("SEARCH \(probed) USING COVERING INDEX relationship_") && $0.contains("=? AND type_id=? AND ")
    }
    #expect(probes.count == 4)
    #expect(plan.contains("sets intersected"))
    #expect(try engine.compile(text).sqlPlan?.anchorChoice?.variants.count == 4)
  }

  @Test func aBindingMatchingManyNodesStaysAFilter() throws {
    // 'Wakanda' matches five people (over AnchorChoice.boundLimit): the join starts at A alone.
    let text = "MATCH (a:Person {name: 'A'})-[:MET_WITH]-(w:Person {country: 'Wakanda'}) RETURN count(*) AS n"
    #expect(try rows(text) == [[.int(5)]])
    let plan = try engine.explain(text)
    #expect(plan.contains("FROM node n2 CROSS JOIN relationship r1 CROSS JOIN node n3\n"))
  }

  @Test func nodeAndRelationshipFiltersJoinWhereTheyAreReached() throws {
    let text = """
      MATCH (a:Person)-[r:MET_WITH]-(b:Person) WHERE a.country = 'X' AND b.country = 'Y'
        AND r.date >= '2023-01-01' AND r.date <= '2023-12-31' RETURN count(*) AS n
      """
    #expect(try rows(text) == [[.int(1)]])
    let plan = try engine.explain(text)
    // Starts at the bound countries, not at the date range; the date is read per relationship
    // (`+r1.date`: not through `relationship_by_date` inside the loop).
    #expect(plan.contains("SEARCH n2 USING COVERING INDEX node_by_country (country=?)"))
    #expect(plan.contains("SEARCH r1 USING INDEX relationship_in (end_id=? AND type_id=? AND start_id=?)"))
    #expect(plan.contains("AND +r1.date >= ?"))
    #expect(!plan.contains("USING INDEX relationship_by_date"))
  }

  @Test func twoPatternsStartAtTheMostSelectiveBinding() throws {
    let text = """
      MATCH (o:Organization {country: 'Y'})<-[:HOLDS_ROLE]-(p:Person), (p)-[:MET_WITH]-(x:Person {name: 'A'})
      RETURN DISTINCT p.name AS name ORDER BY name
      """
    #expect(try rows(text) == [[.string("C")], [.string("D")]])
    // 'Y' (n2) matches three nodes with 6 relationships in all, 'A' (n4) one with 8: both are
    // bound first, the Y nodes first, whose relationships the join walks; p's row (n5), read
    // only for the result, comes last.
    let plan = try engine.explain(text)
    #expect(
      plan.contains(
        "FROM node n2 CROSS JOIN node n4 CROSS JOIN relationship r1 CROSS JOIN relationship r3 CROSS JOIN node n5\n"),
      "\(plan)")
    let compiled = try engine.compile(text).sql
    #expect(
      compiled?.contains(
        "FROM node n2 CROSS JOIN relationship r1 CROSS JOIN relationship r3 CROSS JOIN node n4 CROSS JOIN node n5\n")
        == true, "\(compiled ?? "")")
  }

  @Test func optionalMatchCountIsACorrelatedCount() throws {
    let text = """
      MATCH (p:Person {country: 'X'}) OPTIONAL MATCH (p)-[m:MET_WITH]-(:Person)
      RETURN p.name AS name, count(m) AS meetings ORDER BY meetings DESC, name LIMIT 2
      """
    #expect(try rows(text) == [[.string("A"), .int(8)], [.string("C"), .int(2)]])
    #expect(try rows(text.replacingOccurrences(of: "'X'", with: "'none'")) == [])
    let sql = try #require(try engine.compile(text).sql)
    #expect(sql.contains("sum(((SELECT count(*) FROM relationship r"))
    // E met only A; a person without meetings counts 0 (the OPTIONAL MATCH's null row).
    try engine.create("CREATE (:Person {name: 'Z', country: 'X'})")
    let all = try rows(text.replacingOccurrences(of: "LIMIT 2", with: ""))
    #expect(all.last == [.string("Z"), .int(0)])
  }

  /// A whole-graph count per endpoint of a rare type, grouped by a common label, reads the
  /// type's rows through the type index (EndpointCountChoiceTests has the other ways).
  @Test func endpointCountOfARareTypeReadsTheTypeIndex() throws {
    let text = "MATCH (p:Person)-[:HOLDS_ROLE]->(:Organization) RETURN p.name AS person, count(*) AS n ORDER BY person"
    // The degree rule's fallback, seen with the degree store off.
    let engine = CypherEngine.withoutDegreeStore(self.engine.store)
    let plan = try #require(try engine.compile(text).sqlPlan)
    #expect(plan.sql.contains("INDEXED BY relationship_out"))
    #expect(plan.typeScan?.sql.contains("FROM relationship r INDEXED BY relationship_by_date") == true)
    #expect(try rows(text) == [[.string("C"), .int(1)], [.string("D"), .int(1)]])
    let explained = try engine.explain(text)
    #expect(explained.contains("SEARCH r USING INDEX relationship_by_date (type_id=?)"), "\(explained)")
  }

  @Test func importRefreshesPlannerStatistics() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-stat-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let nodes = directory.appendingPathComponent("nodes.csv")
    let edges = directory.appendingPathComponent("edges.csv")
    try "id,kind,name\n1,Person,A\n2,Person,B\n".write(to: nodes, atomically: true, encoding: .utf8)
    try "src,dst,type\n1,2,MET_WITH\n".write(to: edges, atomically: true, encoding: .utf8)
    let store = try GraphStore(path: directory.appendingPathComponent("g.sqlite").path)
    _ = try GraphImporter.importFiles(nodes: nodes.path, edges: edges.path, into: store)
    let analyzed = try store.read { g in
      try Int.fetchOne(g.db, sql: "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'relationship'") ?? 0
    }
    #expect(analyzed > 0)
    // A full ANALYZE (analysis_limit 0): every row counted, the one relationship per start node.
    let outgoing = try store.read { g in
      try String.fetchOne(g.db, sql: "SELECT stat FROM sqlite_stat1 WHERE idx = 'relationship_out'")
    }
    #expect(outgoing == "1 1 1 1")
  }
}
