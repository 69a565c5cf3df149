import BilatQuery
import BilatStore
import Testing

/// The SQL generated for representative queries, pinned.
@Suite struct CompiledSQLTests {
  let engine: CypherEngine

  init() throws { engine = CypherEngine(store: try GraphStore()) }

  /// The (value, type) read of hot key `key` of row `row`, its JSON path bound at `path`.
  static func read(_ row: String, _ key: String, _ path: String, aliases: (String, String)? = nil) -> String {
    let cold =
      "iif(instr(\(row).props, char(92)) > 0 AND json_type(\(row).props, \(path)) = 'text'"
      + " AND instr(\(row).props -> \(path), char(92)) > 0, "
      + "CAST(\(row).props -> \(path) AS BLOB), \(row).props ->> \(path))"
    let value = "coalesce(\(row).\(key), \(cold))"
    let type = "iif(\(row).\(key) IS NOT NULL, 'text', replace(json_type(\(row).props, \(path)), 'real', 'integer'))"
    guard let aliases else { return value + ", " + type }
    return "\(value) AS \(aliases.0), \(type) AS \(aliases.1)"
  }

  /// `row` has the label bound at `label`.
  static func hasLabel(_ row: String, _ label: String) -> String {
    "(\(row).label_id = (SELECT id FROM label WHERE name = \(label)) "
      + "OR \(row).id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = \(label))))"
  }

  /// The node with id expression `nodeID` has the label bound at `label`, read without a row
  /// of the statement's own (a label test the summary usually skips).
  static func hasLabel(nodeID: String, _ label: String) -> String {
    "((SELECT label_id FROM node WHERE id = \(nodeID)) = (SELECT id FROM label WHERE name = \(label)) "
      + "OR \(nodeID) IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = \(label))))"
  }

  /// True when every relationship of the type bound at `type` has, at `side` (0 start, 1 end),
  /// a node with the label bound at `label` (the endpoint-label summary, schema 7).
  static func implied(_ type: String, side: Int, _ label: String) -> String {
    "(SELECT t.count = l.count FROM relationship_endpoint_label t JOIN relationship_endpoint_label l "
      + "ON l.type_id = t.type_id AND l.side = \(side) AND l.label_id = (SELECT id FROM label WHERE name = \(label)) "
      + "WHERE t.type_id = (SELECT id FROM relationship_type WHERE name = \(type)) AND t.side = 0 AND t.label_id = 0)"
  }

  /// Label test `test` at a relationship's end, skipped when the summary implies it.
  static func unlessImplied(_ test: String, _ types: [String], sides: [Int], _ label: String) -> String {
    let conditions = sides.map { side in types.map { implied($0, side: side, label) }.joined(separator: " AND ") }
    return "(" + conditions.joined(separator: " AND ") + " OR \(test))"
  }

  /// The ids of the nodes with the label bound at `parameter`.
  static func labelled(_ parameter: String) -> String {
    "SELECT id FROM node WHERE label_id = (SELECT id FROM label WHERE name = \(parameter)) "
      + "UNION ALL SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = \(parameter))"
  }

