import BilatStore
import Foundation
import GRDB
import Testing

@testable import BilatQuery

/// A join starts from a relationship's date range (`relationship_by_date`) when the bound
/// nodes would walk many more relationships than the range holds (``AnchorChoice``), and from
/// the bound nodes otherwise; the rows are the step-by-step executor's either way.
@Suite struct RelationshipRangeStartTests {
  let store: GraphStore
  let engine: CypherEngine
  let stepwise: CypherEngine
  /// Every relationship's start country, end country and date.
  let meetings: [(from: String, to: String, date: String)]

  /// 30 people of P and 30 of Q: each P person met each Q person three times (2,700
  /// relationships from P, over the walk a short walk allows) and was met by each once.
  init() throws {
    store = try GraphStore()
    engine = CypherEngine(store: store)
    stepwise = CypherEngine.stepByStep(store)
    meetings = try store.write { g in try Self.countryMeetings(g).meetings }
  }

  /// Writes the 60 people and their meetings; returns them and every relationship's start
  /// country, end country and date.
  static func countryMeetings(_ g: GraphDatabase) throws -> (
    p: [Int64], q: [Int64], meetings: [(from: String, to: String, date: String)]
  ) {
    var meetings: [(String, String, String)] = []
    let p = try (0..<30).map {
      try g.createNode(labels: ["Person"], properties: ["name": .string("P\($0)"), "country": "P"])
    }
    let q = try (0..<30).map {
      try g.createNode(labels: ["Person"], properties: ["name": .string("Q\($0)"), "country": "Q"])
    }
    for i in 0..<30 {
      for j in 0..<30 {
        for k in 0..<3 {
          let date = String(format: "%04d-%02d-%02d", 2010 + (i + j + k) % 15, 1 + (i * 7 + j) % 12, 1 + k * 9)
          try g.createRelationship(type: "MET_WITH", from: p[i], to: q[j], properties: ["date": .string(date)])
          meetings.append(("P", "Q", date))
        }
        let date = String(format: "2019-03-%02d", 1 + (i * j) % 9)
        try g.createRelationship(type: "MET_WITH", from: q[j], to: p[i], properties: ["date": .string(date)])
        meetings.append(("Q", "P", date))
      }
    }
    return (p, q, meetings)
  }

  static let betweenCountries = """
    MATCH (a:Person)-[r:MET_WITH]-(b:Person) WHERE a.country = 'P' AND b.country = 'Q'
      AND r.date >= $from AND r.date <= $to RETURN count(*) AS n
    """

  private func expected(from: String, to: String) -> Int {
    meetings.filter { $0.date >= from && $0.date <= to }.count
  }

  @Test(arguments: [
    ("2023-06-01", "2023-06-30", true), ("2019-03-05", "2019-03-05", true), ("2000-01-01", "2030-12-31", false),
  ])
  func aNarrowRangeStartsTheJoin(from: String, to: String, startsFromRange: Bool) throws {
    let parameters: [String: CypherValue] = ["from": .string(from), "to": .string(to)]
    let rows = try engine.run(Self.betweenCountries, parameters: parameters).rows
    #expect(rows == [[.int(Int64(expected(from: from, to: to)))]])
    #expect(expected(from: from, to: to) > 0)
    #expect(rows == (try stepwise.run(Self.betweenCountries, parameters: parameters).rows))
    let plan = try engine.explain(Self.betweenCountries, parameters: parameters)
    #expect(plan.contains("among 4 bound-node orders and 1 relationship range (`relationship_by_date`)"))
    if startsFromRange {
      // One scan of the range, both ways by one row (``SQLBranch/orientation(_:)``); the ends
      // joined, or tested by membership when the range reaches them often (MembershipProbeTests).
      #expect(
        plan.contains(
          "FROM relationship r1 CROSS JOIN (SELECT 0 AS o UNION ALL SELECT 1) r1o CROSS JOIN node n2 CROSS JOIN node n3\n"
        ) || plan.contains("r1o\n  WHERE") && plan.contains("+iif(r1o.o, r1.end_id, r1.start_id) IN (SELECT n2.id"))
      #expect(!plan.contains("UNION ALL\nSELECT"))
      #expect(plan.contains("SEARCH r1 USING INDEX relationship_by_date (type_id=? AND date>? AND date<?)"), "\(plan)")
      #expect(plan.contains("AND r1.date >= ?6\n"))
    } else {
      #expect(plan.contains("FROM node n2 CROSS JOIN relationship r1 CROSS JOIN node n3\n"))
      #expect(plan.contains("AND +r1.date >= ?6\n"))
      #expect(!plan.contains("USING INDEX relationship_by_date"))
    }
  }

  @Test func oneBindingAndAnEqualityOnTheDate() throws {
    let text =
      "MATCH (a:Person {country: 'P'})-[r:MET_WITH]->(b) WHERE r.date = '2023-07-10' RETURN b.name AS name ORDER BY name"
    let rows = try engine.run(text).rows
    #expect(rows == (try stepwise.run(text).rows))
    #expect(rows.count == meetings.filter { $0.from == "P" && $0.date == "2023-07-10" }.count)
    #expect(rows.count == 14)
    let plan = try engine.explain(text)
    #expect(plan.contains("among 1 bound-node order and 1 relationship range"))
    #expect(plan.contains("SEARCH r1 USING INDEX relationship_by_date (type_id=? AND date=?)"), "\(plan)")
  }

  /// A short walk (Q's 900 relationships as their start) never probes the range.
  @Test func aShortWalkKeepsTheNodeStart() throws {
    let text = "MATCH (a:Person {country: 'Q'})-[r:MET_WITH]->(b) WHERE r.date = '2019-03-01' RETURN count(*) AS n"
    let expected = Int64(meetings.filter { $0.from == "Q" && $0.date == "2019-03-01" }.count)
    #expect(try engine.run(text).rows == [[.int(expected)]])
    #expect(try engine.explain(text).contains("FROM node n2 CROSS JOIN relationship r1"))
  }

  /// A limit that is not a string matches nothing and never starts the join.
  @Test func aNumberForADateMatchesNothing() throws {
    let parameters: [String: CypherValue] = ["from": .int(2023), "to": .string("2023-06-30")]
    #expect(try engine.run(Self.betweenCountries, parameters: parameters).rows == [[.int(0)]])
  }
}
