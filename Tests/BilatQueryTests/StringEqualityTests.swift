import BilatStore
import Testing

@testable import BilatQuery

/// Strings are equal when their bytes are (`CypherValue ==` and its hash), as they order and as
/// SQL groups them: a name written with a precomposed letter and the same name with a combining
/// accent stay two values for DISTINCT and grouping, whichever way the query runs.
@Suite struct StringEqualityTests {
  static let composed = "Z\u{E9}ro"
  static let decomposed = "Ze\u{301}ro"

  @Test func canonicallyEquivalentStringsAreTwoValues() {
    #expect(CypherValue.string(Self.composed) != CypherValue.string(Self.decomposed))
    #expect(Set([CypherValue.string(Self.composed), .string(Self.decomposed), .string(Self.composed)]).count == 2)
    #expect(CypherValue.string("Astana") == CypherValue.string("Astana"))
  }

  @Test(arguments: [
    "MATCH (p:Person) RETURN DISTINCT p.name AS name ORDER BY name",
    "MATCH (p:Person)-[:MET_WITH]->(:Person) RETURN p.name AS name, count(*) AS n ORDER BY name",
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 5",
  ])
  func bothStrategiesGroupAlike(_ query: String) throws {
    let store = try GraphStore()
    let engine = CypherEngine(store: store)
    let stepwise = CypherEngine.stepByStep(store)
    try engine.create(
      """
      CREATE (a:Person {name: '\(Self.composed)'}), (b:Person {name: '\(Self.decomposed)'}), (c:Person {name: 'C'}),
             (a)-[:MET_WITH]->(c), (b)-[:MET_WITH]->(c), (b)-[:MET_WITH]->(a)
      """)
    let fast = try engine.run(query).rows
    #expect(fast == (try stepwise.run(query).rows))
    #expect(fast.filter { $0.first == .string(Self.composed) || $0.first == .string(Self.decomposed) }.count == 2)
  }
}
