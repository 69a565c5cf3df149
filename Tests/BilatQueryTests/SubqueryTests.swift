import BilatStore
import Testing

@testable import BilatQuery

/// Pattern predicates, pattern comprehensions, `EXISTS { … }` and `COUNT { … }` on a small
/// graph: the rows (in one SQL statement where the query compiles, and step by step), the
/// SQL they compile to, and the errors.
@Suite struct SubqueryTests {
  /// A met B and C; B met C; C met itself; D knows A; E has no relationship.
  static func graph() throws -> GraphStore {
    let engine = CypherEngine(store: try GraphStore())
    try engine.create(
      """
      CREATE (a:Person {name: 'A'}), (b:Person {name: 'B'}), (c:Person {name: 'C'}), (d:Person {name: 'D'}),
             (e:Person {name: 'E'}),
             (a)-[:MET_WITH {date: '2023-01-01'}]->(b), (a)-[:MET_WITH {date: '2024-05-01'}]->(c),
             (b)-[:MET_WITH {date: '2023-06-01'}]->(c), (c)-[:MET_WITH]->(c), (d)-[:KNOWS]->(a)
      """)
    return engine.store
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var query: String
    /// Rows as display text, each row's cells joined by " | ", sorted unless the query orders.
    var rows: [String]
    /// Whether the query compiles to one SQL statement.
    var singleStatement: Bool
    var testDescription: String { query }
  }

  static let cases: [Case] = [
    Case(
      query: "MATCH (p:Person) WHERE (p)-[:MET_WITH]->() RETURN p.name AS name",
      rows: ["A", "B", "C"], singleStatement: true),
    Case(
      query: "MATCH (p:Person) WHERE NOT (p)-->() RETURN p.name AS name",
      rows: ["E"], singleStatement: true),
    Case(
      query: "MATCH (p:Person), (q:Person) WHERE (p)-[:MET_WITH]-(q) AND p.name < q.name RETURN p.name, q.name",
      rows: ["A | B", "A | C", "B | C"], singleStatement: false),
    Case(
      query: "MATCH (p:Person) WHERE (p)<-[:KNOWS]-() OR (p)-[:MET_WITH]->({name: 'B'}) RETURN p.name AS name",
      rows: ["A"], singleStatement: true),
    Case(
      query: "MATCH (p:Person) WHERE exists((p)<--(:Person {name: 'A'})) RETURN p.name AS name",
      rows: ["B", "C"], singleStatement: true),
    Case(
      query:
        "MATCH (p:Person) WHERE EXISTS { (p)-[m:MET_WITH]->(o) WHERE m.date >= '2024-01-01' } RETURN p.name AS name",
      rows: ["A"], singleStatement: true),
    Case(
      query:
        "MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:MET_WITH]->(o) WITH p, count(o) AS n WHERE n >= 2 RETURN n } RETURN p.name AS name",
      rows: ["A"], singleStatement: false),
    Case(
      query: "MATCH (p:Person) RETURN p.name AS name, COUNT { (p)-[:MET_WITH]-() } AS met ORDER BY name",
      rows: ["A | 2", "B | 2", "C | 3", "D | 0", "E | 0"], singleStatement: true),
    Case(
      query: "MATCH (p:Person) RETURN COUNT { (p)-->() } AS out, count(*) AS people ORDER BY out",
      rows: ["0 | 1", "1 | 3", "2 | 1"], singleStatement: true),
    Case(
      query:
        "MATCH (p:Person {name: 'A'}) RETURN [(p)-[m:MET_WITH]->(o) WHERE m.date < '2024-01-01' | o.name] AS names",
      rows: ["['B']"], singleStatement: false),
    Case(
      query: "MATCH (p:Person) RETURN p.name AS name, size([(p)-[:MET_WITH]-(o) | o]) AS n ORDER BY name",
      rows: ["A | 2", "B | 2", "C | 3", "D | 0", "E | 0"], singleStatement: false),
  ]

  static func text(_ result: QueryResult) -> [String] {
    result.rows.map { $0.map(\.displayText).joined(separator: " | ") }
  }

  @Test(arguments: cases)
  func rowsInBothStrategies(_ c: Case) throws {
    let store = try Self.graph()
    let engine = CypherEngine(store: store)
    #expect((try engine.compile(c.query).strategy == "single SQL statement") == c.singleStatement)
    let stepwise = CypherEngine.stepByStep(store)
    for result in [try engine.run(c.query), try stepwise.run(c.query)] {
      let rows = Self.text(result)
      #expect((c.query.contains("ORDER BY") ? rows : rows.sorted()) == c.rows)
    }
  }

