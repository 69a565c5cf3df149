import BilatStore
import Foundation
import GRDB
import Testing

@testable import BilatQuery

/// A bound node that does not start the join and is read only for hot-column equalities and
/// label tests is tested by membership, `+id IN (SELECT n.id FROM node n WHERE …)`, when the
/// walk from the start reaches it many times per node of the set (``AnchorChoice``,
/// ``SQLBranch/membershipProbes(_:)``); the rows are the step-by-step executor's either way.
@Suite struct MembershipProbeTests {
  let engine: CypherEngine
  let stepwise: CypherEngine
  /// The same graph without planner statistics: the walk cannot be estimated, so no set.
  let unanalyzed: CypherEngine

  init() throws {
    let store = try GraphStore()
    try store.write { g in
      try Self.meetings(g)
      try PlannerStatistics.refresh(g.db, full: true)
    }
    engine = CypherEngine(store: store)
    stepwise = CypherEngine.stepByStep(store)
    let bare = try GraphStore()
    try bare.write { g in try Self.meetings(g) }
    unanalyzed = CypherEngine(store: bare)
  }

  /// 20 people of P each met each of 20 people of Q three times (half of them started by the Q
  /// person) and 40 people of R once; Q also has 5 organizations, which met every P person, and
  /// 3 officials whose first label is `Official` (`Person` is an extra label), met by every P
  /// person. Five P people belong to a club of Q.
  static func meetings(_ g: GraphDatabase) throws {
    func node(_ labels: [String], _ name: String, _ country: String) throws -> Int64 {
      try g.createNode(labels: labels, properties: ["name": .string(name), "country": .string(country)])
    }
    let p = try (0..<20).map { try node(["Person"], "P\($0)", "P") }
    let q = try (0..<20).map { try node(["Person"], "Q\($0)", "Q") }
    let r = try (0..<40).map { try node(["Person"], "R\($0)", "R") }
    let organizations = try (0..<5).map { try node(["Organization"], "QO\($0)", "Q") }
    let officials = try (0..<3).map { try node(["Official", "Person"], "QF\($0)", "Q") }
    let club = try node(["Club"], "Q club", "Q")
    for (i, a) in p.enumerated() {
      for (j, b) in q.enumerated() {
        for k in 0..<3 {
          let (from, to) = (i + j + k) % 2 == 0 ? (a, b) : (b, a)
          try g.createRelationship(type: "MET_WITH", from: from, to: to)
        }
      }
      for b in r { try g.createRelationship(type: "MET_WITH", from: a, to: b) }
      for o in organizations { try g.createRelationship(type: "MET_WITH", from: o, to: a) }
      for f in officials { try g.createRelationship(type: "MET_WITH", from: a, to: f) }
      if i < 5 { try g.createRelationship(type: "MEMBER_OF", from: a, to: club) }
    }
  }

  /// Queries and whether the statement tests a node by membership.
  static let queries: [(String, Bool)] = [
    (
      "MATCH (a:Person)-[:MET_WITH]-(b:Person) WHERE a.country = 'P' AND b.country = 'Q' RETURN count(*) AS n",
      true
    ),
    // The organizations count without a label on b; the officials with one (an extra label).
    ("MATCH (a:Person)-[:MET_WITH]-(b) WHERE a.country = 'P' AND b.country = 'Q' RETURN count(*) AS n", true),
    (
      "MATCH (a:Person)-[:MET_WITH]->(b:Person {country: 'Q'}) WHERE a.country = 'P' RETURN a.name AS a, count(*) AS n"
        + " ORDER BY n DESC, a",
      true
    ),
    (
      "MATCH (a:Person)-[:MET_WITH]-(b:Person) WHERE a.country = $from AND b.country = $to AND b:Person"
        + " RETURN count(*) AS n",
      true
    ),
    // A second hop from the probed node.
    (
      "MATCH (b:Person)-[:MET_WITH]-(a:Person)-[:MEMBER_OF]->(c:Club) WHERE a.country = 'P' AND b.country = 'Q'"
        + " RETURN c.name AS club, count(*) AS n",
      true
    ),
    // The top counts kept by SQLite's sorter (``SQLPlan/TopCut``) around the probed variant.
    (
      "MATCH (a:Person)-[:MET_WITH]-(b:Person) WHERE a.country = 'P' AND b.country = 'Q' RETURN a.name AS a, count(*) AS n"
        + " ORDER BY n DESC, a LIMIT 3",
      true
    ),
    // b's row is read for the result, or by a test other than an equality: joined.
    (
      "MATCH (a:Person)-[:MET_WITH]-(b:Person) WHERE a.country = 'P' AND b.country = 'Q' RETURN b.name AS b, count(*) AS n"
        + " ORDER BY n DESC, b LIMIT 5",
      false
    ),
    (
      "MATCH (a:Person)-[:MET_WITH]-(b:Person) WHERE a.country = 'P' AND b.country = 'Q' AND b.name STARTS WITH 'Q1'"
        + " RETURN count(*) AS n",
      false
    ),
    // A start of one node walks fewer rows than the set holds: joined.
    (
      "MATCH (a:Person {name: 'P3'})-[:MET_WITH]-(b:Person) WHERE b.country = 'R' RETURN count(*) AS n",
      false
    ),
  ]

  static let parameters: [String: CypherValue] = ["from": .string("P"), "to": .string("Q")]

