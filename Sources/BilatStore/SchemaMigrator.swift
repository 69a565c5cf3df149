import Foundation
import GRDB

/// Applies the numbered `Schema/NNN_name.sql` files in order, recording the last one
/// applied in `PRAGMA user_version`. All pending files are applied in one IMMEDIATE
/// transaction: a failure leaves the previous version whole.
enum SchemaMigrator {
  struct Migration {
    let version: Int
    let name: String
    let sql: String
  }

  /// The bundled migrations, sorted by their number.
  static func bundledMigrations() throws -> [Migration] {
    guard let dir = Bundle.module.url(forResource: "Schema", withExtension: nil) else {
      throw StoreError.schemaMissing("no Schema folder in \(Bundle.module.bundlePath)")
    }
    let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "sql" }
    var migrations: [Migration] = []
    for file in files {
      let name = file.deletingPathExtension().lastPathComponent
      guard let number = Int(name.prefix(while: \.isNumber)) else {
        throw StoreError.schemaMissing("\(file.lastPathComponent) does not start with a version number")
      }
      migrations.append(Migration(version: number, name: name, sql: try String(contentsOf: file, encoding: .utf8)))
    }
    migrations.sort { $0.version < $1.version }
    for (index, migration) in migrations.enumerated() where migration.version != index + 1 {
      throw StoreError.schemaMissing("schema versions must be 1, 2, 3...; found \(migration.name)")
    }
    return migrations
  }

  /// Throws ``StoreError/schemaTooNew(path:found:supported:)`` when `version` is newer than this build.
  static func refuseNewer(_ version: Int, path: String) throws {
    let latest = try bundledMigrations().count
    if version > latest { throw StoreError.schemaTooNew(path: path, found: version, supported: latest) }
  }

  /// Brings the schema of `db` (outside any transaction) to the latest version.
  ///
  /// The version is read inside the IMMEDIATE transaction that runs the DDL: a second process
  /// that raced for the same file waits for the write lock (busy timeout), then reads the
  /// version the first one committed and has nothing left to do. A deferred read followed by
  /// a write would not do: SQLite fails such an upgrade with SQLITE_BUSY at once, without
  /// calling the busy handler, when another connection wrote in between.
  ///
  /// - Parameter beforeMigrating: called with the old version (> 0) before an existing
  ///   database is migrated, while the write lock is held (the backup).
  /// - Returns: true when an existing database was migrated (committed).
  @discardableResult
  static func migrate(_ db: Database, path: String, beforeMigrating: (Int) throws -> Void = { _ in }) throws -> Bool {
    let migrations = try bundledMigrations()
    // Storage v2 replaces the tables other tables' foreign keys name: with foreign keys on,
    // its DROP TABLE would delete every alias and evidence row by cascade. The pragma cannot
    // change inside a transaction, so it is switched around it; the keys are checked instead
    // (`foreign_key_check`) before the commit.
    let foreignKeys = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false
    if foreignKeys { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
    let migrated: Bool
    do {
      migrated = try applyPending(migrations, db, path: path, beforeMigrating: beforeMigrating)
    } catch {
      if foreignKeys { try db.execute(sql: "PRAGMA foreign_keys = ON") }
      throw error
    }
    if foreignKeys { try db.execute(sql: "PRAGMA foreign_keys = ON") }
    // A migrated graph gets full planner statistics at once (its old ones named old tables).
    if migrated { try PlannerStatistics.refresh(db, full: true) }
    return migrated
  }

  /// The IMMEDIATE transaction of ``migrate(_:path:beforeMigrating:)``; true when an existing
  /// database was migrated.
  private static func applyPending(
    _ migrations: [Migration], _ db: Database, path: String, beforeMigrating: (Int) throws -> Void
  ) throws -> Bool {
    var migrated = false
    try db.inTransaction(.immediate) {
      let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
      try refuseNewer(current, path: path)
      if current < migrations.count {
        if current > 0 { try beforeMigrating(current) }
        for migration in migrations where migration.version > current {
          try db.execute(sql: migration.sql)
          try db.execute(sql: "PRAGMA user_version = \(migration.version)")
        }
        let broken = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        if let first = broken.first {
          throw StoreError.schemaMissing(
            "\(path): migration to schema version \(migrations.count) left \(broken.count) broken foreign key(s), "
              + "first in table \(first[0] as String? ?? "?") row \(first[1] as Int64? ?? 0); nothing was changed")
        }
        migrated = current > 0
      }
      return .commit
    }
    return migrated
  }
}
