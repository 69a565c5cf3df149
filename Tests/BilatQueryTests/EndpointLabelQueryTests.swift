import BilatStore
import GRDB
import Testing

@testable import BilatQuery

/// Label tests the endpoint-label summary implies are skipped in the compiled SQL
/// (`EndpointLabels`): the rows stay those of the step-by-step executor, which tests every
/// label, while the data moves between "every MET_WITH joins two Persons" (tests skipped) and
/// "one does not" (tests kept), in the same engine, so no compiled statement can go stale.
@Suite struct EndpointLabelQueryTests {
  static let queries = [
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name",
    "MATCH (a:Person)-[:MET_WITH]->(b:Person) RETURN a.name, b.name ORDER BY a.name, b.name",
    "MATCH (a:Person)-[:MET_WITH]-(b:Person) WHERE a.name = 'A' RETURN b.name ORDER BY b.name",
    "MATCH (p:Project)-[:IN_SECTOR]->(s:Sector) RETURN s.name AS sector, count(*) AS n ORDER BY n DESC, sector",
    "MATCH (a:Person)-[:MET_WITH|IN_SECTOR]->(b) RETURN a.name, count(*) ORDER BY a.name",
    "MATCH (x:Person {name: 'A'})-[:MET_WITH]-(p:Person)-[:IN_SECTOR]->(s:Sector) RETURN s.name, count(DISTINCT p)",
    "MATCH (p:Person) OPTIONAL MATCH (p)-[:MET_WITH]->(q:Person) RETURN p.name, count(q) ORDER BY p.name",
    "MATCH (p:Person) WHERE (p)-[:MET_WITH]->(:Person) RETURN p.name ORDER BY p.name",
  ]

  /// The id of the node named `name`.
  static func node(_ name: String, _ g: GraphDatabase) throws -> Int64 {
    try g.db.rows("SELECT id FROM node WHERE name = ?", [name]) { $0.int64(0) }.first ?? -1
  }

  /// Each state of the graph, reached from the previous one by a write (Cypher is read-only
  /// but for CREATE: the other writes go through the store, as ingest's do).
  static let steps: [(String, @Sendable (CypherEngine) throws -> Void)] = [
    (
      "every MET_WITH joins two Persons, every IN_SECTOR a Project to a Sector",
      { engine in
        _ = try engine.create(
          """
          CREATE (a:Person {name: 'A'}), (b:Person {name: 'B'}), (c:Person:Leader {name: 'C'}),
                 (p:Project {name: 'P'}), (s:Sector {name: 'energy'}), (t:Sector {name: 'trade'}),
                 (a)-[:MET_WITH]->(b), (b)-[:MET_WITH]->(c), (c)-[:MET_WITH]->(a), (a)-[:MET_WITH]->(a),
                 (p)-[:IN_SECTOR]->(s), (p)-[:IN_SECTOR]->(t)
          """)
      }
    ),
    (
      "a MET_WITH from a City, an IN_SECTOR from a Person: neither end implied any more",
      { engine in
        _ = try engine.create(
          """
          MATCH (a:Person {name: 'A'}), (s:Sector {name: 'energy'})
          CREATE (:City {name: 'Z'})-[:MET_WITH]->(a), (a)-[:IN_SECTOR]->(s)
          """)
      }
    ),
    (
      "the City becomes a Person too: MET_WITH's start is implied again",
      { engine in try engine.store.write { g in try g.addLabel("Person", to: try node("Z", g)) } }
    ),
    (
      "the odd IN_SECTOR goes",
      { engine in
        try engine.store.write { g in
          let a = try node("A", g)
          for id in try g.db.rows(
            "SELECT id FROM relationship WHERE start_id = ? AND type_id = (SELECT id FROM relationship_type WHERE name = 'IN_SECTOR')",
            [a], { $0.int64(0) })
          {
            try g.deleteRelationship(id)
          }
        }
      }
    ),
    (
      "a MET_WITH to a node without labels",
      { engine in
        _ = try engine.create("MATCH (b:Person {name: 'B'}) CREATE (b)-[:MET_WITH]->({name: 'nobody'})")
      }
    ),
    (
      "that node deleted with its relationships",
      { engine in try engine.store.write { g in try g.deleteNode(try node("nobody", g)) } }
    ),
  ]

  @Test func sameRowsAsStepByStepWhileTheDataChanges() throws {
    let store = try GraphStore()
    let engine = CypherEngine(store: store)
    let stepwise = CypherEngine.stepByStep(store)
    for (what, step) in Self.steps {
      try step(engine)
      for query in Self.queries {
        let fast = try engine.run(query).rows.map { $0.map(\.description) }
        let slow = try stepwise.run(query).rows.map { $0.map(\.description) }
        if query.contains("ORDER BY") {
          #expect(fast == slow, "\(what): \(query)")
        } else {
          #expect(
            fast.map { $0.joined(separator: "|") }.sorted() == slow.map { $0.joined(separator: "|") }.sorted(),
            "\(what): \(query)")
        }
      }
    }
  }

  @Test func theCompiledStatementReadsTheSummary() throws {
    let engine = CypherEngine(store: try GraphStore())
    let plan = try engine.explain("MATCH (a:Person)-[:MET_WITH]->(b:Person) RETURN count(*)")
    #expect(plan.contains("relationship_endpoint_label"))
    // Without a relationship type nothing is implied.
    let untyped = try engine.explain("MATCH (a:Person)-->(b:Person) RETURN count(*)")
    #expect(!untyped.contains("relationship_endpoint_label"))
  }
}
