import BilatCore
import BilatStore
import Testing

@testable import BilatQuery

/// Grouping and DISTINCT put an integer and a float of the same value in one group (Cypher's
/// equivalence: 1 and 1.0), whether the query compiles to one SQL statement or runs step by
/// step; a string "1" and `true` stay apart.
@Suite struct NumberGroupingTests {
  /// Names 1, 1.0, 2.5, true, "1" and "x"; MET_WITH from 1 to 1.0 and from "x" to 2.5.
  static func graph() throws -> GraphStore {
    let store = try GraphStore()
    try store.write { g in
      let names: [PropertyValue] = [.int(1), .double(1.0), .string("x"), .double(2.5), .bool(true), .string("1")]
      var ids: [Int64] = []
      for name in names { ids.append(try g.createNode(labels: ["Person"], properties: ["name": name])) }
      try g.createRelationship(type: "MET_WITH", from: ids[0], to: ids[1])
      try g.createRelationship(type: "MET_WITH", from: ids[2], to: ids[3])
    }
    return store
  }

  @Test(arguments: [
    ("MATCH (p:Person)-[:MET_WITH]-() RETURN p.name AS name, count(*) AS n", ["'x'|1", "1|2", "2.5|1"]),
    ("MATCH (p:Person) RETURN p.name AS name, count(*) AS n", ["'1'|1", "'x'|1", "1|2", "2.5|1", "true|1"]),
    ("MATCH (p:Person) RETURN DISTINCT p.name AS name", ["'1'", "'x'", "1", "2.5", "true"]),
    ("MATCH (p:Person) RETURN count(DISTINCT p.name) AS n", ["5"]),
  ])
  func integerAndFloatGroupTogether(query: String, expected: [String]) throws {
    let store = try Self.graph()
    let compiled = try DegreeRuleTests.rows(CypherEngine(store: store), query)
    #expect(compiled == expected)
    #expect(try DegreeRuleTests.rows(CypherEngine.stepByStep(store), query) == expected)
  }
}