  @Test func patternPredicateIsCorrelatedExists() throws {
    let sql = try CypherEngine(store: try GraphStore()).compile(
      "MATCH (p:Person) WHERE NOT (p)-[:MET_WITH]->(:Person) RETURN p"
    ).sql
    #expect(
      sql == """
        SELECT n1.id
          FROM node n1
          WHERE (n1.label_id = (SELECT id FROM label WHERE name = ?1) OR n1.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = ?1)))
            AND NOT EXISTS (SELECT 1 FROM relationship e1_r1
              WHERE e1_r1.type_id = (SELECT id FROM relationship_type WHERE name = ?2)
                AND e1_r1.start_id = n1.id
                AND ((SELECT t.count = l.count FROM relationship_endpoint_label t JOIN relationship_endpoint_label l ON l.type_id = t.type_id AND l.side = 1 AND l.label_id = (SELECT id FROM label WHERE name = ?3) WHERE t.type_id = (SELECT id FROM relationship_type WHERE name = ?2) AND t.side = 0 AND t.label_id = 0) OR ((SELECT label_id FROM node WHERE id = e1_r1.end_id) = (SELECT id FROM label WHERE name = ?3) OR e1_r1.end_id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = ?3)))))
        """)
  }

  @Test func undirectedExistsIsOrOfBothDirections() throws {
    let sql = try CypherEngine(store: try GraphStore()).compile(
      "MATCH (p:Person) WHERE EXISTS { (p)-[:MET_WITH]-(o) WHERE o.name = 'B' } RETURN p"
    ).sql
    #expect(
      sql == """
        SELECT n1.id
          FROM node n1
          WHERE (n1.label_id = (SELECT id FROM label WHERE name = ?1) OR n1.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = ?1)))
            AND (EXISTS (SELECT 1 FROM relationship e1_0_r1 JOIN node e1_0_n2
              WHERE e1_0_r1.type_id = (SELECT id FROM relationship_type WHERE name = ?2)
                AND e1_0_r1.start_id = n1.id
                AND e1_0_n2.id = e1_0_r1.end_id
                AND e1_0_n2.name = ?3) OR EXISTS (SELECT 1 FROM relationship e1_1_r1 JOIN node e1_1_n2
              WHERE e1_1_r1.type_id = (SELECT id FROM relationship_type WHERE name = ?4)
                AND e1_1_r1.start_id <> e1_1_r1.end_id
                AND e1_1_r1.end_id = n1.id
                AND e1_1_n2.id = e1_1_r1.start_id
                AND e1_1_n2.name = ?5))
        """)
  }

  @Test func countSubqueryIsCorrelatedCount() throws {
    let sql = try CypherEngine(store: try GraphStore()).compile(
      "MATCH (p:Person) RETURN p, COUNT { (p)-[:MET_WITH]->() } AS met"
    ).sql
    #expect(
      sql == """
        SELECT n1.id, (SELECT count(*) FROM relationship e1_r1
              WHERE e1_r1.type_id = (SELECT id FROM relationship_type WHERE name = ?2)
                AND e1_r1.start_id = n1.id)
          FROM node n1
          WHERE (n1.label_id = (SELECT id FROM label WHERE name = ?1) OR n1.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = ?1)))
        """)
  }

  static let errors: [(query: String, code: String)] = [
    ("MATCH (n) WHERE (n)-[r]->() RETURN n", "UndefinedVariable"),
    ("MATCH (n) WHERE (n)-->(m) RETURN n", "UndefinedVariable"),
    ("MATCH (n) RETURN (n)-->()", "UnexpectedSyntax"),
    ("MATCH (n) WITH (n)-->() AS x RETURN x", "UnexpectedSyntax"),
    ("MATCH (n) WHERE (n) RETURN n", "InvalidArgumentType"),
    ("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) SET m.x = 1 } RETURN n", "InvalidClauseComposition"),
    ("MATCH (n) RETURN [(n)-->(m) | x] AS l", "UndefinedVariable"),
    ("MATCH (n) WHERE EXISTS { (n)-->(m) } RETURN m", "UndefinedVariable"),
  ]

  @Test(arguments: errors)
  func compileErrors(_ query: String, _ code: String) throws {
    let engine = CypherEngine(store: try GraphStore())
    #expect(throws: CypherError.self) { try engine.compile(query) }
    do {
      _ = try engine.compile(query)
    } catch {
      #expect(error.code == code)
      #expect(error.description.hasPrefix("<query>:1:"))
      #expect(error.description.contains("^"))
    }
  }
}
