import BilatCore
import BilatQuery
import BilatStore
import Testing

/// ORDER BY presorted in SQL keeps Cypher's order when SQLite's differs (mixed value types).
@Suite struct SQLPresortTests {
  @Test func mixedTypesFallBackToCypherOrder() throws {
    let store = try GraphStore()
    try store.write { g in
      for value: PropertyValue in [.int(1), .string("b"), .bool(true), .double(2.5), .string("a"), .bool(false)] {
        _ = try g.createNode(labels: ["T"], properties: ["v": value])
      }
      _ = try g.createNode(labels: ["T"])
    }
    let engine = CypherEngine(store: store)
    let query = "MATCH (n:T) RETURN n.v AS v ORDER BY v"
    #expect(try engine.compile(query).sql?.contains("ORDER BY") == true)
    let expected: [CypherValue] = [.string("a"), .string("b"), .bool(false), .bool(true), .int(1), .float(2.5), .null]
    #expect(try engine.run(query).rows.map { $0[0] } == expected)
    #expect(try engine.run(query + " DESC").rows.map { $0[0] } == expected.reversed())
  }
}
