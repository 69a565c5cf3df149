import Foundation
import GRDB

/// The first connection a ``GraphStore`` opens on a file: it refuses a newer schema, switches the
/// file to WAL, backs up an older schema and migrates it, safely when several processes (or
/// threads) open the same file at the same moment, even before the file exists.
///
/// Why each step is shaped so:
/// - every connection has a busy timeout, this one included (a connection without one fails
///   with "database is locked" as soon as another holds a lock);
/// - `PRAGMA journal_mode = WAL` upgrades a read lock to an exclusive one, and SQLite does not
///   call the busy handler for that upgrade: the switch is retried here until ``lockWait``;
/// - the version is read inside the IMMEDIATE transaction that creates or migrates the schema
///   (``SchemaMigrator/migrate(_:path:beforeMigrating:)``), so the loser of the race waits for
///   the write lock and then finds the schema finished;
/// - the backup of an older schema is taken inside that transaction, from a second connection
///   (a connection cannot back up a database it is writing), so only one process backs up and
///   migrates; the others wait and find the new version.
struct StoreSetup {
  let path: String
  private let queue: DatabaseQueue

  /// How long opening waits for another process's schema creation, backup or migration.
  static let lockWait: TimeInterval = 60

  init(path: String) throws {
    self.path = path
    queue = try DatabaseQueue(path: path, configuration: Self.configuration())
  }

  private static func configuration() -> Configuration {
    var config = Configuration()
    config.busyMode = .timeout(lockWait)
    config.label = "bilat.setup"
    return config
  }

  /// Brings the file to WAL and the latest schema (or throws, leaving a newer one untouched).
  func prepare(backupBeforeMigrating: Bool) throws {
    do {
      try queue.writeWithoutTransaction { db in
        // A newer schema is refused before anything is written, the WAL switch included.
        try SchemaMigrator.refuseNewer(try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, path: path)
        try switchToWAL(db)
        let migrated = try SchemaMigrator.migrate(db, path: path) { version in
          if backupBeforeMigrating { try backup(version: version) }
        }
        if migrated { try Self.compactAfterMigration(db) }
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
      throw StoreError.locked(path: path, seconds: Int(Self.lockWait))
    }
  }

  /// Closes the setup connection (once the store's own connections are open).
  func close() throws {
    try queue.close()
  }

  /// The share of a migrated file's pages on the free list above which it is compacted.
  static let compactionThreshold = 0.1

  /// Gives the pages a committed migration freed back to the file system when they are more than
  /// ``compactionThreshold`` of the file (docs/storage-v2.md, "Version 6"): migrations that rebuild
  /// tables leave the old ones' pages on the free list (a migrated large v5 graph is 179 MB, 145 MB
  /// compacted). `VACUUM` is one transaction: a kill during it leaves the migrated database as it
  /// was committed; the checkpoint moves the rewritten file out of the WAL.
  static func compactAfterMigration(_ db: Database) throws {
    let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
    let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
    guard pages > 0, Double(free) > compactionThreshold * Double(pages) else { return }
    try db.execute(sql: "VACUUM")
    try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
  }

  /// Switches the file to WAL, retrying while another connection holds a lock.
  private func switchToWAL(_ db: Database) throws {
    let deadline = Date().addingTimeInterval(Self.lockWait)
    while true {
      do {
        let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        guard mode == "wal" else {
          throw DatabaseError(
            message: "\(path): SQLite kept journal mode '\(mode ?? "?")' instead of WAL; "
              + "use a local file system that supports shared memory")
        }
        return
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
        // Random back-off so that racing processes do not retry in step.
        Thread.sleep(forTimeInterval: Double.random(in: 0.002...0.02))
      }
    }
  }

  /// Copies the file (at schema `version`) to `PATH.backup-vN` with SQLite's online backup.
  ///
  /// Called while this connection holds the write lock, so the copy is of the last committed
  /// state; it is written under a temporary name and renamed, so a process killed mid-copy
  /// never leaves a partial file under the backup's name.
  private func backup(version: Int) throws {
    let backupPath = "\(path).backup-v\(version)"
    let partialPath = "\(backupPath).partial"
    let files = FileManager.default
    if files.fileExists(atPath: partialPath) { try files.removeItem(atPath: partialPath) }
    let source = try DatabaseQueue(path: path, configuration: Self.configuration())
    let destination = try DatabaseQueue(path: partialPath)
    try source.backup(to: destination)
    try destination.close()
    try source.close()
    if files.fileExists(atPath: backupPath) { try files.removeItem(atPath: backupPath) }
    try files.moveItem(atPath: partialPath, toPath: backupPath)
  }
}
