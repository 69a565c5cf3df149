import Foundation
import Synchronization
import GRDB
import Testing

@testable import BilatStore

/// ``GraphStore/readDedicated(_:)``: the same snapshot isolation as a pooled read, a fresh
/// snapshot on each call, the pool when the connection is taken, and a usable connection after
/// an error.
@Suite struct DedicatedReaderTests {
  private func store() throws -> (GraphStore, String) {
    let path = temporaryDatabasePath()
    let store = try GraphStore(path: path)
    try store.write { graph in _ = try graph.createNode(labels: ["Person"], properties: ["name": .string("A")]) }
    return (store, path)
  }

  private func count(_ graph: GraphDatabase) throws -> Int {
    try Int.fetchOne(graph.db, sql: "SELECT count(*) FROM node") ?? -1
  }

  @Test func eachCallSeesTheLastCommitAndOneSnapshotThroughout() throws {
    let (store, path) = try store()
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    #expect(try store.readDedicated { try count($0) } == 1)
    let (before, after) = try store.readDedicated { graph in
      let before = try count(graph)
      // A commit from the writer while the snapshot is open is not seen by it.
      try store.write { _ = try $0.createNode(labels: ["Person"], properties: [:]) }
      return (before, try count(graph))
    }
    #expect(before == 1 && after == 1)
    #expect(try store.readDedicated { try count($0) } == 2)
  }

  @Test func aCallerThatFindsItTakenReadsThroughThePool() throws {
    let (store, path) = try store()
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    let labels = try store.readDedicated { outer in
      try store.readDedicated { inner in
        (outer.db.configuration.label, inner.db.configuration.label)
      }
    }
    #expect(labels.0 == "bilat-dedicated-reader")
    #expect(labels.1 != "bilat-dedicated-reader")
  }

  @Test func anErrorRollsBackAndTheConnectionStaysUsable() throws {
    let (store, path) = try store()
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    #expect(throws: DatabaseError.self) {
      try store.readDedicated { graph in try graph.db.execute(sql: "SELECT no_such_column FROM node") }
    }
    #expect(try store.readDedicated { graph in (graph.db.isInsideTransaction, try count(graph)) } == (true, 1))
    #expect(throws: DatabaseError.self) {
      try store.readDedicated { graph in try graph.db.execute(sql: "DELETE FROM node") }
    }
    #expect(try store.readDedicated { try count($0) } == 1)
  }

  @Test(arguments: [2, 8])
  func concurrentCallersAllGetTheirRows(threads: Int) throws {
    let (store, path) = try store()
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    let results = Mutex<[Int]>([])
    DispatchQueue.concurrentPerform(iterations: threads * 25) { _ in
      let n = (try? store.readDedicated { try count($0) }) ?? -1
      results.withLock { $0.append(n) }
    }
    #expect(results.withLock { $0 } == Array(repeating: 1, count: threads * 25))
  }

  @Test func inMemoryStoresReadThroughTheirConnection() throws {
    let store = try GraphStore()
    #expect(try store.readDedicated { try count($0) } == 0)
  }
}