  /// The far node's row is read only for the result: its label is tested by id (when the
  /// summary does not imply it) and the row joined last.
  @Test func anchoredOneHop() throws {
    let sql = try engine.compile(
      "MATCH (p:Person {name: $name})-[m:MET_WITH]->(o:Person) RETURN o.name AS name, m.date AS date"
    ).sql
    #expect(
      sql == """
        SELECT \(Self.read("n3", "name", "?5")), \(Self.read("r1", "date", "?6"))
          FROM node n2 CROSS JOIN relationship r1 CROSS JOIN node n3
          WHERE r1.type_id = (SELECT id FROM relationship_type WHERE name = ?1)
            AND n2.id = r1.start_id
            AND \(Self.unlessImplied(Self.hasLabel("n2", "?2"), ["?1"], sides: [0], "?2"))
            AND n2.name = ?3
            AND \(Self.unlessImplied(Self.hasLabel(nodeID: "r1.end_id", "?4"), ["?1"], sides: [1], "?4"))
            AND n3.id = r1.end_id
        """)
  }

  @Test func undirectedIsUnionAllOfBothDirections() throws {
    let sql = try engine.compile("MATCH (p:Person {name: 'Alikhan Smailov'})-[:MET_WITH]-(o) RETURN DISTINCT o").sql
    #expect(
      sql == """
        SELECT DISTINCT m.c0
        FROM (
        SELECT r1.end_id AS c0
          FROM node n2 CROSS JOIN relationship r1
          WHERE r1.type_id = (SELECT id FROM relationship_type WHERE name = ?1)
            AND n2.id = r1.start_id
            AND \(Self.unlessImplied(Self.hasLabel("n2", "?2"), ["?1"], sides: [0], "?2"))
            AND n2.name = ?3
        UNION ALL
        SELECT r1.start_id AS c0
          FROM node n2 CROSS JOIN relationship r1
          WHERE r1.type_id = (SELECT id FROM relationship_type WHERE name = ?4)
            AND r1.start_id <> r1.end_id
            AND n2.id = r1.end_id
            AND \(Self.unlessImplied(Self.hasLabel("n2", "?5"), ["?4"], sides: [1], "?5"))
            AND n2.name = ?6
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
          FROM relationship r1
          WHERE r1.type_id = (SELECT id FROM relationship_type WHERE name = ?1)
            AND r1.date >= ?2
            AND r1.date <= ?3
        """)
  }

  /// q04's shape: the project is joined for nothing but its label, so it has no row of its own;
  /// its label is read by id only when the endpoint-label summary does not imply it.
  @Test func aggregationGroupsByProjectedProperty() throws {
    let sql = try engine.compile(
      // (The named relationship keeps it off the endpoint count of `endpointCountGroupsByNodeFirst`.)
      "MATCH (p:Project)-[i:IN_SECTOR]->(s:Sector) RETURN s.name AS sector, count(*) AS projects ORDER BY projects DESC"
    ).sql
    #expect(
      sql == """
        SELECT \(Self.read("n2", "name", "?4", aliases: ("bilat_s1", "bilat_s2"))), count(*) AS bilat_s3
          FROM relationship r1 JOIN node n2
          WHERE r1.type_id = (SELECT id FROM relationship_type WHERE name = ?1)
            AND \(Self.unlessImplied(Self.hasLabel(nodeID: "r1.start_id", "?2"), ["?1"], sides: [0], "?2"))
            AND \(Self.unlessImplied(Self.hasLabel(nodeID: "r1.end_id", "?3"), ["?1"], sides: [1], "?3"))
            AND n2.id = r1.end_id
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
    // LIMIT 10 after ORDER BY a count: only the first 2 × 10 + 64 rows by count leave SQL.
    #expect(
      sql == """
        WITH bilat_top(bilat_s1, bilat_s2, bilat_s3) AS (
        WITH c(id, n) AS (
        SELECT r.start_id AS id, count(*) AS n FROM relationship r INDEXED BY relationship_out
          WHERE +r.type_id = (SELECT id FROM relationship_type WHERE name = ?1) AND \(Self.unlessImplied("+r.end_id IN (\(Self.labelled("?3")))", ["?1"], sides: [1], "?3"))
          GROUP BY r.start_id
        UNION ALL
        SELECT r.end_id AS id, count(*) AS n FROM relationship r INDEXED BY relationship_in
          WHERE +r.type_id = (SELECT id FROM relationship_type WHERE name = ?1) AND r.start_id <> r.end_id AND \(Self.unlessImplied("+r.start_id IN (\(Self.labelled("?4")))", ["?1"], sides: [0], "?4"))
          GROUP BY r.end_id),
        d(id, n) AS (SELECT id, sum(n) FROM c GROUP BY id)
        SELECT \(Self.read("n", "name", "?5")), sum(c.n)
          FROM d c
          CROSS JOIN node n ON n.id = c.id
          AND \(Self.unlessImplied(Self.hasLabel("n", "?2"), ["?1"], sides: [0, 1], "?2"))
        GROUP BY \(Self.read("n", "name", "?5"))
        )
        SELECT * FROM bilat_top
          ORDER BY coalesce(bilat_s3, 0) DESC
          LIMIT 2 * (?6) + 64
        """)
    let directed = try engine.compile("MATCH (a)<-[:AGREED|MET_WITH]-(b:Country) RETURN b, count(*) AS n").sql
    #expect(
      directed == """
        WITH c(id, n) AS (
        SELECT r.start_id AS id, count(*) AS n FROM relationship r INDEXED BY relationship_out
          WHERE +r.type_id IN (SELECT id FROM relationship_type WHERE name IN (?1, ?2))
          GROUP BY r.start_id)
        SELECT c.id, sum(c.n)
          FROM c
          CROSS JOIN node n ON n.id = c.id
          AND \(Self.unlessImplied(Self.hasLabel("n", "?3"), ["?1", "?2"], sides: [0], "?3"))
        GROUP BY c.id
        """)
  }

  @Test func limitWithoutOrderIsBound() throws {
    let sql = try engine.compile("MATCH (n:Person) RETURN n LIMIT 5").sql
    #expect(
      sql == """
        SELECT n1.id
          FROM node n1
          WHERE (n1.label_id = (SELECT id FROM label WHERE name = ?1) OR n1.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = ?1)))
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
    #expect(plan.contains("USING COVERING INDEX relationship_out (start_id=? AND type_id=?)"))
    #expect(plan.contains("USING COVERING INDEX relationship_in (end_id=? AND type_id=?)"))
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
    #expect(plan.contains("relationship_out (start_id=? AND type_id=?)"))
    #expect(!plan.contains("BLOOM"))
  }
}
