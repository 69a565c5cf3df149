import BilatStore
import Foundation
import Testing

@testable import BilatQuery

/// The middle nodes two bound ends both reach (``SQLCompiler/commonNodes(_:_:_:general:limits:)``):
/// when both ends' sets are large and of comparable size (counted per run), each is read once
/// and the sets intersected; otherwise the general statement walks one end and probes the
/// other. Both ways give the step-by-step executor's rows, on a graph with self-loops, parallel
/// relationships, both directions and one person reaching a contact only through a single
/// relationship (where a = b must not count it). `intersecting` takes the intersection whenever
/// both sets are non-empty (sizes from 1, any balance); `engine` never does on this small graph.
@Suite struct CommonNodesTests {
  let engine: CypherEngine
  let intersecting: CypherEngine
  let stepwise: CypherEngine

  /// A and B (Kazakhstan) and C (China) each met some of M1…M8; M1 met A twice (once each way),
  /// M2 met A through one relationship only, A met himself, B met M1 and M3, C met M1, M2, M4;
  /// M5 is an Official and holds a role in O, which A and M5 are linked to by HOLDS_ROLE.
  init() throws {
    let store = try GraphStore()
    engine = CypherEngine(store: store)
    var options = QueryOptions()
    options.commonNodes = SQLCompiler.CommonNodes(smallSet: 1, largeSet: 10, balance: 1_000)
    intersecting = CypherEngine(store: store, options: options)
    stepwise = CypherEngine.stepByStep(store)
    try engine.create(
      """
      CREATE (a:Person {name: 'A', country: 'Kazakhstan'}), (b:Person {name: 'B', country: 'Kazakhstan'}),
             (c:Person {name: 'C', country: 'China'}),
             (m1:Person {name: 'M1', country: 'China'}), (m2:Person {name: 'M2', country: 'Japan'}),
             (m3:Person {name: 'M3', country: 'China'}), (m4:Person {name: 'M4', country: 'Japan'}),
             (m5:Person:Official {name: 'M5', country: 'China'}), (o:Organization {name: 'O'}),
             (a)-[:MET_WITH {date: '2023-01-01'}]->(m1), (m1)-[:MET_WITH {date: '2023-02-01'}]->(a),
             (a)-[:MET_WITH {date: '2022-03-01'}]->(m2), (a)-[:MET_WITH]->(a),
             (b)-[:MET_WITH]->(m1), (m3)-[:MET_WITH]->(b), (a)-[:MET_WITH]->(m3),
             (c)-[:MET_WITH]->(m1), (m2)-[:MET_WITH]->(c), (c)-[:MET_WITH]->(m4), (m4)-[:MET_WITH]->(a),
             (a)-[:MET_WITH]->(m5), (m5)-[:MET_WITH]->(c), (m5)-[:HOLDS_ROLE]->(o), (a)-[:HOLDS_ROLE]->(o)
      """)
  }

  private func rows(_ text: String) throws -> (
    general: [[CypherValue]], sets: [[CypherValue]], reference: [[CypherValue]]
  ) {
    (try engine.run(text).rows, try intersecting.run(text).rows, try stepwise.run(text).rows)
  }

