import BilatStore
import Foundation
import Testing

@testable import BilatQuery

/// An undirected relationship whose date range starts the join is read once, both ways by
/// one row (``SQLBranch/orientation(_:)``), instead of once per direction: the rows are the
/// step-by-step executor's, self-loops count once, and label tests at its ends hold at both
/// sides.
@Suite struct BothWaysRangeTests {
  let engine: CypherEngine
  let stepwise: CypherEngine
  /// Every relationship: the start's country and whether it is a Person, the end's country, the date.
  let meetings: [(from: String, person: Bool, to: String, date: String)]

  /// ``RelationshipRangeStartTests``' graph (30 people of P and 30 of Q: each P person met each Q
  /// person three times over the years and was met by each once in March 2019, so a walk from
  /// either country is long and the month short); then five P people met themselves in that
  /// month, and an organization of Q met every P person then (MET_WITH does not always start at
  /// a Person).
  init() throws {
    let store = try GraphStore()
    engine = CypherEngine(store: store)
    stepwise = CypherEngine.stepByStep(store)
    var meetings: [(String, Bool, String, String)] = []
    try store.write { g in
      let (p, _, pairs) = try RelationshipRangeStartTests.countryMeetings(g)
      meetings = pairs.map { ($0.from, true, $0.to, $0.date) }
      for i in 0..<5 {
        try g.createRelationship(type: "MET_WITH", from: p[i], to: p[i], properties: ["date": "2019-03-02"])
        meetings.append(("P", true, "P", "2019-03-02"))
      }
      let organization = try g.createNode(labels: ["Organization"], properties: ["name": "O", "country": "Q"])
      for person in p {
        try g.createRelationship(type: "MET_WITH", from: organization, to: person, properties: ["date": "2019-03-03"])
        meetings.append(("Q", false, "P", "2019-03-03"))
      }
    }
    self.meetings = meetings
  }

  static let queries = [
    """
    MATCH (a:Person)-[r:MET_WITH]-(b:Person) WHERE a.country = 'P' AND b.country = 'Q'
      AND r.date >= '2019-03-01' AND r.date <= '2019-03-31' RETURN count(*) AS n
    """,
    """
    MATCH (a:Person)-[r:MET_WITH]-(b:Person) WHERE a.country = 'Q' AND b.country = 'P'
      AND r.date >= '2019-03-02' AND r.date < '2019-03-04' RETURN a.name AS a, b.name AS b, r.date AS d ORDER BY a, b, d
    """,
    // Self-loops match once.
    """
    MATCH (a:Person)-[r:MET_WITH]-(b:Person) WHERE a.country = 'P' AND b.country = 'P'
      AND r.date >= '2019-03-01' AND r.date <= '2019-03-31' RETURN a.name AS a, b.name AS b ORDER BY a, b
    """,
    // Without a label on b the organization's meetings count; with one they do not.
    """
    MATCH (a:Person)-[r:MET_WITH]-(b) WHERE a.country = 'P' AND b.country = 'Q'
      AND r.date >= '2019-03-01' AND r.date <= '2019-03-31' RETURN count(*) AS n
    """,
    """
    MATCH (a)-[r:MET_WITH]-(b:Person) WHERE a.country = 'Q' AND b.country = 'P'
      AND r.date = '2019-03-03' RETURN a.name AS a, count(*) AS n ORDER BY n DESC, a LIMIT 3
    """,
    // b's row is read only for the result: joined last, its label tested by id at both sides.
    """
    MATCH (a:Person)-[r:MET_WITH]-(b:Person) WHERE a.country = 'P' AND r.date >= '2019-03-02'
      AND r.date <= '2019-03-03' RETURN b.name AS b, count(*) AS n ORDER BY n DESC, b LIMIT 5
    """,
    """
    MATCH (a:Person)-[r:MET_WITH]-(b) WHERE a.country = 'P' AND r.date = '2019-03-03'
      RETURN b.name AS b, r.date AS d, a.name AS a ORDER BY b, a
    """,
    // A second undirected relationship keeps its two directions.
    """
    MATCH (a:Person)-[r:MET_WITH]-(b:Person)-[s:MET_WITH]-(c:Person) WHERE a.country = 'P' AND b.country = 'P'
      AND r.date = '2019-03-02' RETURN count(*) AS n, count(DISTINCT c) AS people
    """,
  ]

  @Test(arguments: queries)
  func sameRowsAsStepByStep(_ query: String) throws {
    let fast = try engine.run(query).rows
    #expect(fast == (try stepwise.run(query).rows))
    #expect(!fast.isEmpty)
    let plan = try engine.explain(query)
    #expect(
      plan.contains("FROM relationship r1 CROSS JOIN (SELECT 0 AS o UNION ALL SELECT 1) r1o"), "\(plan)")
    #expect(plan.contains("SEARCH r1 USING INDEX relationship_by_date"), "\(plan)")
  }

  /// The self-loops and the organization: counts checked by hand, not only against the
  /// step-by-step executor.
  @Test func countsByHand() throws {
    let selfLoops = try engine.run(Self.queries[2]).rows
    #expect(selfLoops.count == 5)
    let march = meetings.filter { $0.date.hasPrefix("2019-03-") && Set([$0.from, $0.to]) == ["P", "Q"] }
    #expect(march.count > 900)
    let people = march.filter(\.person).count
    #expect(try engine.run(Self.queries[0]).rows == [[.int(Int64(people))]])
    #expect(try engine.run(Self.queries[3]).rows == [[.int(Int64(march.count))]])
  }
}
