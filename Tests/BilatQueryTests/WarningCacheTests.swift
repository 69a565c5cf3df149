import BilatQuery
import BilatStore
import Foundation
import Testing

/// "Did you mean" answers are reused between runs only while the database is unchanged.
@Suite struct WarningCacheTests {
  static func labelWarnings(_ engine: CypherEngine) throws -> [String] {
    try engine.run("MATCH (a:Person) OPTIONAL MATCH (a)-[:MET]->(b:Country) RETURN a.nmae").warnings.map(\.message)
  }

  /// Writes through the store (the same connection for an in-memory graph, another one for a
  /// file), and through a second store on the same file (another process, as far as SQLite knows).
  func check(_ store: GraphStore, _ writers: [GraphStore]) throws {
    let engine = CypherEngine(store: store)
    try store.write { g in _ = try g.createNode(labels: ["Person"], properties: ["name": "A"]) }
    let all = [
      "no label 'Country' in the database",
      "no relationship type 'MET' in the database",
      "no node property 'nmae' in the database; did you mean name?",
    ]
    #expect(try Self.labelWarnings(engine) == all)
    #expect(try Self.labelWarnings(engine) == all)
    var x: Int64 = 0
    for (step, writer) in writers.enumerated() {
      let expected = Array(all.dropFirst(step + 1))
      try writer.write { g in
        switch step {
        case 0: _ = try g.createNode(labels: ["Country"])
        case 1:
          let a = try g.createNode(labels: ["Y"])
          _ = try g.createRelationship(type: "MET", from: a, to: a)
        default: x = try g.createNode(labels: ["X"], properties: ["nmae": "x"])
        }
      }
      #expect(try Self.labelWarnings(engine) == expected, "after write \(step)")
      #expect(try Self.labelWarnings(engine) == expected, "after write \(step), again")
    }
    try store.write { g in try g.deleteNode(x) }
    #expect(try Self.labelWarnings(engine) == Array(all.suffix(1)))
  }

  @Test func inMemoryGraph() throws {
    let store = try GraphStore()
    try check(store, [store, store, store])
  }

  @Test func fileGraphWrittenByAnotherConnection() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("warning-cache-\(UUID()).sqlite").path
    defer {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    let store = try GraphStore(path: path)
    let other = try GraphStore(path: path)
    try check(store, [store, other, store])
  }
}
