import Foundation
import GRDB
import Testing

@testable import BilatStore

@Suite struct SchemaTests {
  @Test func schemaIsAppliedOnceAndVersioned() throws {
    let path = temporaryDatabasePath()
    let first = try GraphStore(path: path)
    let version = try first.read { try Int.fetchOne($0.db, sql: "PRAGMA user_version") }
    #expect(version == 8)
    let tables = try first.read {
      try String.fetchAll($0.db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }
    for table in [
      "alias", "article", "evidence", "node", "node_extra_label", "relationship", "relationship_type", "label",
      "relationship_degree",
    ] {
      #expect(tables.contains(table))
    }
    for table in [
      "node_label", "node_property", "relationship_property", "node_v3", "relationship_v3", "relationship_v5",
      "node_v6", "node_extra_label_v6", "alias_v6",
    ] {
      #expect(!tables.contains(table))
    }
    try first.write { try $0.createNode(labels: ["Country"], properties: ["name": "China"]) }
    // Reopening must not re-run the migration (which would fail on existing tables) nor lose data.
    let second = try GraphStore(path: path)
    #expect(try second.read { try $0.statistics().nodes } == 1)
  }

  @Test func openingWithWALForeignKeysAndBusyTimeout() throws {
    let store = try GraphStore(path: temporaryDatabasePath())
    let (mode, foreignKeys) = try store.read { g in
      (try String.fetchOne(g.db, sql: "PRAGMA journal_mode"), try Int.fetchOne(g.db, sql: "PRAGMA foreign_keys"))
    }
    #expect(mode == "wal")
    #expect(foreignKeys == 1)
  }

  @Test func newerSchemaIsRefusedClearly() throws {
    let path = temporaryDatabasePath()
    _ = try GraphStore(path: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: "PRAGMA user_version = 99") }
    try queue.close()
    #expect(throws: StoreError.schemaTooNew(path: path, found: 99, supported: 8)) {
      _ = try GraphStore(path: path)
    }
    let message = StoreError.schemaTooNew(path: "g.sqlite", found: 99, supported: 1).description
    #expect(message == "g.sqlite: database schema version 99 is newer than this bilat supports (1); upgrade bilat")
  }
}
