import BilatCore
import BilatStore
import Foundation
import Testing

@testable import BilatQuery

@Suite struct EngineTests {
  @Test func createPatternsChainsListsMapsAndNulls() throws {
    let engine = CypherEngine(store: try GraphStore())
    let (_, stats) = try engine.create(
      """
      CREATE (a:Person:Leader {name: 'Alikhan Smailov', roles: ['Prime Minister'], extra: null}),
             (b:Person {name: 'Ding Xuexiang', info: {office: 'State Council'}}),
             (a)-[:MET_WITH {date: '2023-11-27'}]->(b)<-[:HOSTED]-(:City {name: 'Astana'})
      CREATE (a)-[:DISCUSSED]->(:Topic {name: 'trade', amount: 24.2, growth: 35})
      """)
    #expect(stats == CreateStatistics(nodes: 4, relationships: 3, properties: 9, labels: 5))
    let result = try engine.run(
      "MATCH (a:Leader)-[m:MET_WITH]->(b)<-[:HOSTED]-(c) RETURN a.roles, b.info.office, m.date, c.name, a.extra")
    #expect(
      result.rows.map { $0.map(\.description) } == [
        ["['Prime Minister']", "'State Council'", "'2023-11-27'", "'Astana'", "null"]
      ])
  }

  @Test func createWithUnwindAndWith() throws {
    let engine = CypherEngine(store: try GraphStore())
    try engine.create("UNWIND range(1, 5) AS i CREATE (:N {i: i})")
    try engine.create("MATCH (a:N), (b:N) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT]->(b)")
    let path = try engine.run(
      "MATCH p = shortestPath((a:N {i: 1})-[:NEXT*]->(b:N {i: 5})) RETURN length(p), [n IN nodes(p) | n.i]")
    #expect(path.rows.map { $0.map(\.description) } == [["4", "[1, 2, 3, 4, 5]"]])
  }

  @Test func evidenceFunction() throws {
    let store = try GraphStore()
    try store.write { g in
      let a = try g.createNode(labels: ["Person"], properties: ["name": "Alikhan Smailov"])
      let b = try g.createNode(labels: ["Person"], properties: ["name": "Ding Xuexiang"])
      let r = try g.createRelationship(type: "MET_WITH", from: a, to: b)
      let article = try g.insertArticle(
        source: "primeminister.kz/2023-11-27", title: "Meeting", outlet: nil, published: "2023-11-27", url: nil,
        contentHash: "h", text: "Alikhan Smailov met Ding Xuexiang.", nodeID: nil)
      try g.addEvidence(
        EvidenceRecord(
          articleID: article, sentenceIndex: 0, sentence: "Alikhan Smailov met Ding Xuexiang.", start: 0, end: 33,
          rule: "met-with", confidence: 0.9), relationship: r)
    }
    let result = try CypherEngine(store: store).run(
      "MATCH ()-[m:MET_WITH]->() UNWIND evidence(m) AS e RETURN e.source, e.sentence, e.rule")
    #expect(
      result.rows.map { $0.map(\.displayText) } == [
        ["primeminister.kz/2023-11-27", "Alikhan Smailov met Ding Xuexiang.", "met-with"]
      ])
  }

  @Test func explainShowsSQLAndPlan() throws {
    let engine = CypherEngine(store: try GraphStore())
    let result = try engine.run("EXPLAIN MATCH (p:Person {name: 'X'})-[:MET_WITH]->(o) RETURN o.name")
    let text = result.rows.map { $0[0].displayText }.joined(separator: "\n")
    #expect(text.hasPrefix("Plan: single SQL statement\n  - the whole query fits one SQL statement\nSQL:\nSELECT"))
    #expect(text.contains("SEARCH n2 USING COVERING INDEX node_by_name (name=?)"))
    #expect(text.contains("SEARCH r1 USING COVERING INDEX relationship_out (start_id=? AND type_id=?)"))
  }

  @Test func compiledQueriesAreCached() throws {
    let engine = CypherEngine(store: try GraphStore())
    let a = try engine.compile("MATCH (n) RETURN n")
    let b = try engine.compile("MATCH (n) RETURN n")
    #expect(a.sql == b.sql)
    #expect(engine.cachedQueryCount == 1)
  }

  /// Breadth-first reachability gives the same distinct end nodes as enumerating every trail.
  @Test(arguments: [1, 2, 3, 4, 5])
  func reachabilityMatchesTrailEnumeration(seed: Int) throws {
    var rng = SplitMix(seed: UInt64(seed))
    let store = try GraphStore()
    try store.write { g in
      var ids: [Int64] = []
      for i in 0..<25 { ids.append(try g.createNode(labels: ["N"], properties: ["i": .int(Int64(i))])) }
      for _ in 0..<35 {
        let a = ids[Int(rng.next() % 25)]
        let b = ids[Int(rng.next() % 25)]
        try g.createRelationship(type: rng.next() % 4 == 0 ? "B" : "A", from: a, to: b)
      }
    }
    let engine = CypherEngine(store: store)
    for pattern in ["-[:A*1..3]-", "-[*..2]->", "<-[:A|B*0..3]-", "-[:A*..4]-"] {
      for start in 0..<25 {
        let distinctQuery = "MATCH (x:N {i: \(start)})\(pattern)(y) RETURN DISTINCT y.i AS i ORDER BY i"
        let trailQuery = "MATCH (x:N {i: \(start)})\(pattern)(y) RETURN y.i AS i ORDER BY i"
        let compiled = try engine.compile(distinctQuery)
        guard case .match(_, _, _, _, let reachability) = compiled.statement.parts[0][0] else { continue }
        #expect(reachability)
        let fast = try engine.run(distinctQuery).rows.map { $0[0] }
        var seen = Set<CypherValue>()
        let slow = try engine.run(trailQuery).rows.map { $0[0] }.filter { seen.insert($0).inserted }
        #expect(fast == slow, "\(pattern) from \(start)")
      }
    }
  }

  /// Two-hop count(DISTINCT b) deduplicates each hop's frontier in SQL; it must count the
  /// same end nodes as enumerating every trail (relationship uniqueness decides whether the
  /// start node itself is reached).
  @Test(arguments: 1...5)
  func twoHopDistinctMatchesTrailEnumeration(seed: Int) throws {
    var rng = SplitMix(seed: UInt64(seed))
    let store = try GraphStore()
    try store.write { g in
      var ids: [Int64] = []
      for i in 0..<20 {
        ids.append(try g.createNode(labels: i % 3 == 0 ? ["N", "M"] : ["N"], properties: ["i": .int(Int64(i))]))
      }
      for _ in 0..<45 {
        let a = ids[Int(rng.next() % 20)]
        let b = ids[Int(rng.next() % 20)]
        try g.createRelationship(type: rng.next() % 4 == 0 ? "B" : "A", from: a, to: b)
      }
    }
    let engine = CypherEngine(store: store)
    let patterns = [
      "-[:A]-(:N)-[:A]-", "-[:A]->()-[:A|B]-", "<-[]-(:M)-[:B]->", "-[:A]-()<-[:B]-", "-[:A|B]-(:M)-[:A|B]-",
    ]
    for pattern in patterns {
      for start in 0..<20 {
        for condition in ["", "WHERE y.i <> \(start) "] {
          let fastQuery = "MATCH (x:N {i: \(start)})\(pattern)(y:N) \(condition)RETURN count(DISTINCT y) AS n"
          #expect(try engine.compile(fastQuery).sql?.hasPrefix("WITH f(x, m) AS (") == true)
          let fast = try engine.run(fastQuery).rows.map { $0[0] }
          let trailQuery = "MATCH (x:N {i: \(start)})\(pattern)(y:N) \(condition)RETURN DISTINCT y.i AS i"
          let slow = try engine.run(trailQuery).rows.count
          #expect(fast == [.int(Int64(slow))], "\(pattern) from \(start) \(condition)")
        }
      }
    }
  }

  @Test func valuesOrderAndCompareAsCypher() throws {
    let engine = CypherEngine(store: try GraphStore())
    let rows = try engine.run(
      "UNWIND [2, 'b', null, 1.5, true, [1], {a: 1}, 'a', false] AS x RETURN x ORDER BY x"
    ).rows.map { $0[0].description }
    #expect(rows == ["{a: 1}", "[1]", "'a'", "'b'", "false", "true", "1.5", "2", "null"])
    let logic = try engine.run("RETURN null = null, 1 = 1.0, [1, null] = [1, 2], NOT null, 'a' < 1, null OR true")
    #expect(logic.rows[0].map(\.description) == ["null", "true", "null", "null", "null", "true"])
  }

  @Test func parseLiteralForParameters() throws {
    #expect(try CypherValue.parseLiteral("'Kazakhstan'") == .string("Kazakhstan"))
    #expect(
      try CypherValue.parseLiteral("[1, -2.5, {a: true}]") == .list([.int(1), .float(-2.5), .map(["a": .bool(true)])]))
    #expect(throws: CypherError.self) { try CypherValue.parseLiteral("n.name") }
  }
}

/// A small deterministic random generator for graph fixtures.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
