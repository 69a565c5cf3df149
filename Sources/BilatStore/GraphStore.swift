import Foundation
import GRDB

/// A property graph kept in one SQLite file (or in memory), with the schema from `Schema/`.
///
/// Open it with ``init(path:)``; writes go through ``write(_:)``, reads through ``read(_:)``.
/// File databases use WAL so that queries and exports run while an ingest writes.
public final class GraphStore: Sendable {
  /// The underlying GRDB connection pool or queue.
  public let writer: any DatabaseWriter
  /// The path of the database file, or `":memory:"`.
  public let path: String

  /// Opens (creating and migrating if needed) the database at `path`.
  ///
  /// - Parameter backupBeforeMigrating: when an older schema version is found, copy the
  ///   file to `PATH.backup-vN` before migrating it.
  public init(path: String, backupBeforeMigrating: Bool = true) throws {
    self.path = path
    var config = GraphStore.configuration()
    config.label = "bilat"
    let existed = FileManager.default.fileExists(atPath: path)
    if existed && backupBeforeMigrating {
      try GraphStore.backupIfOutdated(path: path)
    }
    let pool = try DatabasePool(path: path, configuration: config)
    self.writer = pool
    try SchemaMigrator.migrate(pool, path: path)
  }

  /// Opens an existing database read-only: no migration, and SQLite refuses every write
  /// (for `bilat serve`, which must never change the graph it shows).
  public init(readOnlyPath path: String) throws {
    self.path = path
    var config = GraphStore.configuration()
    config.readonly = true
    config.label = "bilat-readonly"
    self.writer = try DatabasePool(path: path, configuration: config)
  }

  /// An empty in-memory graph, for tests and one-off work.
  public init() throws {
    self.path = ":memory:"
    let queue = try DatabaseQueue(configuration: GraphStore.configuration())
    self.writer = queue
    try SchemaMigrator.migrate(queue, path: path)
  }

  static func configuration() -> Configuration {
    var config = Configuration()
    config.foreignKeysEnabled = true
    config.busyMode = .timeout(10)
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
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

  /// Copies an existing database file aside when its schema is older than this build's.
  static func backupIfOutdated(path: String) throws {
    let queue = try DatabaseQueue(path: path)
    let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    try queue.close()
    let latest = try SchemaMigrator.bundledMigrations().count
    guard version > 0, version < latest else { return }
    let backup = "\(path).backup-v\(version)"
    if FileManager.default.fileExists(atPath: backup) { try FileManager.default.removeItem(atPath: backup) }
    let source = try DatabaseQueue(path: path)
    let destination = try DatabaseQueue(path: backup)
    try source.backup(to: destination)
  }
}
