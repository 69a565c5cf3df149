import BilatQuery
import BilatStore
import Testing

/// Language features beyond the shared TCK files.
@Suite struct LanguageTests {
  let engine: CypherEngine

  init() throws {
    engine = CypherEngine(store: try GraphStore())
    try engine.create(
      """
      CREATE (k:Country {name: 'Kazakhstan'}), (c:Country {name: 'China'}),
             (a:Person {name: 'Alikhan Smailov'})-[:CITIZEN_OF]->(k),
             (d:Person {name: 'Ding Xuexiang'})-[:CITIZEN_OF]->(c),
             (a)-[:MET_WITH {date: '2023-11-27'}]->(d),
             (k)-[:AGREED {date: '2023-11-27', about: 'checkpoints'}]->(c)
      """)
  }

  func rows(_ query: String) throws -> [[String]] {
    try engine.run(query).rows.map { $0.map(\.description) }
  }

  @Test func expressions() throws {
    #expect(
      try rows(
        "RETURN true XOR null, 2 IN [1, null], 3 % 2, 2 ^ 3, toUpper(trim('  a ')), toString(1.5), toInteger('42'), size([1, 2])"
      ) == [["null", "null", "1", "8.0", "'A'", "'1.5'", "42", "2"]])
    #expect(
      try rows(
        "RETURN CASE WHEN 1 > 2 THEN 'x' ELSE 'y' END, [x IN range(1, 5) WHERE x % 2 = 1 | x * 10], any(x IN [1, 2] WHERE x > 1)"
      )
        == [["'y'", "[10, 30, 50]", "true"]])
    #expect(
      try rows("RETURN 'Nur Zholy' =~ 'Nur.*', 'abc' CONTAINS 'b', head([]), last([1, 2]), coalesce(null, 'z')")
        == [["true", "true", "null", "2", "'z'"]])
  }

  @Test func union() throws {
    #expect(
      try rows("MATCH (p:Person) RETURN p.name AS name UNION MATCH (c:Country) RETURN c.name AS name").sorted {
        $0[0] < $1[0]
      } == [["'Alikhan Smailov'"], ["'China'"], ["'Ding Xuexiang'"], ["'Kazakhstan'"]])
    #expect(try rows("RETURN 1 AS x UNION ALL RETURN 1 AS x") == [["1"], ["1"]])
    #expect(try rows("RETURN 1 AS x UNION RETURN 1 AS x") == [["1"]])
  }

  @Test func entityFunctions() throws {
    #expect(
      try rows(
        "MATCH (a:Person)-[m:MET_WITH]->(b) RETURN type(m), labels(a), keys(m), startNode(m).name, endNode(m).name, properties(m)"
      ) == [["'MET_WITH'", "['Person']", "['date']", "'Alikhan Smailov'", "'Ding Xuexiang'", "{date: '2023-11-27'}"]])
    #expect(
      try rows(
        "MATCH p = (a:Person)-[:MET_WITH]->(b)-[:CITIZEN_OF]->(c) RETURN length(p), [n IN nodes(p) | n.name], size(relationships(p))"
      )
        == [["2", "['Alikhan Smailov', 'Ding Xuexiang', 'China']", "2"]])
  }

  @Test func withAggregationAndFilter() throws {
    #expect(
      try rows(
        """
        MATCH (p:Person)-[:CITIZEN_OF]->(c:Country)
        WITH c.name AS country, count(*) AS people, collect(p.name) AS names
        WHERE people >= 1
        RETURN country, people, names ORDER BY country DESC SKIP 0 LIMIT 1
        """) == [["'Kazakhstan'", "1", "['Alikhan Smailov']"]])
  }

  @Test func optionalMatchKeepsRows() throws {
    #expect(
      try rows("MATCH (c:Country) OPTIONAL MATCH (c)-[a:AGREED]->(o) RETURN c.name, a.about ORDER BY c.name")
        == [["'China'", "null"], ["'Kazakhstan'", "'checkpoints'"]])
  }

  @Test func shortestPathBothWays() throws {
    #expect(
      try rows(
        "MATCH p = shortestPath((a:Person {name: 'Ding Xuexiang'})-[*..4]-(b:Country {name: 'Kazakhstan'})) RETURN length(p)"
      ) == [["2"]])
    #expect(
      try rows(
        "MATCH p = shortestPath((a:Person {name: 'Ding Xuexiang'})-[*..4]->(b:Country {name: 'Kazakhstan'})) RETURN length(p)"
      ) == [])
  }
}