  @Test(arguments: queries)
  func sameRowsAsStepByStep(_ query: String, probed: Bool) throws {
    let rows = try engine.run(query, parameters: Self.parameters).rows
    #expect(rows == (try stepwise.run(query, parameters: Self.parameters).rows))
    #expect(rows == (try unanalyzed.run(query, parameters: Self.parameters).rows))
    #expect(!rows.isEmpty && rows != [[.int(0)]])
    let plan = try engine.explain(query, parameters: Self.parameters)
    #expect(Self.probes(plan) == probed, "\(plan)")
    #expect(!Self.probes(try unanalyzed.explain(query, parameters: Self.parameters)))
  }

  /// True when `plan` tests a node id by membership.
  static func probes(_ plan: String) -> Bool {
    plan.range(of: #"\+\S+ IN \(SELECT n\d+\.id FROM node n\d+ WHERE"#, options: .regularExpression) != nil
  }

  /// The statement's text and SQLite's plan: the far node's set built from `node_by_country`
  /// (which holds `label_id`), no primary-key lookup into `node` for it.
  @Test func pinnedSQL() throws {
    let plan = try engine.explain(Self.queries[0].0)
    #expect(plan.contains("tested against the set of its matches when the walk is long"))
    #expect(
      plan.contains(
        "  FROM node n2 CROSS JOIN relationship r1\n"
          + "  WHERE r1.type_id = (SELECT id FROM relationship_type WHERE name = ?1)\n"
          + "    AND n2.id = r1.start_id\n"), "\(plan)")
    #expect(
      plan.contains(
        "    AND +r1.end_id IN (SELECT n3.id FROM node n3 WHERE n3.country = ?5 AND ((SELECT t.count = l.count"),
      "\(plan)")
    #expect(plan.contains("    AND +r1.start_id IN (SELECT n3.id FROM node n3 WHERE n3.country = ?10 AND ((SELECT"))
    #expect(plan.contains("OR (n3.label_id = (SELECT id FROM label WHERE name = ?3) OR n3.id IN (SELECT node_id"))
    #expect(plan.contains("LIST SUBQUERY"))
    #expect(plan.contains("SEARCH n3 USING COVERING INDEX node_by_country (country=?)"))
    #expect(!plan.contains("SEARCH n3 USING INTEGER PRIMARY KEY"))
    #expect(plan.contains("SEARCH r1 USING COVERING INDEX relationship_out (start_id=? AND type_id=?)"))
  }

  /// Counts checked by hand: 1,200 meetings between P and Q people, 60 with the officials,
  /// 100 with the organizations.
  @Test func countsByHand() throws {
    #expect(try engine.run(Self.queries[0].0).rows == [[.int(1260)]])
    #expect(try engine.run(Self.queries[1].0).rows == [[.int(1360)]])
  }

  /// A relationship range that starts the join, read both ways by one row, reaches both ends'
  /// tests twice per relationship: ``BothWaysRangeTests``' graph and queries, analyzed.
  @Test func rangeStartProbesTheEnds() throws {
    let store = try GraphStore()
    try store.write { g in
      _ = try RelationshipRangeStartTests.countryMeetings(g)
      try PlannerStatistics.refresh(g.db, full: true)
    }
    let engine = CypherEngine(store: store)
    let stepwise = CypherEngine.stepByStep(store)
    for query in BothWaysRangeTests.queries {
      #expect(try engine.run(query).rows == (try stepwise.run(query).rows), "\(query)")
    }
    let plan = try engine.explain(BothWaysRangeTests.queries[0])
    #expect(plan.contains("FROM relationship r1 CROSS JOIN (SELECT 0 AS o UNION ALL SELECT 1) r1o\n"), "\(plan)")
    #expect(plan.contains("AND +iif(r1o.o, r1.end_id, r1.start_id) IN (SELECT n2.id FROM node n2 WHERE n2.country = ?"))
    #expect(plan.contains("AND +iif(r1o.o, r1.start_id, r1.end_id) IN (SELECT n3.id FROM node n3 WHERE n3.country = ?"))
    #expect(plan.contains("SEARCH r1 USING INDEX relationship_by_date"))
    #expect(!plan.contains("INTEGER PRIMARY KEY"))
  }

  /// The statement is cached with its variants; the set is built from each run's snapshot, so
  /// nodes written after the first run (a person of Q through an extra label, a relabelled
  /// organization) count at once.
  @Test func writesAfterTheFirstRunCount() throws {
    let query = Self.queries[0].0
    let before = try engine.run(query).rows
    try engine.store.write { g in
      let person = try g.createNode(
        labels: ["Delegate", "Person"], properties: ["name": .string("QD"), "country": .string("Q")])
      let a = try #require(try Int64.fetchOne(g.db, sql: "SELECT id FROM node WHERE name = 'P0'"))
      for _ in 0..<4 { try g.createRelationship(type: "MET_WITH", from: a, to: person) }
    }
    let after = try engine.run(query).rows
    #expect(after == (try stepwise.run(query).rows))
    #expect(before == [[.int(1260)]] && after == [[.int(1264)]])
    #expect(Self.probes(try engine.explain(query)))
  }

  @Test(arguments: [
    ("n3.id = r1.end_id", "n3", true), ("n13.id = r1.end_id", "n3", false), ("s1_n3.id = 1", "n3", false),
    ("(n3.label_id = 1)", "n3", true), ("n3 = 1", "n3", false), ("x AND n3.country = ?2", "n3", true),
  ])
  func mentions(_ text: String, alias: String, expected: Bool) {
    #expect(SQLBranch.mentions(text, alias: alias) == expected)
  }
}
