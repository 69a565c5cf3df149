import BilatCore
import Foundation
import GRDB

/// Bulk loader for the shared benchmark format.
///
/// Nodes: `id,kind,name,country`; edges: `src,dst,type,date,place,about,title` (CSV with a
/// header row, or JSON Lines with the same keys). `kind` becomes the node's label, `type`
/// the relationship type; the file's `id` is kept as the integer (or string) property `id`,
/// other non-empty fields become properties, and each name becomes an alias.
/// Everything happens in one transaction: a bad row leaves the database as it was.
///
/// The load binds values straight from the file's bytes (no per-row strings or dictionaries),
/// inserts rows in primary-key order, builds the secondary indexes once at the end when the
/// graph was empty, and skips SQLite's foreign-key lookups: every reference it writes points
/// to a row it has just written (see ``ImportSession``).
public enum GraphImporter {
  /// What an import added.
  public struct Summary: Equatable, Sendable {
    public var nodes = 0
    public var relationships = 0
    public var seconds = 0.0
    /// Where the time went, in order: reading the files, nodes, relationships, index builds, commit.
    public var phases: [Phase] = []
    /// Rows per second over both files.
    public var rowsPerSecond: Double { seconds > 0 ? Double(nodes + relationships) / seconds : 0 }
  }

  /// The wall-clock time of one step of an import.
  public struct Phase: Equatable, Sendable {
    public var name: String
    public var seconds: Double
  }

  /// Imports a node file and (optionally) an edge file into `store` in one transaction.
  public static func importFiles(nodes nodesPath: String, edges edgesPath: String?, into store: GraphStore) throws
    -> Summary
  {
    let started = ContinuousClock.now
    var clock = PhaseClock()
    var nodeReader = try RecordReader(path: nodesPath)
    try nodeReader.require(columns: ["id", "kind"])
    var edgeReader = try edgesPath.map { try RecordReader(path: $0) }
    try edgeReader?.require(columns: ["src", "dst", "type"])
    clock.lap("read files")
    let settings = try LoadSettings(store.writer)
    defer { settings.restore(store.writer) }
    var summary = try store.writer.write { db -> Summary in
      let deferredIndexes = try SecondaryIndexes.dropIfEmpty(db)
      var session = try ImportSession(db)
      var summary = Summary()
      summary.nodes = try session.importNodes(&nodeReader)
      clock.lap("nodes")
      if var reader = edgeReader {
        summary.relationships = try session.importRelationships(&reader)
        edgeReader = reader
        clock.lap("relationships")
      }
      if !deferredIndexes.isEmpty {
        // CREATE INDEX sorts in memory up to the page cache's size: one huge in-memory merge
        // sort chases pointers across the whole heap; 2 MiB runs merged afterwards take about
        // 25% less CPU (callgrind/perf on the large workload).
        try db.execute(sql: "PRAGMA cache_size = \(LoadSettings.indexBuildCacheSize)")
      }
      for sql in deferredIndexes { try db.execute(sql: sql) }
      if !deferredIndexes.isEmpty { clock.lap("indexes") }
      try PlannerStatistics.refresh(db, full: true)
      return summary
    }
    clock.lap("commit")
    summary.phases = clock.phases
    summary.seconds = PhaseClock.seconds(ContinuousClock.now - started)
    return summary
  }

  /// Collects ``Phase``s.
  struct PhaseClock {
    private var last = ContinuousClock.now
    private(set) var phases: [Phase] = []

    mutating func lap(_ name: String) {
      let now = ContinuousClock.now
      phases.append(Phase(name: name, seconds: Self.seconds(now - last)))
      last = now
    }

    static func seconds(_ duration: Duration) -> Double {
      Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
  }
}

/// Connection settings for the length of a bulk load, put back afterwards.
///
/// - a large page cache while rows are inserted (``loadCacheSize``), and a small one while
///   indexes are built (``indexBuildCacheSize``, it bounds SQLite's in-memory sort runs);
/// - foreign keys off: the importer only writes references to rows it has just written,
///   and checking them cost a B-tree lookup per reference (3 per relationship row).
/// Journaling is left as it is: the load stays one crash-safe transaction.
struct LoadSettings {
  let cacheSize: Int
  let foreignKeys: Bool
  /// `PRAGMA cache_size` while rows are inserted (KiB when negative).
  static let loadCacheSize = -262_144
  /// `PRAGMA cache_size` while the deferred indexes are built.
  static let indexBuildCacheSize = -2048

  init(_ writer: any DatabaseWriter) throws {
    (cacheSize, foreignKeys) = try writer.writeWithoutTransaction { db -> (Int, Bool) in
      let size = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
      let foreignKeys = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false
      try db.execute(sql: "PRAGMA cache_size = \(Self.loadCacheSize)")
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      return (size, foreignKeys)
    }
  }

  func restore(_ writer: any DatabaseWriter) {
    _ = try? writer.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
      if foreignKeys { try db.execute(sql: "PRAGMA foreign_keys = ON") }
    }
  }
}
