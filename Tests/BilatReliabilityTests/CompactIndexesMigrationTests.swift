import Foundation
import GRDB
import Testing

@testable import BilatStore

/// The migration to schema version 4 (Schema/004, docs/storage-v2.md "Version 4"): a schema-3
/// database written by the schema-3 bilat (`Fixtures/migration-v3/rows.sql`: every value type,
/// U+0000 in hot columns and props, ingested articles with evidence and aliases) is backed up and
/// migrated, and `bilat export json` gives the bytes the schema-3 bilat gave
/// (`Fixtures/migration-v3/export.json`).
@Suite struct CompactIndexesMigrationTests {
  /// A schema-3 database with the rows of `Fixtures/migration-v3/rows.sql`.
  static func versionThreeDatabase() throws -> String {
    try OldSchema.database(version: 3, fixture: "migration-v3/rows.sql")
  }

  @Test func exportIsTheSameBytesAfterTheMigration() throws {
    let path = try Self.versionThreeDatabase()
    let before = try Fingerprint.ofForeign(path)
    let expected = try String(contentsOf: try Scratch.fixture("migration-v3/export.json"), encoding: .utf8)
    let export = try CLI.bilat(["export", "json", "--db", path])
    #expect(export.status == 0, "\(export.err)")
    #expect(export.out == expected)

    let (version, integrity, brokenKeys, indexes) = try StorageV2MigrationTests.read(path) { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"), try String.fetchOne(db, sql: "PRAGMA integrity_check"),
        try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
        try String.fetchAll(
          db,
          sql:
            "SELECT name || ': ' || sql FROM sqlite_master WHERE name GLOB 'alias_by_*' OR name GLOB 'node_by_*' ORDER BY name"
        )
      )
    }
    #expect(version == 8)
    #expect(integrity == "ok")
    #expect(brokenKeys == 0)
    #expect(
      indexes == [
        "alias_by_folded_key: CREATE INDEX alias_by_folded_key ON alias(folded_key, node_id)",
        "node_by_country: CREATE INDEX node_by_country ON node(country, label_id) WHERE country IS NOT NULL",
        "node_by_label: CREATE INDEX node_by_label ON node(label_id)",
        "node_by_name: CREATE INDEX node_by_name ON node(name, label_id) WHERE name IS NOT NULL",
      ])
    // The backup, taken through SQLite's online backup before the migration, is the v3 file as it was.
    #expect(try Fingerprint.ofForeign("\(path).backup-v3") == before)
    #expect(
      try StorageV2MigrationTests.read("\(path).backup-v3") { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 3)
  }

  /// Name resolution reads the aliases through the folded key's index after the migration: the
  /// exact key (case and dashes folded) and the transliteration-folded one find the same person,
  /// with the rows the schema-3 bilat printed.
  @Test(arguments: ["KASSYM-JOMART TOKAYEV", "Kasym-Zhomart Tokaev"])
  func whoMetResolvesAliasesOnTheMigratedDatabase(name: String) throws {
    let path = try Self.versionThreeDatabase()
    let outcome = try CLI.bilat(["who-met", name, "--db", path])
    #expect(outcome.status == 0, "\(outcome.err)")
    let met = outcome.out.split(separator: "\n").dropFirst(2).map {
      $0.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }
    #expect(met == ["Vladimir Putin", "Li Keqiang", "Xi Jinping", "(3 rows)"])
  }
}
