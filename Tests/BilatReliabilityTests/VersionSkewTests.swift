import Foundation
import GRDB
import Testing

@testable import BilatStore

/// Databases written by another schema version: newer fails clearly and is left alone; older
/// (or foreign) ones are migrated in a transaction, with a backup written first.
@Suite struct VersionSkewTests {
  /// A database with one node, its schema version then set to `version`.
  func database(version: Int) throws -> String {
    let path = try Scratch.databasePath()
    let store = try GraphStore(path: path)
    try store.write { g in _ = try g.createNode(labels: ["Country"], properties: ["name": "Kazakhstan"]) }
    try store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = \(version)") }
    try store.writer.close()
    return path
  }

  /// Version 9 is the first one newer than this build (schema 8), 99 one far ahead.
  @Test(
    arguments: [
      ["stats"], ["stats", "--json"], ["import", "--nodes", "/dev/null"],
      ["ingest", "--quiet", "/dev/null"], ["query", "MATCH (n) RETURN count(n)"], ["export", "json"],
    ], [9, 99])
  func newerSchemaFailsClearlyAndChangesNothing(command: [String], version: Int) throws {
    let path = try database(version: version)
    let before = try Fingerprint.of(path)
    let outcome = try CLI.bilat(command + ["--db", path])
    #expect(outcome.status == 1)
    #expect(
      outcome.err.contains(
        "\(path): database schema version \(version) is newer than this bilat supports "
          + "(\(try SchemaMigrator.bundledMigrations().count)); upgrade bilat"),
      "stderr was: \(outcome.err)")
    #expect(outcome.out.isEmpty)
    #expect(try Fingerprint.of(path) == before)
    let siblings = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
    #expect(!siblings.contains { $0.contains("backup") }, "no backup of a newer database: \(siblings)")
  }

  /// A version-0 file whose tables clash with the schema: the migration fails and rolls back,
  /// leaving neither half a schema nor a changed version.
  @Test func failedMigrationRollsBackWhole() throws {
    let path = try Scratch.databasePath()
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE alias(whatever TEXT)")
      try db.execute(sql: "INSERT INTO alias VALUES ('keep me')")
    }
    try queue.close()
    let before = try Fingerprint.ofForeign(path)
    let outcome = try CLI.bilat(["stats", "--db", path])
    #expect(outcome.status == 1)
    #expect(outcome.err.contains("alias"), "stderr was: \(outcome.err)")
    #expect(try Fingerprint.ofForeign(path) == before)
  }

  /// An empty (0-byte) or brand-new file is a version-0 database: migrated to the latest schema.
  @Test func emptyFileIsMigrated() throws {
    let path = try Scratch.databasePath()
    FileManager.default.createFile(atPath: path, contents: Data())
    let outcome = try CLI.bilat(["stats", "--json", "--db", path])
    #expect(outcome.status == 0, "stderr was: \(outcome.err)")
    let latest = try SchemaMigrator.bundledMigrations().count
    #expect(outcome.out.contains("\"schemaVersion\" : \(latest)"))
  }

  /// A file that is not SQLite at all is refused without being overwritten.
  @Test func notADatabaseIsRefusedAndKept() throws {
    let path = try Scratch.databasePath()
    let text = Data("Kazakhstan and China agreed...\n".utf8)
    FileManager.default.createFile(atPath: path, contents: text)
    let outcome = try CLI.bilat(["stats", "--db", path])
    #expect(outcome.status != 0)
    #expect(outcome.err.contains("not a database"), "stderr was: \(outcome.err)")
    #expect(FileManager.default.contents(atPath: path) == text)
  }

  /// Every older schema version gets a backup (`PATH.backup-vN`, identical to the file before)
  /// and is migrated to the latest version (since schema 002, version 1 is such an older one).
  @Test func olderSchemasAreBackedUpThenMigrated() throws {
    let migrations = try SchemaMigrator.bundledMigrations()
    #expect(migrations.count >= 1)
    for version in 1..<migrations.count {
      let path = try Scratch.databasePath("v\(version)")
      try OldSchema.write(path, version: version)
      let before = try Fingerprint.ofForeign(path)
      let outcome = try CLI.bilat(["stats", "--json", "--db", path])
      #expect(outcome.status == 0, "stderr was: \(outcome.err)")
      #expect(try Fingerprint.ofForeign("\(path).backup-v\(version)") == before)
      #expect(outcome.out.contains("\"schemaVersion\" : \(migrations.count)"))
    }
    // Today: a current database gets no backup when opened.
    let path = try database(version: migrations.count)
    _ = try GraphStore(path: path)
    #expect(!FileManager.default.fileExists(atPath: "\(path).backup-v\(migrations.count)"))
  }
}

extension Fingerprint {
  /// Schema, version and every row of every table, for databases that may not have Bilat's schema.
  static func ofForeign(_ path: String) throws -> String {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in
      var lines = [try Int.fetchOne(db, sql: "PRAGMA user_version").map { "version \($0)" } ?? "?"]
      let tables = try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY name")
      for table in tables {
        lines.append(table.description)
        let name: String = table["name"]
        let type: String = table["type"]
        guard type == "table", !name.hasPrefix("sqlite_"), !name.contains("fts") else { continue }
        // The name comes from sqlite_master, quoted as an identifier.
        for row in try Row.fetchAll(db, sql: "SELECT * FROM \(name.quotedDatabaseIdentifier) ORDER BY 1") {
          lines.append(row.description)
        }
      }
      return lines.joined(separator: "\n")
    }
  }
}
