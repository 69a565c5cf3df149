import BilatQuery
import BilatStore
import Foundation
import Synchronization
import Testing

/// A compiled query keeps its prepared statement and its warnings between runs
/// (``StatementMemo``, ``WarningMemo``): runs of other texts, values, parameters and
/// connections in between never see another query's rows or warnings.
@Suite struct RepeatedRunTests {
  static func store(path: String? = nil) throws -> GraphStore {
    let store = try path.map { try GraphStore(path: $0) } ?? GraphStore()
    try store.write { g in
      for (name, country) in [("Alikhan Smailov", "Kazakhstan"), ("Ding Xuexiang", "China")] {
        _ = try g.createNode(labels: ["Person"], properties: ["name": .string(name), "country": .string(country)])
      }
    }
    return store
  }

  static func countries(_ engine: CypherEngine, _ query: String, _ parameters: [String: CypherValue] = [:]) throws
    -> [String]
  {
    try engine.run(query, parameters: parameters).rows.map { $0.first?.description ?? "" }
  }

  func check(_ engine: CypherEngine) throws {
    // The same SQL with other bound values, and one query with other parameters, alternately.
    let a = "MATCH (n:Person {name: 'Alikhan Smailov'}) RETURN n.country"
    let b = "MATCH (n:Person {name: 'Ding Xuexiang'}) RETURN n.country"
    let p = "MATCH (n:Person {name: $name}) RETURN n.country"
    let typo = "MATCH (n:Persn {name: 'Ding Xuexiang'}) RETURN n.country"
    for _ in 0..<3 {
      #expect(try Self.countries(engine, a) == ["'Kazakhstan'"])
      #expect(try Self.countries(engine, b) == ["'China'"])
      #expect(try Self.countries(engine, p, ["name": .string("Ding Xuexiang")]) == ["'China'"])
      #expect(try Self.countries(engine, p, ["name": .string("Alikhan Smailov")]) == ["'Kazakhstan'"])
      #expect(try engine.run(a).warnings.isEmpty)
      #expect(
        try engine.run(typo).warnings.map(\.message) == ["no label 'Persn' in the database; did you mean Person?"])
      #expect(try engine.run(b).warnings.isEmpty)
    }
  }

  @Test func inMemoryGraph() throws {
    try check(CypherEngine(store: try Self.store()))
  }

  @Test func fileGraphFromSeveralThreads() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("repeated-\(UUID()).sqlite").path
    defer {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    let engine = CypherEngine(store: try Self.store(path: path))
    try check(engine)
    // Concurrent runs take the dedicated connection or a pooled one: each query's statement and
    // warnings follow the connection it runs on.
    let failures = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      do { try check(engine) } catch { failures.withLock { $0 += 1 } }
    }
    #expect(failures.withLock { $0 } == 0)
  }

  @Test func anotherEngineOnTheSameStore() throws {
    let store = try Self.store()
    let first = CypherEngine(store: store)
    let second = CypherEngine(store: store)
    try check(first)
    try check(second)
    try check(first)
  }
}
