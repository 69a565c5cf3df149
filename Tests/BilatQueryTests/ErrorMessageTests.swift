import BilatQuery
import BilatStore
import Testing

/// Error and warning messages, pinned with their positions.
@Suite struct ErrorMessageTests {
  let engine: CypherEngine

  init() throws {
    let store = try GraphStore()
    try store.write { g in
      let a = try g.createNode(labels: ["Person"], properties: ["name": "Alikhan Smailov"])
      let b = try g.createNode(labels: ["Person"], properties: ["name": "Ding Xuexiang"])
      try g.createRelationship(type: "MET_WITH", from: a, to: b, properties: ["date": "2023-11-27"])
    }
    engine = CypherEngine(store: store)
  }

  func message(_ query: String) -> String {
    do {
      _ = try engine.run(query)
      return "no error"
    } catch {
      return error.description
    }
  }

  @Test func missingParenthesis() {
    #expect(
      message("MATCH (n:Person RETURN n") == """
        <query>:1:17: error: expected ')', found 'RETURN'
        MATCH (n:Person RETURN n
                        ^~~~~~
        """)
  }

  @Test func positionOnLaterLine() {
    #expect(
      message("MATCH (n)\nWHERE n.name = 'x'\nRETURN m") == """
        <query>:3:8: error: variable 'm' is not defined
        RETURN m
               ^
        """)
  }

  @Test func unknownFunction() {
    #expect(
      message("RETURN lenght('abc')") == """
        <query>:1:8: error: unknown function 'lenght'
        RETURN lenght('abc')
               ^~~~~~~~~~~~~
        """)
  }

  @Test func aggregationInWhere() {
    #expect(
      message("MATCH (a) WHERE count(a) > 1 RETURN a") == """
        <query>:1:17: error: aggregate count() cannot be used in WHERE
        MATCH (a) WHERE count(a) > 1 RETURN a
                        ^~~~~~~~
        """)
  }

  @Test func writesAreRefused() {
    #expect(message("CREATE (n:Person)").hasPrefix("<query>: error: queries are read-only"))
    #expect(
      message("MATCH (n) DELETE n RETURN n") == """
        <query>:1:11: error: DELETE is not supported: Bilat queries are read-only (use `bilat create` for CREATE)
        MATCH (n) DELETE n RETURN n
                  ^~~~~~
        """)
  }

  @Test func unterminatedString() {
    #expect(
      message("MATCH (n {name: 'Ding}) RETURN n") == """
        <query>:1:17: error: unterminated string literal
        MATCH (n {name: 'Ding}) RETURN n
                        ^~~~~~~~~~~~~~~~
        """)
  }

  @Test func didYouMeanForTypesLabelsAndKeys() throws {
    let result = try engine.run("MATCH (a:Persn)-[:MET_WIT]-(b) WHERE b.nmae = 'x' RETURN a")
    #expect(
      result.warnings.map(\.description) == [
        """
        <query>:1:10: warning: no label 'Persn' in the database; did you mean Person?
        MATCH (a:Persn)-[:MET_WIT]-(b) WHERE b.nmae = 'x' RETURN a
                 ^~~~~
        """,
        """
        <query>:1:19: warning: no relationship type 'MET_WIT' in the database; did you mean MET_WITH?
        MATCH (a:Persn)-[:MET_WIT]-(b) WHERE b.nmae = 'x' RETURN a
                          ^~~~~~~
        """,
        """
        <query>:1:38: warning: no node property 'nmae' in the database; did you mean name?
        MATCH (a:Persn)-[:MET_WIT]-(b) WHERE b.nmae = 'x' RETURN a
                                             ^~~~~~
        """,
      ])
  }

  @Test func runtimeLimits() throws {
    let store = try GraphStore()
    try store.write { g in for _ in 0..<300 { try g.createNode(labels: ["N"]) } }
    let limited = CypherEngine(store: store, options: QueryOptions(rowLimit: 1000))
    #expect(throws: CypherError.self) { try limited.run("MATCH (a), (b) WITH a, b RETURN count(*)") }
    do {
      _ = try limited.run("MATCH (a), (b) WITH a, b RETURN count(*)")
    } catch {
      #expect(error.code == "RowLimitExceeded")
    }
    // One SQL statement (27 million rows to count) interrupted by SQLite.
    let timed = CypherEngine(store: store, options: QueryOptions(timeLimit: 0.05))
    do {
      _ = try timed.run("MATCH (a), (b), (c) RETURN count(*)")
      Issue.record("expected the time limit to stop the query")
    } catch {
      #expect(error.code == "TimeLimitExceeded")
    }
  }
}

/// Hostile nesting is refused before it can exhaust the stack.
@Suite struct NestingTests {
  @Test func deepNestingIsAnError() throws {
    let engine = CypherEngine(store: try GraphStore())
    let ok = "RETURN " + String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150) + " AS x"
    #expect(try engine.run(ok).rows == [[.int(1)]])
    for deep in [
      "RETURN " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000),
      "RETURN " + String(repeating: "NOT ", count: 5000) + "true",
      "RETURN " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000),
      "RETURN 1" + String(repeating: " + 1", count: 5000),
    ] {
      do {
        _ = try engine.compile(deep)
        Issue.record("accepted a deeply nested expression")
      } catch {
        #expect(error.code == "ExpressionTooDeep")
      }
    }
  }
}
