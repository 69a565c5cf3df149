import BilatStore
import Testing

@testable import BilatQuery

/// ORDER BY a count with LIMIT (``SQLCompiler/topRows``): SQL hands over only the first rows by
/// count, or, when rows tied with the last one needed may have been cut off, every row whose
/// count reaches it; the rows are the step-by-step executor's for every SKIP, LIMIT, direction
/// and tie.
@Suite struct TopRowsTests {
  let engine: CypherEngine
  let stepwise: CypherEngine

  /// Person i met i % 7 + 1 others (ties at every count); two people share a name (grouped as
  /// one), and names sort as text ("P10" before "P2").
  init() throws {
    let store = try GraphStore()
    engine = CypherEngine(store: store)
    stepwise = CypherEngine.stepByStep(store)
    try store.write { g in
      let names = (0..<40).map { i in i == 5 ? "P7" : "P\(i)" }
      let people = try names.map { try g.createNode(labels: ["Person"], properties: ["name": .string($0)]) }
      for (i, person) in people.enumerated() {
        for k in 0...(i % 7) {
          try g.createRelationship(type: "MET_WITH", from: person, to: people[(i + k + 1) % people.count])
        }
      }
    }
  }

  static let queries = [
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 5",
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name SKIP 3 LIMIT 4",
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n, name DESC LIMIT 6",
    "MATCH (p:Person)-[:MET_WITH]->(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 0",
    "MATCH (p:Person)-[:MET_WITH]->(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 100",
    "MATCH (p:Person)-[m:MET_WITH]->(q:Person) RETURN q.name AS name, count(m) AS n ORDER BY n DESC, name LIMIT $k",
    "MATCH (p:Person)-[m:MET_WITH]->(q:Person) RETURN q.name AS name, count(DISTINCT p) AS n ORDER BY n DESC, name SKIP $s LIMIT $k",
  ]

  @Test(arguments: queries)
  func sameRowsAsStepByStep(_ query: String) throws {
    let parameters: [String: CypherValue] = ["k": .int(7), "s": .int(2)]
    let fast = try engine.run(query, parameters: parameters).rows
    let slow = try stepwise.run(query, parameters: parameters).rows
    #expect(fast == slow)
    #expect(try engine.explain(query, parameters: parameters).contains("Plan: single SQL statement"))
  }

  @Test func onlyTheTopCountsLeaveSQL() throws {
    let query = Self.queries[0]
    let plan = try #require(try engine.compile(query).sqlPlan)
    #expect(plan.sql.hasPrefix("WITH bilat_top("))
    #expect(plan.sql.hasSuffix("\n  LIMIT 2 * (?6) + 64"))
    // The full form, run when ties may have been cut off, keeps every row reaching the 5th count.
    let full = try #require(plan.topCut?.fullSQL(plan.sql))
    #expect(full.hasPrefix("WITH bilat_top(bilat_s1, bilat_s2, bilat_s3) AS MATERIALIZED (\n"))
    #expect(full.contains("ORDER BY 1 DESC LIMIT 1 OFFSET ?6 - 1"))
    #expect(plan.topCut?.fullSQL("SELECT 1") == nil)
    // A LIMIT without ORDER BY is SQL's own; ORDER BY a name is not a count.
    let byName = try #require(
      try engine.compile("MATCH (p:Person) RETURN p.name AS name, count(*) AS n ORDER BY name LIMIT 3").sql)
    #expect(!byName.contains("bilat_top"))
  }
}
