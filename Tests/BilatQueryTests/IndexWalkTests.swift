import BilatCore
import BilatStore
import GRDB
import Testing

@testable import BilatQuery

/// The index walk of a count grouped by one hot property (`SQLPlan.IndexWalk`): the nodes whose
/// value is in the column are read in the order of `node_by_name` / `node_by_country`, the
/// others grouped apart. Its rows equal the step-by-step executor's whatever the values' types
/// (strings with escapes, numbers, booleans, lists, none), and it runs only while the grouped
/// label holds a quarter of the nodes.
@Suite struct IndexWalkTests {
  static let queries = [
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 3",
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY name",
    "MATCH (p:Person)-[:MET_WITH]->() RETURN p.name AS name, count(*) AS n",
    "MATCH (p:Person)<-[r:MET_WITH]-(:Person) RETURN count(r) AS n, p.country AS country ORDER BY n, country",
    "MATCH (p)-[:MET_WITH]-() RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name SKIP 1 LIMIT 2",
  ]

  /// The values a name or country takes: strings (one with a backslash, one with a quote) and
  /// values of other types, which are kept in `props`.
  static let values: [PropertyValue?] = [
    .string("a"), .string("b"), .string("a\\b"), .string("\"q\""), .int(1), .double(1.0), .double(2.5), .bool(true),
    .list([.int(1)]), nil,
  ]

  /// `people` Persons and `others` Cities; MET_WITH between random Persons (self-loops too).
  static func graph(seed: UInt64, people: Int, others: Int) throws -> GraphStore {
    let store = try GraphStore()
    var random = DegreeRuleTests.Generator(state: seed)
    try store.write { g in
      var ids: [Int64] = []
      for i in 0..<(people + others) {
        var properties: [String: PropertyValue] = [:]
        for key in ["name", "country"] {
          if let value = values[Int.random(in: 0..<values.count, using: &random)] { properties[key] = value }
        }
        let id = try g.createNode(labels: i < people ? ["Person"] : ["City"], properties: properties)
        if i < people { ids.append(id) }
      }
      for _ in 0..<(people * 3) {
        guard let a = ids.randomElement(using: &random), let b = ids.randomElement(using: &random) else { break }
        try g.createRelationship(type: "MET_WITH", from: a, to: Int.random(in: 0..<8, using: &random) == 0 ? a : b)
      }
    }
    return store
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func sameRowsAsStepByStep(seed: UInt64) throws {
    for (people, others, walks) in [(40, 10, true), (10, 60, false)] {
      let store = try Self.graph(seed: seed, people: people, others: others)
      let engine = CypherEngine(store: store)
      let stepwise = CypherEngine.stepByStep(store)
      for query in Self.queries {
        #expect(try DegreeRuleTests.rows(engine, query) == DegreeRuleTests.rows(stepwise, query), "\(query)")
        let explained = try engine.explain(query)
        #expect(explained.contains("relationship_degree dg"), "\(query)")
        // A query without a label walks whatever the share of the Persons.
        let expected = walks || !query.contains("(p:Person)")
        #expect(explained.contains("INDEXED BY node_by_") == expected, "\(query) (\(people) of \(people + others))")
      }
    }
  }

  /// Not walked: the node itself or two properties returned, a WHERE, inline properties.
  @Test func onlyOneHotPropertyWithoutFilters() throws {
    let store = try Self.graph(seed: 5, people: 40, others: 0)
    let engine = CypherEngine(store: store)
    let stepwise = CypherEngine.stepByStep(store)
    for query in [
      "MATCH (p:Person)-[:MET_WITH]-() RETURN p, count(*) AS n",
      "MATCH (p:Person)-[:MET_WITH]-() RETURN p.name AS name, p.country AS country, count(*) AS n",
      "MATCH (p:Person)-[:MET_WITH]-() WHERE p.country = 'a' RETURN p.name AS name, count(*) AS n",
      "MATCH (p:Person {country: 'b'})-[:MET_WITH]-() RETURN p.name AS name, count(*) AS n",
      "MATCH (p:Person)-[:MET_WITH]-() RETURN p.other AS other, count(*) AS n",
    ] {
      #expect(try DegreeRuleTests.rows(engine, query) == DegreeRuleTests.rows(stepwise, query), "\(query)")
      let explained = try engine.explain(query)
      #expect(explained.contains("relationship_degree dg"), "\(query)")
      #expect(!explained.contains("INDEXED BY node_by_"), "\(query)")
    }
  }
}
