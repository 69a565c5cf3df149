import Foundation
import GRDB

/// The warnings of one compiled query on the connection and at the data version it last ran
/// at, so that running it again finds them without hashing its text into the engine-wide
/// ``NameProbeCache`` (about 0.1 µs of an 8 µs point lookup).
///
/// Reused under the same conditions as that cache's: the same connection, the same
/// `SQLITE_FCNTL_DATA_VERSION` (read inside the query's read transaction).
final class WarningMemo: @unchecked Sendable {
  private let lock = NSLock()
  private weak var connection: Database?
  private var version: UInt32 = 0
  private var warnings: [CypherWarning]?

  /// The warnings remembered for `db` at `version`, if any.
  func warnings(_ db: Database, version: UInt32) -> [CypherWarning]? {
    lock.withLock { connection === db && self.version == version ? warnings : nil }
  }

  /// Remembers `warnings` for `db` at `version`, replacing the earlier ones.
  func remember(_ warnings: [CypherWarning], _ db: Database, version: UInt32) {
    lock.withLock {
      connection = db
      self.version = version
      self.warnings = warnings
    }
  }
}
