import BilatQuery
import BilatStore
import Testing

/// The planner's choice and its reasons, as `EXPLAIN` prints them: one place decides how a
/// query runs, and says why the faster strategies did not fit.
@Suite struct QueryPlannerTests {
  static let cases: [(query: String, header: [String])] = [
    (
      "MATCH (p:Person {name: 'X'})-[:MET_WITH]->(o) RETURN o.name",
      ["Plan: single SQL statement", "  - the whole query fits one SQL statement"]
    ),
    (
      "MATCH (a:Person {name: 'X'})-[:MET_WITH*1..3]-(b:Person) RETURN count(DISTINCT b)",
      [
        "Plan: breadth-first reach between two SQL statements",
        "  - not one SQL statement: a variable-length relationship",
        "  - a count of the nodes within reach of one variable-length relationship: start nodes and count in SQL,"
          + " a breadth-first search with a visited set between them",
      ]
    ),
    (
      "MATCH (a:Person)-[:MET_WITH]->(b) WITH a, count(b) AS n RETURN a.name, n",
      [
        "Plan: step by step",
        "  - not one SQL statement: not one MATCH followed by RETURN (MATCH, WITH, RETURN)",
        "  - step by step: each clause in Swift over indexed lookups",
      ]
    ),
    (
      "MATCH p = (a:Person)-[:MET_WITH]->(b) WHERE a.name = 'X' RETURN p",
      [
        "Plan: step by step",
        "  - not one SQL statement: a path variable needs the path built step by step",
        "  - step by step: each clause in Swift over indexed lookups (WHERE anchors `a`)",
      ]
    ),
    (
      "MATCH (a:Person) WHERE a.name =~ 'X.*' RETURN a",
      [
        "Plan: step by step",
        "  - not one SQL statement: a WHERE condition other than a property compared with a constant, a label or an identity test",
        "  - step by step: each clause in Swift over indexed lookups",
      ]
    ),
    (
      "MATCH (a:Person) RETURN a.name AS n UNION MATCH (b:City) RETURN b.name AS n",
      [
        "Plan: step by step", "  - not one SQL statement: UNION of 2 queries",
        "  - step by step: each clause in Swift over indexed lookups",
      ]
    ),
    (
      "MATCH (a:Person {name: 'X'})-[:MET_WITH*1..2]-(b) RETURN DISTINCT b.name",
      [
        "Plan: step by step",
        "  - not one SQL statement: a variable-length relationship",
        "  - step by step: each clause in Swift over indexed lookups"
          + " (variable-length ends found breadth-first (the projection ignores duplicates))",
      ]
    ),
  ]

  @Test(arguments: cases)
  func explainStartsWithThePlanAndWhy(_ query: String, _ header: [String]) throws {
    let engine = CypherEngine(store: try GraphStore())
    let text = try engine.run("EXPLAIN " + query).rows.map { $0[0].displayText }
    #expect(Array(text.prefix(header.count)) == header)
    #expect(try engine.compile(query).strategy == String(header[0].dropFirst("Plan: ".count)))
  }

  @Test func explainShowsEveryStatementOfAReach() throws {
    let engine = CypherEngine(store: try GraphStore())
    let text = try engine.run(
      "EXPLAIN MATCH (a:Person {name: 'X'})-[:MET_WITH*1..3]-(b:Person) RETURN count(DISTINCT b)"
    )
    .rows.map { $0[0].displayText }
    #expect(text.contains("start nodes:"))
    #expect(text.contains("count:"))
    #expect(
      text.contains(
        "reach: breadth-first over MET_WITH relationships with a visited set, at most 3 levels; each level:"))
    #expect(text.filter { $0 == "SQLite plan:" }.count == 3)
  }
}
