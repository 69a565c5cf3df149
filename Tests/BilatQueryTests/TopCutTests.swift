import BilatStore
import Testing

@testable import BilatQuery

/// ORDER BY a count with LIMIT when more rows tie than the cut statement keeps
/// (``SQLPlan/TopCut``): the runner notices that ties may have been cut off and runs the full
/// form; the rows are the step-by-step executor's either way.
@Suite struct TopCutTests {
  let engine: CypherEngine
  let stepwise: CypherEngine

  /// 200 people in a ring (each met 2, directed 1 in and 1 out), and the first ten also met
  /// 10 - i others, so the top counts differ and every later count ties at 2.
  init() throws {
    let store = try GraphStore()
    engine = CypherEngine(store: store)
    stepwise = CypherEngine.stepByStep(store)
    try store.write { g in
      let people = try (0..<200).map { i in
        try g.createNode(labels: ["Person"], properties: ["name": .string("P\(1000 + (i * 37) % 200)")])
      }
      for (i, person) in people.enumerated() {
        try g.createRelationship(type: "MET_WITH", from: person, to: people[(i + 1) % people.count])
        if i < 10 {
          for k in 0..<(10 - i) {
            try g.createRelationship(type: "MET_WITH", from: person, to: people[20 + 10 * i + k])
          }
        }
      }
    }
  }

  static let queries = [
    // The top five differ: the cut form's rows suffice.
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 5",
    // Every one of the lowest counts ties: 200 groups, 74 kept, the full form runs.
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n, name LIMIT 5",
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name SKIP 8 LIMIT 5",
    "MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name SKIP 70 LIMIT 5",
    "MATCH (p:Person)-[m:MET_WITH]->(q:Person) RETURN q.name AS name, count(m) AS n ORDER BY n DESC, name LIMIT $k",
    "MATCH (p:Person)-[m:MET_WITH]->(q:Person) RETURN p.name AS name, count(DISTINCT q) AS n ORDER BY n, name DESC SKIP $s LIMIT $k",
    "MATCH (p:Person)-[:MET_WITH]-(q:Person) RETURN p.name AS name, count(q) AS n ORDER BY n DESC, name LIMIT 100",
  ]

  @Test(arguments: queries)
  func sameRowsAsStepByStep(_ query: String) throws {
    let parameters: [String: CypherValue] = ["k": .int(7), "s": .int(3)]
    let fast = try engine.run(query, parameters: parameters).rows
    let slow = try stepwise.run(query, parameters: parameters).rows
    #expect(fast == slow)
    #expect(try engine.compile(query).sqlPlan?.topCut != nil)
  }

  /// The cut may have left out ties only when it returned all it could keep and its last count
  /// equals the last needed one.
  @Test func mayHaveCutOnlyWhenFullAndTied() {
    #expect(SQLPlan.TopCut.mayHaveCut([9, 7, 5, 5], needed: 2, kept: 4) == false)
    #expect(SQLPlan.TopCut.mayHaveCut([9, 5, 5, 5], needed: 2, kept: 4) == true)
    #expect(SQLPlan.TopCut.mayHaveCut([9, 5, 5], needed: 2, kept: 4) == false)
    #expect(SQLPlan.TopCut.mayHaveCut([5, 5, 5, 5], needed: 0, kept: 4) == false)
    #expect(SQLPlan.TopCut.mayHaveCut([], needed: 3, kept: 70) == false)
  }
}
