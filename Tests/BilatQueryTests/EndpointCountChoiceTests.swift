import BilatStore
import Testing

@testable import BilatQuery

/// A whole-graph count per node (``SQLCompiler/endpointCount(_:_:_:)``) reads its relationships
/// in the way ``EndpointCountChoice`` estimates cheapest for the store's counts: one index range
/// per node of a small label, the type index for a rare type, else a whole covering index. Every
/// way gives the step-by-step executor's rows.
@Suite struct EndpointCountChoiceTests {
  let engine: CypherEngine
  let stepwise: CypherEngine

  /// 60 people, person i meeting i % 5 + 1 others (180 meetings); one more person, also an
  /// Official, who met herself once and two others; 12 projects in 3 sectors (the first four in
  /// two); two people holding a role in one organization.
  init() throws {
    let store = try GraphStore()
    // These ways are the degree rule's fallback: seen with the degree store off.
    engine = CypherEngine.withoutDegreeStore(store)
    stepwise = CypherEngine.stepByStep(store)
    try store.write { g in
      let people = try (0..<60).map { i in
        try g.createNode(labels: ["Person"], properties: ["name": .string("P\(i)")])
      }
      for (i, person) in people.enumerated() {
        for k in 0...(i % 5) {
          try g.createRelationship(type: "MET_WITH", from: person, to: people[(i + k + 1) % people.count])
        }
      }
      let official = try g.createNode(labels: ["Person", "Official"], properties: ["name": .string("F")])
      try g.createRelationship(type: "MET_WITH", from: official, to: official)
      try g.createRelationship(type: "MET_WITH", from: official, to: people[0])
      try g.createRelationship(type: "MET_WITH", from: people[1], to: official)
      let sectors = try ["energy", "trade", "water"].map {
        try g.createNode(labels: ["Sector"], properties: ["name": .string($0)])
      }
      for i in 0..<12 {
        let project = try g.createNode(labels: ["Project"], properties: ["name": .string("J\(i)")])
        try g.createRelationship(type: "IN_SECTOR", from: project, to: sectors[i % 3])
        if i < 4 { try g.createRelationship(type: "IN_SECTOR", from: project, to: sectors[(i + 1) % 3]) }
      }
      let organization = try g.createNode(labels: ["Organization"], properties: ["name": .string("O")])
      for person in people.prefix(2) { try g.createRelationship(type: "HOLDS_ROLE", from: person, to: organization) }
    }
  }

  /// How the plan of `text` reads its relationships, from SQLite's plan of the chosen statement.
  private func way(_ text: String) throws -> String {
    let plan = try engine.explain(text)
    if plan.contains("USING COVERING INDEX relationship_in (end_id=? AND type_id=?)")
      || plan.contains("USING COVERING INDEX relationship_out (start_id=? AND type_id=?)")
    {
      return "per node"
    }
    if plan.contains("USING INDEX relationship_by_date (type_id=?)") { return "type scan" }
    if plan.contains("SCAN r USING COVERING INDEX relationship_") { return "whole index" }
    return plan
  }

  @Test(arguments: [
    // 3 sectors against 16 IN_SECTOR relationships: 3 index ranges.
    ("MATCH (p:Project)-[:IN_SECTOR]->(s:Sector) RETURN s.name AS k, count(*) AS n ORDER BY n DESC, k", "per node"),
    (
      "MATCH (s:Sector)<-[:IN_SECTOR]-(:Project) RETURN s.name AS k, count(*) AS n ORDER BY n DESC, k LIMIT 2",
      "per node"
    ),
    ("MATCH (p:Project)-[:IN_SECTOR]->(:Sector) RETURN p.name AS k, count(*) AS n ORDER BY n DESC, k", "per node"),
    // One Official (a second label), her self-loop counted once.
    ("MATCH (p:Official)-[:MET_WITH]-(:Person) RETURN p.name AS k, count(*) AS n ORDER BY n DESC, k", "per node"),
    // 61 people against 2 HOLDS_ROLE relationships: the type's rows.
    (
      "MATCH (p:Person)-[:HOLDS_ROLE]->(:Organization) RETURN p.name AS k, count(*) AS n ORDER BY n DESC, k",
      "type scan"
    ),
    // 61 people, most of the relationships, both directions: the whole covering indexes.
    (
      "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS k, count(*) AS n ORDER BY n DESC, k LIMIT 7",
      "whole index"
    ),
  ])
  func chosenWayGivesTheStepwiseRows(_ text: String, _ expected: String) throws {
    #expect(try way(text) == expected)
    #expect(try engine.run(text).rows == stepwise.run(text).rows)
    #expect(try !engine.run(text).rows.isEmpty)
  }

  @Test func officialCountsHerSelfLoopOnce() throws {
    let text = "MATCH (p:Official)-[:MET_WITH]-(:Person) RETURN p.name AS k, count(*) AS n"
    #expect(try engine.run(text).rows == [[.string("F"), .int(3)]])
  }

  /// Per-node counts leave the far end's label test out; when one relationship breaks what the
  /// summary implied (an Organization IN_SECTOR), the count goes back to a scan that tests it.
  @Test func farLabelNotImpliedKeepsTheTest() throws {
    let text = "MATCH (p:Project)-[:IN_SECTOR]->(s:Sector) RETURN s.name AS k, count(*) AS n ORDER BY n DESC, k"
    let before = try engine.run(text).rows
    try engine.create("MATCH (o:Organization), (s:Sector {name: 'water'}) CREATE (o)-[:IN_SECTOR]->(s)")
    #expect(try way(text) != "per node")
    #expect(try engine.run(text).rows == before)
    #expect(try engine.run(text).rows == stepwise.run(text).rows)
  }

  @Test func explainSaysTheCountIsChosenPerRun() throws {
    let plan = try engine.explain("MATCH (p:Project)-[:IN_SECTOR]->(s:Sector) RETURN s.name AS k, count(*) AS n")
    #expect(
      plan.contains(
        "counted per run by the cheapest of a whole index scan, a relationship-type scan and one index range per node"
          + " of the grouped label"))
  }

  /// The per-node way of a count (pinned; CompiledSQLTests has the scan): the grouped label's nodes,
  /// each with one covering index range per direction, materialized once; far-end label tests
  /// are left to the run-time check of the endpoint-label summary.
  @Test func endpointCountPerNode() throws {
    let plan = try engine.compile(
      "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS meetings"
    ).sqlPlan
    let choice = try #require(plan?.endpointCountChoice)
    #expect(choice.label == "Person" && choice.directions == 2 && choice.types == ["MET_WITH"])
    #expect(choice.impliedFarLabels.map { "\($0.label) \($0.side)" } == ["Person end", "Person start"])
    #expect(
      choice.perNodeSQL == """
        WITH c(id, n) AS MATERIALIZED (
        SELECT g.id, (SELECT count(*) FROM relationship r INDEXED BY relationship_out WHERE r.start_id = g.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = ?1))
            + (SELECT count(*) FROM relationship r INDEXED BY relationship_in WHERE r.end_id = g.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = ?1) AND r.start_id <> r.end_id)
          FROM (\(CompiledSQLTests.labelled("?2"))) g)
        SELECT \(CompiledSQLTests.read("n", "name", "?5")), sum(c.n)
          FROM c
          CROSS JOIN node n ON n.id = c.id
          AND \(CompiledSQLTests.unlessImplied(CompiledSQLTests.hasLabel("n", "?2"), ["?1"], sides: [0, 1], "?2"))
        GROUP BY \(CompiledSQLTests.read("n", "name", "?5"))
        HAVING sum(c.n) > 0
        """)
  }
}
