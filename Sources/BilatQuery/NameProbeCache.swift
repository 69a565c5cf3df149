import Foundation
import GRDB
import GRDBSQLite

/// The answers of the "did you mean" probes (is there a node with label X?), remembered per
/// connection while the database is unchanged, so that a repeated query does not pay for them.
///
/// An answer is reused only on the same connection and at the same SQLite data version
/// (`SQLITE_FCNTL_DATA_VERSION`: it changes whenever the main database changes, through this
/// connection or any other, in this process or another). The version is read inside an open
/// read transaction, so it names the snapshot the query reads; outside one nothing is reused.
final class NameProbeCache: @unchecked Sendable {
  private struct Entry {
    weak var connection: Database?
    var version: UInt32
    var answers: [String: Bool]
    /// Every warning of a query text, at this version (a repeated query reads one entry).
    var warnings: [String: [CypherWarning]] = [:]
  }

  private var entries: [ObjectIdentifier: Entry] = [:]
  private let lock = NSLock()
  private static let capacity = 4096

  /// The data version of the snapshot `db` reads, or nil when no read transaction is open.
  static func version(_ db: Database) -> UInt32? {
    guard let connection = db.sqliteConnection, sqlite3_txn_state(connection, "main") != SQLITE_TXN_NONE else {
      return nil
    }
    var version: UInt32 = 0
    guard sqlite3_file_control(connection, "main", SQLITE_FCNTL_DATA_VERSION, &version) == SQLITE_OK else {
      return nil
    }
    return version
  }

  /// The answers remembered for `db` at `version` (empty when there are none).
  func answers(_ db: Database, version: UInt32) -> [String: Bool] {
    lock.withLock {
      guard let entry = entries[ObjectIdentifier(db)], entry.connection === db, entry.version == version else {
        return [:]
      }
      return entry.answers
    }
  }

  /// Remembers `answers` for `db` at `version`, replacing older ones.
  func remember(_ answers: [String: Bool], _ db: Database, version: UInt32) {
    lock.withLock {
      entries = entries.filter { $0.value.connection != nil }
      let kept = answers.count > NameProbeCache.capacity ? [:] : answers
      var entry = Entry(connection: db, version: version, answers: kept)
      if let old = entries[ObjectIdentifier(db)], old.connection === db, old.version == version {
        entry.warnings = old.warnings
      }
      entries[ObjectIdentifier(db)] = entry
    }
  }

  /// The warnings remembered for the query `text` on `db` at `version`, if any.
  func warnings(_ text: String, _ db: Database, version: UInt32) -> [CypherWarning]? {
    lock.withLock {
      guard let entry = entries[ObjectIdentifier(db)], entry.connection === db, entry.version == version else {
        return nil
      }
      return entry.warnings[text]
    }
  }

  /// Remembers the warnings of the query `text` on `db` at `version` (its probes' answers are
  /// remembered first, so the entry is there unless the version moved meanwhile).
  func remember(warnings: [CypherWarning], for text: String, _ db: Database, version: UInt32) {
    lock.withLock {
      let key = ObjectIdentifier(db)
      guard var entry = entries[key], entry.connection === db, entry.version == version else { return }
      if entry.warnings.count >= NameProbeCache.capacity { entry.warnings.removeAll() }
      entry.warnings[text] = warnings
      entries[key] = entry
    }
  }
}
