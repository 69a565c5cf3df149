import BilatQuery
import BilatStore
import Testing

/// Quotes, backticks and hostile parameter values stay data: the SQL text does not change.
@Suite struct InjectionTests {
  let engine: CypherEngine

  init() throws {
    let store = try GraphStore()
    try store.write { g in
      let a = try g.createNode(labels: ["Per'son"], properties: ["na`me": "O'Brien\"; DROP TABLE node; --"])
      let b = try g.createNode(labels: ["Person"], properties: ["name": "Ding"])
      try g.createRelationship(type: "MET WITH'); --", from: a, to: b)
    }
    engine = CypherEngine(store: store)
  }

  @Test(arguments: [
    "x", "O'Brien", "'); DROP TABLE node; --", "\\' OR 1=1 --", "a\"b", "`x`",
  ])
  func stringLiteralsDoNotChangeSQL(_ value: String) throws {
    let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    let reference = try engine.compile("MATCH (n:Person {name: 'x'}) RETURN n.name").sql
    let sql = try engine.compile("MATCH (n:Person {name: '\(escaped)'}) RETURN n.name").sql
    #expect(sql == reference)
  }

  @Test func quotedNamesAreBoundNotSpliced() throws {
    // Two keys, as below (each key's JSON path is one bound argument).
    let reference = try engine.compile("MATCH (n:A)-[r:T]->(m) WHERE n.k = 1 RETURN m.j").sql
    let hostile = try engine.compile(
      "MATCH (n:`Per'son`)-[r:`MET WITH'); --`]->(m) WHERE n.`na``me` = 1 RETURN m.`x'); DROP TABLE node; --`"
    ).sql
    #expect(hostile == reference)
    let result = try engine.run(
      "MATCH (n:`Per'son`)-[r:`MET WITH'); --`]->(m) RETURN n.`na``me` AS name, m.name AS other")
    #expect(result.rows.map { $0.map(\.description) } == [["'O\\'Brien\"; DROP TABLE node; --'", "'Ding'"]])
  }

  @Test(arguments: ["'; DROP TABLE node; --", "1 OR 1=1", "Ding"])
  func parameterValuesAreBound(_ value: String) throws {
    let query = "MATCH (n) WHERE n.name = $name RETURN count(*) AS c"
    let before = try engine.compile(query).sql
    let result = try engine.run(query, parameters: ["name": .string(value)])
    #expect(try engine.compile(query).sql == before)
    #expect(result.rows == [[.int(value == "Ding" ? 1 : 0)]])
    #expect(try engine.run("MATCH (n) RETURN count(*)").rows == [[.int(2)]])
  }

  @Test func parameterOfAnotherTypeDoesNotMatch() throws {
    // 1 and '1' differ in Cypher even though SQLite would compare them loosely.
    let query = "MATCH (n) WHERE id(n) = $id RETURN count(*)"
    #expect(try engine.run(query, parameters: ["id": .int(1)]).rows == [[.int(1)]])
    #expect(try engine.run(query, parameters: ["id": .string("1")]).rows == [[.int(0)]])
  }
}
