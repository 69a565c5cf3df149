import Foundation
import GRDB

/// A property graph kept in one SQLite file (or in memory), with the schema from `Schema/`.
///
/// Open it with ``init(path:backupBeforeMigrating:)``; writes go through ``write(_:)``, reads
/// through ``read(_:)``. File databases use WAL so that queries and exports run while an ingest
/// writes. Several processes (or threads) may open the same file at once, even a file that does
/// not exist yet: the first to take the write lock creates or migrates the schema, the others
/// wait for it and then find the schema finished (see ``StoreSetup``).
public final class GraphStore: Sendable {
  /// The underlying GRDB connection pool or queue.
  public let writer: any DatabaseWriter
  /// The path of the database file, or `":memory:"`.
  public let path: String
  /// The read connection ``readDedicated(_:)`` uses when free (file stores only).
  let dedicated: DedicatedReader?

  /// How long a connection waits for another one's lock before failing with "database is locked".
  static let busyTimeout: TimeInterval = 10

  /// The page cache of a read connection: 64 MiB (a negative `cache_size` is KiB).
  static let readCacheSize = -65536

  /// Opens (creating and migrating if needed) the database at `path`.
  ///
  /// - Parameter backupBeforeMigrating: when an older schema version is found, copy the
  ///   file to `PATH.backup-vN` (SQLite's online backup) before migrating it.
  public init(path: String, backupBeforeMigrating: Bool = true) throws {
    self.path = path
    var config = GraphStore.configuration()
    config.label = "bilat"
    let setup = try StoreSetup(path: path)
    try setup.prepare(backupBeforeMigrating: backupBeforeMigrating)
    // The setup connection stays open while the pool opens so that the WAL file it wrote is
    // not checkpointed away in between (GRDB would then write to recreate it).
    self.writer = try DatabasePool(path: path, configuration: config)
    self.dedicated = DedicatedReader(path: path, configuration: GraphStore.configuration())
    try setup.close()
  }

  /// Opens an existing database read-only: no migration, and SQLite refuses every write
  /// (for `bilat serve`, which must never change the graph it shows).
  public init(readOnlyPath path: String) throws {
    self.path = path
    var config = GraphStore.configuration()
    config.readonly = true
    config.label = "bilat-readonly"
    self.writer = try DatabasePool(path: path, configuration: config)
    self.dedicated = DedicatedReader(path: path, configuration: config)
  }

  /// An empty in-memory graph, for tests and one-off work.
  public init() throws {
    self.path = ":memory:"
    let queue = try DatabaseQueue(configuration: GraphStore.configuration())
    self.writer = queue
    self.dedicated = nil
    try queue.writeWithoutTransaction { db in _ = try SchemaMigrator.migrate(db, path: path) }
  }

  static func configuration() -> Configuration {
    var config = Configuration()
    config.foreignKeysEnabled = true
    config.busyMode = .timeout(busyTimeout)
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // Queries read table rows at random (a node's row per hop): SQLite's default 2 MB page
      // cache made the large workload's q05 and q03 three times slower (docs/storage-v2.md).
      if db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = \(readCacheSize)") }
    }
    return config
  }

  /// Runs `body` in one write transaction: all of it is committed or none.
  public func write<T>(_ body: (GraphDatabase) throws -> T) throws -> T {
    try writer.write { db in try body(GraphDatabase(db)) }
  }

  /// Runs `body` with a read-only view of a consistent snapshot.
  public func read<T>(_ body: (GraphDatabase) throws -> T) throws -> T {
    try writer.read { db in try body(GraphDatabase(db)) }
  }

  /// Rewrites the file without its free pages (`VACUUM`, one transaction: a kill leaves the
  /// file as it was) and returns its size in bytes before and after.
  @discardableResult
  public func compact() throws -> (before: Int, after: Int) {
    let size = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
    return try writer.writeWithoutTransaction { db in
      let before = try Int.fetchOne(db, sql: size) ?? 0
      try db.execute(sql: "VACUUM")
      // The WAL holds the rewritten pages until a checkpoint: the file shrinks now.
      try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      return (before, try Int.fetchOne(db, sql: size) ?? 0)
    }
  }
}
