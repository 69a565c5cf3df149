import BilatCore
import BilatStore
import GRDB
import Testing

@testable import BilatQuery

/// The degree rule (`SQLCompiler.degreeCount`): a count over one hop grouped by one node reads
/// `relationship_degree`. Its rows equal the step-by-step executor's on random small graphs
/// (self-loops, several labels, names shared by several nodes), it fires exactly on its shape
/// and only while the endpoint-label summary implies the far node's labels.
@Suite struct DegreeRuleTests {
  /// A query, and whether the rule fires on it when the far labels are implied.
  static let shapes: [(query: String, fires: Bool)] = [
    ("MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 3", true),
    ("MATCH (p:Person)-[:MET_WITH]->(q) RETURN p.name AS name, count(*) AS n ORDER BY name", true),
    ("MATCH (p:Person)<-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY name", true),
    ("MATCH (:Person)-[r:MET_WITH]->(p) RETURN p, count(r) AS n", true),
    ("MATCH (p:Person)-[:MET_WITH|AGREED]-() WHERE p.name <> 'b' AND p:Leader RETURN p.name, count(*)", true),
    ("MATCH (p:Person {name: 'a'})-[:MET_WITH]-(:Person) RETURN p.name, count(*) AS n", true),
    ("MATCH (p)-[:AGREED]->(:Country) WHERE p.name >= 'c' RETURN p.name AS name, count(*) AS n ORDER BY n, name", true),
    ("MATCH (p:Leader)--() RETURN p.name AS name, count(*) AS n ORDER BY name", true),
    ("MATCH (p:Country)-[:MET_WITH]-(x) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 2", true),
    // Not its shape: the far node or the relationship is used, two hops, DISTINCT, an
    // untyped relationship with a far label (the summary is per type).
    ("MATCH (p:Person)-[:MET_WITH]-(q:Person) RETURN p.name, q.name, count(*)", false),
    ("MATCH (p:Person)-[:MET_WITH]-(q:Person) WHERE q.name = 'a' RETURN p.name, count(*)", false),
    ("MATCH (p:Person)-[r:MET_WITH]-(:Person) WHERE r.date IS NULL RETURN p.name, count(*)", false),
    ("MATCH (p:Person)-[:MET_WITH]-(:Person)-[:AGREED]->(c) RETURN p.name, count(*)", false),
    ("MATCH (p:Person)-[:MET_WITH]-(q) RETURN p.name, count(DISTINCT q)", false),
    ("MATCH (p:Person)--(:Person) RETURN p.name, count(*)", false),
    ("MATCH (p:Person)-[:MET_WITH]-(p) RETURN p.name, count(*)", false),
  ]

  static let names = ["a", "b", "c", "d", "e"]
  static let labelSets = [["Person"], ["Person", "Leader"], ["Country"], ["Leader"], [], ["Person", "Country"]]

