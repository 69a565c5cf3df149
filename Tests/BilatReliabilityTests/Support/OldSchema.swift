import Foundation
import GRDB

@testable import BilatStore

/// Databases at an older schema version, as an older bilat left them.
enum OldSchema {
  /// Writes a database at `version` to `path`: the bundled migrations up to it, applied with
  /// foreign keys off as the migrator applies them (Storage v2 drops tables others name), then
  /// `rows` (SQL), if any.
  static func write(_ path: String, version: Int, rows: String = "") throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.write { db in
      for migration in try SchemaMigrator.bundledMigrations() where migration.version <= version {
        try db.execute(sql: migration.sql)
      }
      try db.execute(sql: "PRAGMA user_version = \(version)")
      if !rows.isEmpty { try db.execute(sql: rows) }
    }
    try queue.close()
  }

  /// A database at `version` holding the rows of the SQL fixture `fixture` (a `Fixtures/` path).
  static func database(version: Int, fixture: String) throws -> String {
    let path = try Scratch.databasePath()
    try write(path, version: version, rows: try String(contentsOf: try Scratch.fixture(fixture), encoding: .utf8))
    return path
  }
}