  @Test(arguments: [
    // two people, every direction
    ("MATCH (a:Person {name: 'A'})-[:MET_WITH]-(c)-[:MET_WITH]-(b:Person {name: 'C'}) RETURN count(DISTINCT c)", 4),
    ("MATCH (a:Person {name: 'A'})-[:MET_WITH]->(c)-[:MET_WITH]->(b:Person {name: 'C'}) RETURN count(DISTINCT c)", 2),
    ("MATCH (a:Person {name: 'A'})<-[:MET_WITH]-(c)<-[:MET_WITH]-(b:Person {name: 'C'}) RETURN count(DISTINCT c)", 2),
    ("MATCH (a:Person {name: 'A'})-[:MET_WITH]-(c)<-[:MET_WITH]-(b:Person {name: 'C'}) RETURN count(DISTINCT c)", 2),
    // the same person at both ends: a contact counts only through two relationships
    ("MATCH (a:Person {name: 'A'})-[:MET_WITH]-(c)-[:MET_WITH]-(b:Person {name: 'A'}) RETURN count(DISTINCT c)", 1),
    ("MATCH (a:Person {name: 'A'})-[:MET_WITH]->(c)-[:MET_WITH]->(b:Person {name: 'A'}) RETURN count(DISTINCT c)", 1),
    // several start nodes, one of them also an end
    (
      "MATCH (a:Person {country: 'Kazakhstan'})-[:MET_WITH]-(c)-[:MET_WITH]-(b:Person {name: 'A'}) RETURN count(DISTINCT c)",
      2
    ),
    (
      "MATCH (a:Person {country: 'Kazakhstan'})-[:MET_WITH]-(c)-[:MET_WITH]-(b:Person {country: 'Kazakhstan'}) RETURN count(DISTINCT c) AS n",
      2
    ),
    // anchors in WHERE, a middle label, middle and end filters, two types, a relationship property
    (
      "MATCH (a:Person)-[:MET_WITH]-(c)-[:MET_WITH]-(b:Person) WHERE a.name = 'A' AND b.name = 'C' RETURN count(DISTINCT c)",
      4
    ),
    ("MATCH (a {name: 'A'})-[:MET_WITH]-(c:Official)-[:MET_WITH]-(b {name: 'C'}) RETURN count(DISTINCT c)", 1),
    (
      "MATCH (a {name: 'A'})-[:MET_WITH]-(c)-[:MET_WITH]-(b {name: 'C'}) WHERE c.country = 'Japan' RETURN count(DISTINCT c)",
      2
    ),
    (
      "MATCH (a {name: 'A'})-[:MET_WITH]-(c)-[:MET_WITH]-(b {name: 'C'}) WHERE c.country = 'Japan' AND b.country = 'China' RETURN count(DISTINCT c)",
      2
    ),
    ("MATCH (a {name: 'A'})-[:MET_WITH|HOLDS_ROLE]-(c)-[:HOLDS_ROLE]-(b {name: 'M5'}) RETURN count(DISTINCT c)", 1),
    (
      "MATCH (a {name: 'A'})-[:MET_WITH {date: '2023-01-01'}]-(c)-[:MET_WITH]-(b {name: 'C'}) RETURN count(DISTINCT c)",
      1
    ),
    ("MATCH (a {name: 'A'})-[:MET_WITH]-(c)-[:MET_WITH]-(b {name: 'nobody'}) RETURN count(DISTINCT c)", 0),
    // two patterns of one MATCH sharing the middle node, in any order and direction
    ("MATCH (a {name: 'A'})-[:MET_WITH]-(c), (c)-[:MET_WITH]-(b {name: 'C'}) RETURN count(DISTINCT c)", 4),
    ("MATCH (a {name: 'A'})-[:MET_WITH]->(c), (b {name: 'C'})-[:MET_WITH]->(c) RETURN count(DISTINCT c)", 1),
    ("MATCH (c)-[:MET_WITH]->(a {name: 'A'}), (c:Person)<-[:MET_WITH]-(b {name: 'C'}) RETURN count(DISTINCT c)", 2),
    ("MATCH (a {name: 'A'})-[:MET_WITH]-(c), (c)-[:MET_WITH]-(b {name: 'A'}) RETURN count(DISTINCT c)", 1),
  ])
  func sameCountAsStepByStep(_ text: String, _ expected: Int) throws {
    let (general, sets, reference) = try rows(text)
    #expect(reference == [[.int(Int64(expected))]])
    #expect(general == reference)
    #expect(sets == reference)
    #expect(try engine.explain(text).contains("found once and the sets intersected"))
  }

  @Test(arguments: [
    // both ends in one conjunct, an unbound end, a returned relationship, no DISTINCT
    "MATCH (a {name: 'A'})-[:MET_WITH]-(c)-[:MET_WITH]-(b {name: 'C'}) WHERE a.country <> b.country RETURN count(DISTINCT c)",
    "MATCH (a {name: 'A'})-[:MET_WITH]-(c)-[:MET_WITH]-(b) RETURN count(DISTINCT c)",
    "MATCH (a {name: 'A'})-[r:MET_WITH]-(c)-[:MET_WITH]-(b {name: 'C'}) RETURN count(DISTINCT c)",
    "MATCH (a {name: 'A'})-[:MET_WITH]-(c)-[:MET_WITH]-(b {name: 'C'}) RETURN count(c)",
  ])
  func otherShapesKeepTheGeneralPlan(_ text: String) throws {
    let (general, sets, reference) = try rows(text)
    #expect(general == reference)
    #expect(sets == reference)
    #expect(!(try intersecting.explain(text).contains("sets intersected")))
  }

