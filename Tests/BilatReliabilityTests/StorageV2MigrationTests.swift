import Foundation
import GRDB
import Testing

@testable import BilatQuery
@testable import BilatStore

/// The migration to Storage v2 (Schema/003, docs/storage-v2.md): a schema-2 database holding
/// every value type (booleans, lists, maps, floats 2.0, 0.1 + 0.2 and ±infinity, integers,
/// strings with U+0000 as hot and cold values, an integer `name`, keys with `.` and spaces,
/// nodes with 0, 1 and 3 labels, relationships with and without a date) migrates with a backup,
/// and `bilat export json` gives the bytes the schema-2 bilat gave.
@Suite struct StorageV2MigrationTests {
  /// A schema-2 database with the rows of `Fixtures/migration-v2/every-value.sql`.
  static func versionTwoDatabase() throws -> String {
    try OldSchema.database(version: 2, fixture: "migration-v2/every-value.sql")
  }

  static func read<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read(body)
  }

  @Test func everyValueExportsTheSameBytesAfterTheMigration() throws {
    let path = try Self.versionTwoDatabase()
    let before = try Fingerprint.ofForeign(path)
    let expected = try String(
      contentsOf: try Scratch.fixture("migration-v2/every-value.export.json"), encoding: .utf8)
    let export = try CLI.bilat(["export", "json", "--db", path])
    #expect(export.status == 0, "\(export.err)")
    #expect(export.out == expected)

    let (version, integrity, brokenKeys, tables, statistics) = try Self.read(path) { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"), try String.fetchOne(db, sql: "PRAGMA integrity_check"),
        try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
        try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_stat1 WHERE tbl IN ('node', 'relationship')") ?? 0
      )
    }
    #expect(version == 8)
    #expect(integrity == "ok")
    #expect(brokenKeys == 0)
    #expect(tables.contains("node_extra_label") && !tables.contains("node_property") && !tables.contains("node_v3"))
    // Full statistics are taken right after the migration.
    #expect(statistics > 0)
    // The backup is the schema-2 file as it was.
    #expect(try Fingerprint.ofForeign("\(path).backup-v2") == before)
    #expect(try Self.read("\(path).backup-v2") { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 2)
  }

  /// Hot keys hold strings only: a string `name` is a column, an integer `name` and every other
  /// key in `props`; the first label (sorted) is the row's, the others extra rows.
  @Test func rowsAreRoutedAsTheDesignSays() throws {
    let path = try Self.versionTwoDatabase()
    _ = try CLI.bilat(["stats", "--db", path])
    let rows = try Self.read(path) { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT id || '|' || coalesce((SELECT name FROM label WHERE id = label_id), 'NULL') || '|' || hex(name) || '|' || hex(country) || '|' || props
          FROM node ORDER BY id
          """)
    }
    #expect(rows[1] == #"2|Person||4B5A|{"name":7,"title":"Minister"}"#)
    #expect(rows[2] == "3|Agency|4B617A616B687374616E|4B617A616B68007374616E|{}")
    #expect(rows[3] == #"4|City|||{"country":1.0}"#)
    #expect(rows[0].hasPrefix("1|NULL|416900676572696D||"))
    let extra = try Self.read(path) { db in
      try String.fetchAll(
        db, sql: "SELECT l.name FROM node_extra_label e JOIN label l ON l.id = e.label_id ORDER BY 1")
    }
    #expect(extra == ["Country", "Zone"])
    let dates = try Self.read(path) { db in
      try Row.fetchAll(db, sql: "SELECT quote(date), props FROM relationship ORDER BY id").map {
        "\($0[0] as String) \($0[1] as String)"
      }
    }
    #expect(
      dates == [
        #"'2024-05-01' {"place":"As\u0000tana"}"#, #"NULL {"direct":false,"weight":0.5}"#,
        #"NULL {"about":"trade","date":2024}"#, "NULL {}",
      ])
  }

  /// Queries read the migrated values as the schema-2 bilat did, in SQL and step by step.
  @Test(arguments: [
    ("MATCH (n) WHERE n.two = 2.0 AND n.ok = true AND n.no = false RETURN n.sum AS v", "0.30000000000000004"),
    ("MATCH (n) WHERE n.count > 41 RETURN n.inf AS v", "Infinity"),
    ("MATCH (n) WHERE n.name = 7 RETURN n.title AS v", "'Minister'"),
    ("MATCH (n {name: 'Kazakhstan'}) RETURN labels(n) AS v", "['Agency', 'Country', 'Zone']"),
    ("MATCH (n:Zone) RETURN n.name AS v", "'Kazakhstan'"),
    ("MATCH (n) WHERE n.`dotted.key` = 'dot' RETURN n.list AS v", "[1, 'a\u{0}b', 2.5, true, null, []]"),
    ("MATCH ()-[r:AGREED]->() WHERE r.date = 2024 RETURN r.about AS v", "'trade'"),
    ("MATCH ()-[r]->() WHERE r.place = 'As\\u0000tana' RETURN r.date AS v", "'2024-05-01'"),
    ("MATCH (n) WHERE n.country = 'Kazakh\\u0000stan' RETURN n.name AS v", "'Kazakhstan'"),
    ("MATCH (n) WHERE n.note STARTS WITH 'x' RETURN n.`emoji 🇰🇿` AS v", "'flag'"),
    // A cold string with escapes (U+0000, a quote, a backslash) is read from its JSON text.
    ("MATCH (n) WHERE n.count = 42 RETURN n.note AS v", "'x\u{0}y \"quoted\" \\\\ back'"),
  ])
  func migratedValuesAnswerQueries(query: String, value: String) throws {
    let store = try GraphStore(path: try Self.versionTwoDatabase())
    for sql in [true, false] {
      var options = QueryOptions()
      options.singleStatementSQL = sql
      let rows = try CypherEngine(store: store, options: options).run(query).rows
      #expect(rows.map { $0.map(\.description) } == [[value]], "SQL: \(sql)")
    }
  }

  /// A database newer than this bilat is refused unmodified, whatever the command.
  @Test(arguments: [9, 99])
  func newerThanThisBilatIsRefusedUnmodified(version: Int) throws {
    let path = try Self.versionTwoDatabase()
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: "PRAGMA user_version = \(version)") }
    try queue.close()
    let before = try Fingerprint.ofForeign(path)
    let outcome = try CLI.bilat(["export", "json", "--db", path])
    #expect(outcome.status == 1)
    #expect(outcome.err.contains("schema version \(version) is newer than this bilat supports (8)"), "\(outcome.err)")
    #expect(try Fingerprint.ofForeign(path) == before)
    #expect(!FileManager.default.fileExists(atPath: "\(path).backup-v\(version)"))
  }
}
