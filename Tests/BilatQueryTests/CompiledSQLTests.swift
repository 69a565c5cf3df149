import BilatQuery
import BilatStore
import Testing

/// The SQL generated for representative queries, pinned.
@Suite struct CompiledSQLTests {
  let engine: CypherEngine

  init() throws { engine = CypherEngine(store: try GraphStore()) }

  @Test func anchoredOneHop() throws {
    let sql = try engine.compile(
      "MATCH (p:Person {name: $name})-[m:MET_WITH]->(o:Person) RETURN o.name AS name, m.date AS date"
    ).sql
    #expect(
      sql == """
        SELECT p5.value, p5.value_type, p6.value, p6.value_type
          FROM node_property p3 CROSS JOIN node_label l2 CROSS JOIN relationship r1 CROSS JOIN node_label l4
          LEFT JOIN node_property p5 ON p5.node_id = r1.end_id AND p5.key = ?8
          LEFT JOIN relationship_property p6 ON p6.relationship_id = r1.id AND p6.key = ?9
          WHERE p3.node_id = r1.start_id AND p3.key = ?7
            AND r1.type = ?1
            AND l2.node_id = r1.start_id AND l2.label = ?2
            AND p3.value = ?3 AND p3.value_type IN (?4, ?5)
            AND l4.node_id = r1.end_id AND l4.label = ?6
        """)
  }

  @Test func undirectedIsUnionAllOfBothDirections() throws {
    let sql = try engine.compile("MATCH (p:Person {name: 'Alikhan Smailov'})-[:MET_WITH]-(o) RETURN DISTINCT o").sql
    #expect(
      sql == """
        SELECT DISTINCT m.c0
        FROM (
        SELECT r1.end_id AS c0
          FROM node_property p3 CROSS JOIN node_label l2 CROSS JOIN relationship r1
          WHERE p3.node_id = r1.start_id AND p3.key = ?6
            AND r1.type = ?1
            AND l2.node_id = r1.start_id AND l2.label = ?2
            AND p3.value = ?3 AND p3.value_type IN (?4, ?5)
        UNION ALL
        SELECT r1.start_id AS c0
          FROM node_property p3 CROSS JOIN node_label l2 CROSS JOIN relationship r1
          WHERE p3.node_id = r1.end_id AND p3.key = ?12
            AND r1.type = ?7
            AND r1.start_id <> r1.end_id
            AND l2.node_id = r1.end_id AND l2.label = ?8
            AND p3.value = ?9 AND p3.value_type IN (?10, ?11)
        ) m
        """)
  }

  @Test func dateRange() throws {
    let sql = try engine.compile(
      "MATCH (a)-[r:MET_WITH]->(b) WHERE r.date >= '2023-01-01' AND r.date <= '2023-03-31' RETURN r"
    ).sql
    #expect(
      sql == """
        SELECT r1.id
          FROM relationship r1 JOIN relationship_property p2
          WHERE p2.relationship_id = r1.id AND p2.key = ?8
            AND r1.type = ?1
            AND p2.value >= ?2 AND p2.value_type IN (?3, ?4)
            AND p2.value <= ?5 AND p2.value_type IN (?6, ?7)
        """)
  }

  @Test func aggregationGroupsByProjectedProperty() throws {
    let sql = try engine.compile(
      // (The named relationship keeps it off the endpoint count of `endpointCountGroupsByNodeFirst`.)
      "MATCH (p:Project)-[i:IN_SECTOR]->(s:Sector) RETURN s.name AS sector, count(*) AS projects ORDER BY projects DESC"
    ).sql
    #expect(
      sql == """
        SELECT p4.value AS bilat_s1, p4.value_type AS bilat_s2, count(*) AS bilat_s3
          FROM relationship r1 JOIN node_label l2 JOIN node_label l3
          LEFT JOIN node_property p4 ON p4.node_id = r1.end_id AND p4.key = ?4
          WHERE r1.type = ?1
            AND l2.node_id = r1.start_id AND l2.label = ?2
            AND l3.node_id = r1.end_id AND l3.label = ?3
        GROUP BY 1, 2
        ORDER BY bilat_s3 DESC
        """)
  }

  /// A whole-graph count per endpoint counts per node id while scanning a covering index in
  /// order, then reads the grouped node's labels and properties once per node (q07).
  @Test func endpointCountGroupsByNodeFirst() throws {
    let sql = try engine.compile(
      "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS meetings ORDER BY meetings DESC, name LIMIT 10"
    ).sql
    #expect(
      sql == """
        WITH c(id, n) AS (
        SELECT r.start_id AS id, count(*) AS n FROM relationship r INDEXED BY relationship_out
          WHERE +r.type = ?1 AND +r.end_id IN (SELECT node_id FROM node_label WHERE label = ?2)
          GROUP BY r.start_id
        UNION ALL
        SELECT r.end_id AS id, count(*) AS n FROM relationship r INDEXED BY relationship_in
          WHERE +r.type = ?3 AND r.start_id <> r.end_id AND +r.start_id IN (SELECT node_id FROM node_label WHERE label = ?4)
          GROUP BY r.end_id)
        SELECT p0.value, p0.value_type, sum(c.n)
          FROM c
          CROSS JOIN node_label l0 ON l0.node_id = c.id AND l0.label = ?5
          LEFT JOIN node_property p0 ON p0.node_id = c.id AND p0.key = ?6
        GROUP BY p0.value, p0.value_type
        """)
    let directed = try engine.compile("MATCH (a)<-[:AGREED|MET_WITH]-(b:Country) RETURN b, count(*) AS n").sql
    #expect(
      directed == """
        WITH c(id, n) AS (
        SELECT r.start_id AS id, count(*) AS n FROM relationship r INDEXED BY relationship_out
          WHERE +r.type IN (?1, ?2)
          GROUP BY r.start_id)
        SELECT c.id, sum(c.n)
          FROM c
          CROSS JOIN node_label l0 ON l0.node_id = c.id AND l0.label = ?3
        GROUP BY c.id
        """)
  }

  @Test func limitWithoutOrderIsBound() throws {
    let sql = try engine.compile("MATCH (n:Person) RETURN n LIMIT 5").sql
    #expect(
      sql == """
        SELECT l1.node_id
          FROM node_label l1
          WHERE l1.label = ?1
        LIMIT ?2
        """)
  }

  /// A count within reach of a variable-length pattern is a breadth-first search whose levels
  /// probe the covering indexes, not one SQL statement; EXPLAIN shows the level statement's plan.
  @Test func variableLengthRunsBreadthFirst() throws {
    let compiled = try engine.compile("MATCH (a {name: 'A'})-[:MET_WITH*1..3]-(b) RETURN count(DISTINCT b)")
    #expect(compiled.sql == nil)
    #expect(compiled.strategy == "breadth-first reach between two SQL statements")
    let plan = try engine.explain("MATCH (a {name: 'A'})-[:MET_WITH*1..3]-(b) RETURN count(DISTINCT b)")
    #expect(plan.contains("USING COVERING INDEX relationship_out (start_id=? AND type=?)"))
    #expect(plan.contains("USING COVERING INDEX relationship_in (end_id=? AND type=?)"))
  }

  /// The expansion statements keep their covering-index plans after ANALYZE (NOTES.md pitfall).
  @Test func expansionPlanSurvivesAnalyze() throws {
    let store = try GraphStore()
    try store.write { g in
      var previous = try g.createNode(labels: ["Person"], properties: ["name": "p0"])
      for i in 1..<300 {
        let n = try g.createNode(labels: ["Person"], properties: ["name": .string("p\(i)")])
        try g.createRelationship(type: i % 3 == 0 ? "AGREED" : "MET_WITH", from: previous, to: n)
        previous = n
      }
      try g.db.execute(sql: "ANALYZE")
    }
    let plan = try CypherEngine(store: store).explain("MATCH (a {name: 'p0'})-[:MET_WITH*]->(b) RETURN count(*)")
    #expect(plan.contains("relationship_out (start_id=? AND type=?)"))
    #expect(!plan.contains("BLOOM"))
  }
}
