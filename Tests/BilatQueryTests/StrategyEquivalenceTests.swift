import BilatStore
import Testing

@testable import BilatQuery

/// The specialized compilation strategies give the same rows as the step-by-step executor
/// on a graph with the awkward cases: self-loops, both directions, shared and missing names,
/// extra labels, relationships of other types, names of another type.
@Suite struct StrategyEquivalenceTests {
  static func graph() throws -> GraphStore {
    let engine = CypherEngine(store: try GraphStore())
    try engine.create(
      """
      CREATE (a:Person {name: 'A'}), (b:Person:Leader {name: 'B'}), (c:Person {name: 'A'}), (d:Person),
             (e:City {name: 'B'}), (f:Person {name: 7}), (g:Person {name: 'G'}),
             (a)-[:MET_WITH]->(b), (b)-[:MET_WITH]->(a), (a)-[:MET_WITH]->(a), (c)-[:MET_WITH]->(b),
             (d)-[:MET_WITH]->(a), (a)-[:MET_WITH]->(e), (e)-[:MET_WITH]->(f), (f)-[:MET_WITH]->(b),
             (b)-[:AGREED]->(c), (g)-[:AGREED]->(g), (g)-[:MET_WITH]->(d), (c)-[:MET_WITH]->(c)
      """)
    return engine.store
  }

  static let queries = [
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 3",
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name",
    "MATCH (p)-[:MET_WITH]->(q:Person) RETURN p.name, count(*)",
    "MATCH (p:Person)<-[:MET_WITH|AGREED]-(q) RETURN p, count(*) AS n, p.name",
    "MATCH (q)-[]-(p:Leader) RETURN p.name, count(*), count(*) AS again",
    "MATCH (p)-[:NONE]-(q) RETURN p.name, count(*)",
    "MATCH (x:Person {name: 'A'})-[:MET_WITH*1..3]-(b:Person) WHERE b.name <> 'A' RETURN count(DISTINCT b) AS n",
    "MATCH (x:Person {name: 'A'})-[:MET_WITH*1..2]-(b:Person) RETURN count(DISTINCT b) AS n",
    "MATCH (x:Person {name: 'G'})-[:MET_WITH|AGREED*1..3]->(b) RETURN count(DISTINCT b) AS n",
    "MATCH (x {name: 'B'})-[*..3]-(b) WHERE b.name <> 'B' RETURN count(DISTINCT b) AS n",
    "MATCH (x:Person {name: 'A'})-[:MET_WITH*1..3]-(b:Person) WHERE NOT (b)-[:AGREED]-() RETURN count(DISTINCT b) AS n",
    "MATCH (p:Person) WHERE (p)-[:MET_WITH]-(p) OR (p)-[:AGREED]->(:Person {name: 'A'}) RETURN p.name, p",
    "MATCH (p:Person)-[:MET_WITH]->(q) WHERE NOT (q)-[:MET_WITH]->(p) RETURN p.name, count(*)",
    "MATCH (p) RETURN p.name, COUNT { (p)-[:MET_WITH]-(:Person) } AS n, COUNT { (p)<-[:AGREED]-() } AS m",
  ]

  @Test(arguments: queries)
  func sameRowsAsStepByStep(_ query: String) throws {
    let store = try Self.graph()
    let fast = try CypherEngine(store: store).run(query)
    let stepwise = try CypherEngine.stepByStep(store).run(query)
    let ordered = query.contains("ORDER BY")
    let a = fast.rows.map { $0.map(\.description) }
    let b = stepwise.rows.map { $0.map(\.description) }
    #expect(fast.columns == stepwise.columns)
    if ordered {
      #expect(a == b)
    } else {
      #expect(
        a.sorted { $0.joined(separator: "|") < $1.joined(separator: "|") }
          == b.sorted { $0.joined(separator: "|") < $1.joined(separator: "|") })
    }
  }

  /// q06's shape runs as a reach plan: start nodes and the final count in SQL, no node loaded.
  @Test func reachPlanSQL() throws {
    let compiled = try CypherEngine(store: try GraphStore()).compile(
      "MATCH (x:Person {name: 'Alikhan Smailov'})-[:MET_WITH*1..3]-(b:Person) WHERE b.name <> 'Alikhan Smailov' RETURN count(DISTINCT b) AS reachable"
    )
    let plan = try #require(compiled.reachPlan)
    #expect(compiled.sql == nil)
    #expect(
      plan.start.sql == """
        SELECT n1.id
          FROM node n1
          WHERE (n1.label_id = (SELECT id FROM label WHERE name = ?1) OR n1.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = ?1)))
            AND n1.name = ?2
        """)
    #expect(
      plan.count.sql == """
        SELECT count(*)
          FROM json_each(?1) j CROSS JOIN node n1
          WHERE n1.id = j.value
            AND (n1.label_id = (SELECT id FROM label WHERE name = ?2) OR n1.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = ?2)))
            AND (n1.name IS NOT NULL OR json_type(n1.props, ?4) IS NOT NULL) AND NOT coalesce(n1.name = ?3, 0)
        """)
    #expect(plan.count.arguments.count == 4)
  }
}
