import BilatStore
import Testing

@testable import BilatQuery

/// The step matcher keeps each node's relationships for the rest of a query
/// (`GraphReader.expand`): walks must still see every trail, and a CREATE in the same statement
/// must be seen by the walks after it.
@Suite struct AdjacencyMemoTests {
  /// A small dense graph: a triangle, a parallel edge, a self-loop and a tail.
  static let edges: [(Int, Int, String)] = [
    (1, 2, "R"), (2, 3, "R"), (3, 1, "R"), (1, 2, "S"), (3, 3, "R"), (3, 4, "S"),
  ]

  static func engine() throws -> CypherEngine {
    let engine = CypherEngine(store: try GraphStore())
    try engine.create("UNWIND range(1, 4) AS i CREATE (:N {i: i})")
    for (a, b, type) in edges {
      try engine.create("MATCH (a:N {i: \(a)}), (b:N {i: \(b)}) CREATE (a)-[:\(type)]->(b)")
    }
    return engine
  }

  /// Trails (no relationship twice) from `start` of `low...high` steps, counted by walking the
  /// edge list directly: the reference the engine's answer is checked against.
  static func trails(from start: Int, _ low: Int, _ high: Int, types: Set<String>, directed: Bool) -> Int {
    var count = 0
    func walk(_ node: Int, _ used: Set<Int>) {
      if used.count >= low { count += 1 }
      guard used.count < high else { return }
      for (k, (a, b, type)) in edges.enumerated() where !used.contains(k) && (types.isEmpty || types.contains(type)) {
        if a == node { walk(b, used.union([k])) }
        // an undirected step crosses a self-loop once
        if !directed, b == node, a != b { walk(a, used.union([k])) }
      }
    }
    walk(start, [])
    return count
  }

  /// A variable-length relationship pattern and what it allows.
  struct Walk: Sendable, CustomTestStringConvertible {
    var pattern: String
    var low: Int
    var high: Int
    var types: Set<String>
    var directed: Bool
    var testDescription: String { pattern }
  }

  @Test(arguments: [
    Walk(pattern: "-[*1..4]-", low: 1, high: 4, types: [], directed: false),
    Walk(pattern: "-[*0..6]-", low: 0, high: 6, types: [], directed: false),
    Walk(pattern: "-[:R*1..6]->", low: 1, high: 6, types: ["R"], directed: true),
    Walk(pattern: "-[:R|S*2..5]-", low: 2, high: 5, types: ["R", "S"], directed: false),
  ])
  func walksSeeEveryTrail(_ walk: Walk) throws {
    let engine = try Self.engine()
    for start in 1...4 {
      let result = try engine.run("MATCH (a:N {i: \(start)})\(walk.pattern)(b) RETURN count(*) AS n")
      let expected = Self.trails(from: start, walk.low, walk.high, types: walk.types, directed: walk.directed)
      #expect(result.rows.map { $0.map(\.description) } == [["\(expected)"]], "from \(start)")
    }
  }

  @Test func aCreateIsSeenByTheWalksAfterIt() throws {
    let engine = try Self.engine()
    let (result, _) = try engine.create(
      """
      MATCH (a:N {i: 4})-[*1..2]-(x) WITH a, count(x) AS before
      CREATE (a)-[:S]->(:N {i: 5})
      WITH a, before MATCH (a)-[*1..2]-(y) RETURN before, count(y) AS after
      """)
    // before: 4-3, then from 3 to 2, to 1 and round its loop (crossed once); after: plus 4-5,
    // which a walk reading node 4's relationships kept from before the CREATE would miss
    #expect(result.rows.map { $0.map(\.description) } == [["4", "5"]])
  }
}
