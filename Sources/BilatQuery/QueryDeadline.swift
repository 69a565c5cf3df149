import Foundation
import GRDB
import GRDBSQLite

/// The time limit on one connection: SQLite's progress handler stops the running statement
/// (SQLITE_INTERRUPT) once the deadline has passed; Swift-side steps check it too.
final class QueryDeadline {
  let deadline: UInt64

  init(seconds: Double) {
    deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
  }

  var expired: Bool { DispatchTime.now().uptimeNanoseconds > deadline }

  /// Runs `body` with the progress handler installed on `db`'s connection.
  func guarding<T>(_ db: Database, _ body: () throws -> T) rethrows -> T {
    guard let connection = db.sqliteConnection else { return try body() }
    let context = Unmanaged.passUnretained(self).toOpaque()
    sqlite3_progress_handler(
      connection, 10_000,
      { context in
        guard let context else { return 0 }
        return Unmanaged<QueryDeadline>.fromOpaque(context).takeUnretainedValue().expired ? 1 : 0
      }, context)
    defer { sqlite3_progress_handler(connection, 0, nil, nil) }
    return try withExtendedLifetime(self) { try body() }
  }
}
