import Foundation
import GRDB

/// A read-only connection of a file store's own, lent to one caller at a time
/// (``GraphStore/readDedicated(_:)``), for short queries whose run the connection pool's
/// bookkeeping would dominate.
///
/// A pooled read takes a reader through a barrier queue, a semaphore and a dispatch group, and
/// opens and closes its transaction with statements SQLite parses anew each time: most of a
/// point lookup's 19 µs (session 18). This connection is taken with one lock and opens and
/// closes its snapshot with cached statements. It gives the same isolation: every read runs in
/// one `BEGIN DEFERRED` ... `COMMIT` transaction, one consistent snapshot of the last commit
/// (WAL: a writer does not block it, nor it a writer). A caller that finds it in use does not
/// wait for it: ``read(_:)`` returns nil and the caller reads through the pool, so concurrent
/// readers (`bilat serve`) keep the pool's parallelism.
final class DedicatedReader: @unchecked Sendable {
  private let path: String
  private let configuration: Configuration
  /// Held while a caller uses `queue`; guards `queue` and `unavailable`.
  private let lock = NSLock()
  /// Opened on first use, so that stores that never query open no extra connection.
  private var queue: DatabaseQueue?
  /// Set when the connection could not be opened (e.g. no write access to make the `-shm`
  /// file of a read-only directory): the pool serves every read then.
  private var unavailable = false
  /// The cached `BEGIN` and `COMMIT` statements, found without hashing their text.
  private let begin = StatementMemo()
  private let commit = StatementMemo()
  private static let beginSQL = "BEGIN DEFERRED TRANSACTION"
  private static let commitSQL = "COMMIT TRANSACTION"

  init(path: String, configuration: Configuration) {
    self.path = path
    var configuration = configuration
    configuration.readonly = true
    configuration.label = "bilat-dedicated-reader"
    self.configuration = configuration
  }

  /// Runs `body` in a read transaction on this connection; nil (without running `body`) when
  /// another caller holds it or it cannot be opened.
  func read<T>(_ body: (Database) throws -> T) throws -> T? {
    guard lock.try() else { return nil }
    defer { lock.unlock() }
    guard let queue = openedQueue() else { return nil }
    return try queue.inDatabase { db in try inSnapshot(db, body) }
  }

  private func openedQueue() -> DatabaseQueue? {
    if let queue { return queue }
    guard !unavailable else { return nil }
    do {
      let opened = try DatabaseQueue(path: path, configuration: configuration)
      queue = opened
      return opened
    } catch {
      unavailable = true
      return nil
    }
  }

  /// `body` between a cached `BEGIN DEFERRED` and `COMMIT` (a rollback when it throws).
  ///
  /// Both are stepped directly (``GRDB/Statement/runDirect()``): GRDB's execution of them,
  /// with its checks and the transaction's start date it records, was about 0.7 µs of a
  /// point lookup. GRDB's record of that date is then stale, and nothing here reads it; its
  /// `isInsideTransaction` asks SQLite.
  private func inSnapshot<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
    try begin.statement(db, sql: Self.beginSQL).runDirect()
    let result: T
    do {
      result = try body(db)
    } catch {
      // An interrupted statement may have ended the transaction already.
      if db.isInsideTransaction { try? db.cachedStatement(sql: "ROLLBACK TRANSACTION").execute() }
      throw error
    }
    try commit.statement(db, sql: Self.commitSQL).runDirect()
    return result
  }
}