  /// A random graph: names shared by several nodes, MET_WITH between Persons (self-loops
  /// included), AGREED to Countries; with `odd`, one MET_WITH from a City and one AGREED from a
  /// Person to that City, so that neither far label is implied any more.
  static func graph(seed: UInt64, odd: Bool) throws -> GraphStore {
    let store = try GraphStore()
    var random = Generator(state: seed)
    try store.write { g in
      var nodes: [(id: Int64, labels: [String])] = []
      for i in 0..<30 {
        let labels = labelSets[Int.random(in: 0..<labelSets.count, using: &random)]
        let name = names[Int.random(in: 0..<names.count, using: &random)]
        // A few nodes without a name: a null group key.
        let properties: [String: PropertyValue] = i % 11 == 10 ? [:] : ["name": .string(name)]
        nodes.append((try g.createNode(labels: labels, properties: properties), labels))
      }
      let people = nodes.filter { $0.labels.contains("Person") }.map(\.id)
      let countries = nodes.filter { $0.labels.contains("Country") }.map(\.id)
      for _ in 0..<80 {
        guard let a = people.randomElement(using: &random), let b = people.randomElement(using: &random) else { break }
        // One in eight a self-loop.
        try g.createRelationship(type: "MET_WITH", from: a, to: Int.random(in: 0..<8, using: &random) == 0 ? a : b)
      }
      for _ in 0..<30 {
        guard let a = nodes.randomElement(using: &random)?.id, let c = countries.randomElement(using: &random) else {
          break
        }
        try g.createRelationship(type: "AGREED", from: a, to: c)
      }
      if odd, let a = people.first {
        let city = try g.createNode(labels: ["City"], properties: ["name": "z"])
        try g.createRelationship(type: "MET_WITH", from: city, to: a)
        try g.createRelationship(type: "AGREED", from: a, to: city)
      }
    }
    return store
  }

  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11 ^ state
    }
  }

  /// Rows as text: in order when the query orders them all, else sorted.
  static func rows(_ engine: CypherEngine, _ query: String) throws -> [String] {
    let rows = try engine.run(query).rows.map { $0.map(\.description).joined(separator: "|") }
    return query.contains("ORDER BY") ? rows : rows.sorted()
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64], [false, true])
  func sameRowsAsStepByStep(seed: UInt64, odd: Bool) throws {
    let store = try Self.graph(seed: seed, odd: odd)
    let engine = CypherEngine(store: store)
    let stepwise = CypherEngine.stepByStep(store)
    for (query, fires) in Self.shapes {
      #expect(try Self.rows(engine, query) == Self.rows(stepwise, query), "\(query)")
      // Implied: always without `odd`; with it, only when the far node has no label.
      let farLabelled = query.contains("(:Person)") || query.contains("(:Country)")
      let expected = fires && (!odd || !farLabelled)
      let read = try engine.explain(query).contains("relationship_degree dg")
      #expect(read == expected, "\(query) (odd: \(odd))")
    }
  }

  /// The statement of a run changes with the data, in the same engine: the rule's while the
  /// far label is implied, the relationship join once it is not, and back.
  @Test func theChoiceFollowsTheData() throws {
    let store = try Self.graph(seed: 7, odd: false)
    let engine = CypherEngine(store: store)
    let stepwise = CypherEngine.stepByStep(store)
    let query = Self.shapes[0].query
    #expect(try engine.explain(query).contains("relationship_degree dg"))
    let (city, odd) = try store.write { g -> (Int64, Int64) in
      let city = try g.createNode(labels: ["City"], properties: ["name": "z"])
      let person = try #require(
        try Int64.fetchOne(
          g.db, sql: "SELECT id FROM node WHERE label_id = (SELECT id FROM label WHERE name = 'Person') LIMIT 1"))
      return (city, try g.createRelationship(type: "MET_WITH", from: person, to: city))
    }
    #expect(try !engine.explain(query).contains("relationship_degree dg"))
    #expect(try Self.rows(engine, query) == Self.rows(stepwise, query))
    try store.write { try $0.addLabel("Person", to: city) }
    #expect(try engine.explain(query).contains("relationship_degree dg"))
    #expect(try Self.rows(engine, query) == Self.rows(stepwise, query))
    try store.write { try $0.deleteRelationship(odd) }
    #expect(try Self.rows(engine, query) == Self.rows(stepwise, query))
  }

  /// An undirected pattern matches a self-loop once, a directed one once from each side.
  @Test func aSelfLoopCountsOnce() throws {
    let store = try GraphStore()
    try store.write { g in
      let a = try g.createNode(labels: ["Person"], properties: ["name": "a"])
      let b = try g.createNode(labels: ["Person"], properties: ["name": "b"])
      try g.createRelationship(type: "MET_WITH", from: a, to: a)
      try g.createRelationship(type: "MET_WITH", from: a, to: b)
    }
    let engine = CypherEngine(store: store)
    for (query, expected) in [
      (
        "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY name", ["'a'|2", "'b'|1"]
      ),
      ("MATCH (p:Person)-[:MET_WITH]->(:Person) RETURN p.name AS name, count(*) AS n ORDER BY name", ["'a'|2"]),
      (
        "MATCH (p:Person)<-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY name",
        ["'a'|1", "'b'|1"]
      ),
    ] {
      #expect(try engine.explain(query).contains("relationship_degree dg"))
      #expect(try Self.rows(engine, query) == expected, "\(query)")
      #expect(try Self.rows(CypherEngine.stepByStep(store), query) == expected, "\(query)")
    }
  }

  /// The shared benchmark's q07, as EXPLAIN prints it on a graph where every MET_WITH joins
  /// two Persons (and Persons are a quarter of the nodes or more: the name index is walked).
  @Test func explainOfQ07() throws {
    let store = try Self.graph(seed: 1, odd: false)
    let text = try CypherEngine(store: store).explain(
      "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS meetings"
        + " ORDER BY meetings DESC, name LIMIT 10")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let sqlEnd = lines.firstIndex(of: "SQLite plan:") ?? lines.count
    #expect(
      Array(lines.prefix(sqlEnd)) == [
        "Plan: single SQL statement",
        "  - the whole query fits one SQL statement; counted per run by the cheapest of a whole index scan,"
          + " a relationship-type scan and one index range per node of the grouped label; the counts are read from"
          + " the degree store (`relationship_degree`) instead when the endpoint-label summary implies the far"
          + " node's labels, grouped in the order of the property's index when the grouped label holds a quarter"
          + " of the nodes; only the first 2 × (SKIP + LIMIT) + 64 rows by count leave SQL (every row tied with"
          + " the last one needed when more may tie)",
        "",
        "SQL:",
        "WITH bilat_top(bilat_s1, bilat_s2, bilat_s3) AS (",
        "SELECT * FROM (",
        "SELECT n1.name AS bilat_s1, 'text' AS bilat_s2, sum(dg.start_count + dg.end_count + dg.loop_count) AS bilat_s3",
        "  FROM node n1 INDEXED BY node_by_name JOIN relationship_degree dg",
        "  WHERE (n1.label_id = (SELECT id FROM label WHERE name = ?1) OR n1.id IN (SELECT node_id FROM"
          + " node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = ?1)))",
        "    AND dg.node_id = n1.id",
        "    AND dg.type_id = (SELECT id FROM relationship_type WHERE name = ?2)",
        "    AND n1.name IS NOT NULL",
        "GROUP BY n1.name",
        "UNION ALL",
        "SELECT coalesce(n1.name, iif(instr(n1.props, char(92)) > 0 AND json_type(n1.props, ?3) = 'text'"
          + " AND instr(n1.props -> ?3, char(92)) > 0, CAST(n1.props -> ?3 AS BLOB), n1.props ->> ?3)),"
          + " iif(n1.name IS NOT NULL, 'text', replace(json_type(n1.props, ?3), 'real', 'integer')),"
          + " sum(dg.start_count + dg.end_count + dg.loop_count)",
        "  FROM node n1 JOIN relationship_degree dg",
        "  WHERE (n1.label_id = (SELECT id FROM label WHERE name = ?1) OR n1.id IN (SELECT node_id FROM"
          + " node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = ?1)))",
        "    AND dg.node_id = n1.id",
        "    AND dg.type_id = (SELECT id FROM relationship_type WHERE name = ?2)",
        "    AND n1.name IS NULL",
        "GROUP BY coalesce(n1.name, iif(instr(n1.props, char(92)) > 0 AND json_type(n1.props, ?3) = 'text'"
          + " AND instr(n1.props -> ?3, char(92)) > 0, CAST(n1.props -> ?3 AS BLOB), n1.props ->> ?3)),"
          + " iif(n1.name IS NOT NULL, 'text', replace(json_type(n1.props, ?3), 'real', 'integer'))",
        ")",
        ")",
        "SELECT * FROM bilat_top",
        "  ORDER BY coalesce(bilat_s3, 0) DESC, bilat_s3 DESC, bilat_s2 IS NULL, bilat_s1",
        "  LIMIT 2 * (?4) + 64",
        "",
      ])
  }
}