  @Test func pinnedSQL() throws {
    let plan = try engine.explain(
      "MATCH (a {name: 'A'})-[:MET_WITH]->(c)-[:MET_WITH]->(b {name: 'C'}) RETURN count(DISTINCT c) AS common")
    let sql = plan.components(separatedBy: "SQL:\n").last?.components(separatedBy: "\nSQLite plan:").first
    #expect(
      sql?.trimmingCharacters(in: .newlines) == """
        WITH ca(e, m) AS MATERIALIZED (
        SELECT r1.start_id AS e, r1.end_id AS m
          FROM node n2 CROSS JOIN relationship r1
          WHERE +r1.type_id = (SELECT id FROM relationship_type WHERE name = ?5)
            AND n2.id = r1.start_id
            AND n2.name = ?6),
        cb(e, m) AS MATERIALIZED (
        SELECT r1.end_id AS e, r1.start_id AS m
          FROM node n2 CROSS JOIN relationship r1
          WHERE +r1.type_id = (SELECT id FROM relationship_type WHERE name = ?7)
            AND n2.id = r1.end_id
            AND n2.name = ?8),
        wa(e, m) AS NOT MATERIALIZED (
        SELECT r1.start_id AS e, r1.end_id AS m
          FROM node n2 CROSS JOIN relationship r1
          WHERE +r1.type_id = (SELECT id FROM relationship_type WHERE name = ?5)
            AND n2.id = r1.start_id
            AND n2.name = ?6),
        wb(e, m) AS NOT MATERIALIZED (
        SELECT r1.end_id AS e, r1.start_id AS m
          FROM node n2 CROSS JOIN relationship r1
          WHERE +r1.type_id = (SELECT id FROM relationship_type WHERE name = ?7)
            AND n2.id = r1.end_id
            AND n2.name = ?8)
        SELECT CASE WHEN (SELECT count(*) FROM (SELECT 1 FROM wa LIMIT 2048)) >= 2048 AND (SELECT count(*) FROM (SELECT 1 FROM wb LIMIT 2048)) >= 2048 AND (SELECT a < 65536 AND b < 65536 AND max(a, b) < 4 * min(a, b) FROM (SELECT (SELECT count(*) FROM (SELECT 1 FROM wa LIMIT 65536)) AS a, (SELECT count(*) FROM (SELECT 1 FROM wb LIMIT 65536)) AS b))
          THEN (SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM (SELECT n1.id AS e FROM node n1
          WHERE n1.name = ?9) x WHERE x.e IN (SELECT n1.id AS e FROM node n1
          WHERE n1.name = ?10))
          THEN (SELECT count(DISTINCT m) FROM ca WHERE m IN (SELECT m FROM cb))
          ELSE (SELECT count(*) FROM (SELECT m, count(DISTINCT e) AS n, min(e) AS e FROM ca GROUP BY m) ga
            WHERE ga.m IN (SELECT m FROM cb)
              AND (ga.n > 1
                OR ga.m || ' ' || ga.e NOT IN (SELECT m || ' ' || min(e) FROM cb GROUP BY m HAVING count(DISTINCT e) = 1)
                OR EXISTS (SELECT 1 FROM relationship r1 JOIN relationship r2
          WHERE +r1.type_id = (SELECT id FROM relationship_type WHERE name = ?11)
            AND r1.start_id = ga.e
            AND r1.end_id = ga.m
            AND +r2.type_id = (SELECT id FROM relationship_type WHERE name = ?12)
            AND r2.id <> r1.id
            AND r2.start_id = ga.m
            AND r2.end_id = ga.e)))
          END)
          ELSE (SELECT count(DISTINCT r1.end_id)
          FROM node n4 CROSS JOIN node n2 CROSS JOIN relationship r3 CROSS JOIN relationship r1
          WHERE r1.type_id = (SELECT id FROM relationship_type WHERE name = ?1)
            AND n2.id = r1.start_id
            AND n2.name = ?2
            AND r3.type_id = (SELECT id FROM relationship_type WHERE name = ?3)
            AND r3.id <> r1.id
            AND r3.start_id = r1.end_id
            AND n4.id = r3.end_id
            AND n4.name = ?4)
          END
        """)
  }
}
