import Foundation
import GRDB
import Testing

@testable import BilatStore

/// The migration to schema version 5 (Schema/005, docs/storage-v2.md "Version 5"): a schema-4
/// database written by the schema-4 bilat (`Fixtures/migration-v4/rows.sql`: every value type,
/// U+0000 in hot columns and props, ingested articles with evidence and aliases, relationship
/// types with non-ASCII letters, an emoji, a quote and backslashes) is backed up and migrated,
/// and `bilat export json` gives the bytes the schema-4 bilat gave (`Fixtures/migration-v4/export.json`).
@Suite struct RelationshipTypesMigrationTests {
  /// A schema-4 database with the rows of `Fixtures/migration-v4/rows.sql`.
  static func versionFourDatabase() throws -> String {
    try OldSchema.database(version: 4, fixture: "migration-v4/rows.sql")
  }

  @Test func exportIsTheSameBytesAfterTheMigration() throws {
    let path = try Self.versionFourDatabase()
    let before = try Fingerprint.ofForeign(path)
    let expected = try String(contentsOf: try Scratch.fixture("migration-v4/export.json"), encoding: .utf8)
    let export = try CLI.bilat(["export", "json", "--db", path])
    #expect(export.status == 0, "\(export.err)")
    #expect(export.out == expected)

    let (version, integrity, brokenKeys, types, columns) = try StorageV2MigrationTests.read(path) { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"), try String.fetchOne(db, sql: "PRAGMA integrity_check"),
        try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
        try String.fetchAll(db, sql: "SELECT id || ' ' || name FROM relationship_type ORDER BY id"),
        try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('relationship') ORDER BY cid")
      )
    }
    #expect(version == 8)
    #expect(integrity == "ok")
    #expect(brokenKeys == 0)
    // Ids in the order of the names, one per type the v4 relationships had.
    #expect(
      types == [
        "1 AGREED", "2 ATTENDED", "3 CONCERNS", "4 DISCUSSED", "5 HELD_IN", "6 HOLDS_ROLE", "7 IN_SECTOR",
        "8 LOCATED_IN", "9 MET_WITH", "10 SIGNED", "11 VISITED ü zone 🇰🇿", "12 a\"b\\\\c", "13 lowercase_type",
      ])
    #expect(columns == ["id", "type_id", "start_id", "end_id", "date", "props"])
    // The backup, taken through SQLite's online backup before the migration, is the v4 file as it was.
    #expect(try Fingerprint.ofForeign("\(path).backup-v4") == before)
    #expect(
      try StorageV2MigrationTests.read("\(path).backup-v4") { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 4)
  }

  /// Every index of the relationship table holds the type's id, and the statistics name them.
  @Test func indexesHoldTheTypeID() throws {
    let path = try Self.versionFourDatabase()
    #expect(try CLI.bilat(["stats", "--db", path]).status == 0)
    let indexes = try StorageV2MigrationTests.read(path) { db in
      try String.fetchAll(
        db,
        sql:
          "SELECT name || ': ' || sql FROM sqlite_master WHERE tbl_name = 'relationship' AND sql IS NOT NULL AND type = 'index' ORDER BY name"
      )
    }
    #expect(
      indexes == [
        "relationship_by_date: CREATE INDEX relationship_by_date ON relationship(type_id, date)",
        "relationship_in: CREATE INDEX relationship_in  ON relationship(end_id, type_id, start_id)",
        "relationship_out: CREATE INDEX relationship_out ON relationship(start_id, type_id, end_id)",
      ])
  }

  /// On the migrated file, Cypher filters by a migrated type, returns its name, and a CREATE with a
  /// type never seen registers it.
  @Test(arguments: [
    ("MATCH ()-[r:`VISITED ü zone 🇰🇿`]->(z:Zone) RETURN type(r), r.date", "VISITED ü zone 🇰🇿 | 2024-01-02"),
    ("MATCH (a)-[r:MET_WITH]->(b) WHERE a.name = 'Kassym-Jomart Tokayev' RETURN count(r)", "2"),
  ])
  func queriesReadTheMigratedTypes(query: String, row: String) throws {
    let path = try Self.versionFourDatabase()
    let outcome = try CLI.bilat(["query", "--db", path, query])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(
      outcome.out.split(separator: "\n").dropFirst(2).first.map { $0.trimmingCharacters(in: .whitespaces) } == row)
  }

  @Test func createRegistersANewTypeOnce() throws {
    let path = try Self.versionFourDatabase()
    for _ in 0..<2 {
      let created = try CLI.bilat(["create", "--db", path, "MATCH (z:Zone) CREATE (z)-[:BRAND_NEW {n: 1}]->(z)"])
      #expect(created.status == 0, "\(created.err)")
    }
    let (types, count) = try StorageV2MigrationTests.read(path) { db in
      (
        try String.fetchAll(db, sql: "SELECT id || ' ' || name FROM relationship_type WHERE name = 'BRAND_NEW'"),
        try Int.fetchOne(
          db,
          sql:
            "SELECT count(*) FROM relationship r JOIN relationship_type t ON t.id = r.type_id WHERE t.name = 'BRAND_NEW'"
        )
      )
    }
    #expect(types == ["14 BRAND_NEW"])
    #expect(count == 2)
  }
}
