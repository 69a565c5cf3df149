import GRDB
import GRDBSQLite

extension Statement {
  /// Binds `arguments` through ``SQLText`` (text whole) for ``forEachDirectRow(_:)`` and
  /// ``runDirect()``, which step SQLite themselves.
  ///
  /// Unlike ``bindWhole(_:)`` it leaves GRDB's record of the arguments alone (resetting it
  /// resets and clears the statement twice more per run): every parameter is bound here, so
  /// nothing of an earlier run remains. Run the statement with GRDB's calls only after
  /// ``bindWhole(_:)`` or with arguments given to GRDB.
  public func bindDirect(_ arguments: SQLArguments) throws {
    sqlite3_reset(sqliteStatement)
    try bindEach(arguments)
  }

  /// Steps the statement (its arguments bound, ``bindDirect(_:)``) through its rows, calling
  /// `body` on each, with the statement positioned on it; then resets it.
  ///
  /// Reserved for statements that only read (a write is run through GRDB, whose transaction
  /// observers and schema cache must see it). Stepping SQLite directly skips GRDB's cursor
  /// object and its per-step bookkeeping (cancellation and suspension checks, observation
  /// regions, transaction-state tracking), none of which a read on Bilat's connections uses:
  /// about 1 µs of a point lookup.
  public func forEachDirectRow(_ body: (SQLiteStatement) throws -> Void) throws {
    let handle = sqliteStatement
    // A failed or abandoned run is ended here too, so that the statement holds no read lock.
    defer { sqlite3_reset(handle) }
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else { throw stepError(code) }
      try body(handle)
    }
  }

  /// Runs a statement that returns no rows (such as `BEGIN` or `COMMIT` of a read) by stepping
  /// SQLite directly, then resets it. The same reservations as ``forEachDirectRow(_:)``.
  public func runDirect() throws {
    try forEachDirectRow { _ in }
  }

  /// The error of a failed step, as GRDB reports it (result code, message, SQL).
  private func stepError(_ code: Int32) -> DatabaseError {
    let connection = sqlite3_db_handle(sqliteStatement)
    let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
    return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
  }
}
