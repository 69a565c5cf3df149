import BilatCore
import Foundation
import GRDB

/// The one importer: CSV and JSON Lines files in the shared benchmark format
/// (``importFiles(nodes:edges:into:)``) and graphs written by `bilat export json`
/// (``importGraph(from:into:)``), through the same statements (``GraphLoader``), the same load
/// (``load(into:clock:_:)``) and the same error type (``ImportError``).
///
/// Nodes: `id,kind,name,country`; edges: `src,dst,type,date,place,about,title` (CSV with a
/// header row, or JSON Lines with the same keys). `kind` becomes the node's label, `type`
/// the relationship type; the file's `id` is kept as the integer (or string) property `id`,
/// other non-empty fields become properties, and each name becomes an alias.
/// Everything happens in one transaction: a bad row leaves the database as it was.
///
/// The file load binds values straight from the file's bytes (no per-row strings or
/// dictionaries), inserts rows in primary-key order, builds the secondary indexes once at the
/// end when the graph was empty, and skips SQLite's foreign-key lookups: every reference it
/// writes points to a row it has just written (see ``LoadSettings``).
public enum GraphImporter {
  /// What an import added.
  public struct Summary: Equatable, Sendable {
    public var nodes = 0
    public var relationships = 0
    public var seconds = 0.0
    /// Where the time went, in order: reading the files, nodes, relationships, index builds,
    /// statistics, commit.
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
  ///
  /// - Throws: ``ImportError`` naming the file and line of a bad row (nothing is imported).
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
    var summary = try load(into: store, clock: &clock) { loader, _, clock -> Summary in
      var session = ImportSession(loader)
      defer { loader = session.loader }
      var summary = Summary()
      summary.nodes = try session.importNodes(&nodeReader)
      clock.lap("nodes")
      if var reader = edgeReader {
        summary.relationships = try session.importRelationships(&reader)
        edgeReader = reader
        clock.lap("relationships")
      }
      return summary
    }
    summary.phases = clock.phases
    summary.seconds = PhaseClock.seconds(ContinuousClock.now - started)
    return summary
  }

  /// Imports the graph JSON file at `url` (as `bilat export json` writes it) into `store`.
  ///
  /// Nodes and relationships get new ids in the order of the file (the file's ids only link
  /// relationships to nodes), so the export of a graph imported into an empty database equals
  /// the file when the file's ids were 1, 2, 3... Evidence is re-attached when its article (by
  /// source) is in the database, else dropped and counted. The file is read in chunks and walked
  /// element by element, so large exports import in bounded memory (plus the id map).
  ///
  /// - Throws: ``ImportError`` naming the file, line and column of the problem.
  public static func importGraph(from url: URL, into store: GraphStore) throws -> ImportSummary {
    let name = url.path
    let handle: FileHandle
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw ImportError(file: name, message: "cannot open: \(error.localizedDescription)")
    }
    defer { try? handle.close() }
    return try importGraph(JSONStreamParser(handle: handle), file: name, into: store)
  }

  /// Imports graph JSON held in memory (`file` names it in errors).
  public static func importGraph(json: String, file: String = "<input>", into store: GraphStore) throws
    -> ImportSummary
  {
    try importGraph(JSONStreamParser(bytes: Array(json.utf8)), file: file, into: store)
  }

  private static func importGraph(_ parser: JSONStreamParser, file: String, into store: GraphStore) throws
    -> ImportSummary
  {
    var clock = PhaseClock()
    do {
      return try load(into: store, clock: &clock) { loader, db, _ in
        var state = GraphJSONLoad(db: db, loader: loader, file: file)
        defer { loader = state.loader }
        try parser.beginObject()
        var first = true
        while let (key, _, _) = try parser.nextKey(first: first) {
          first = false
          switch key {
          case "nodes":
            try parser.beginArray()
            var firstNode = true
            while try parser.hasNextElement(first: firstNode) {
              firstNode = false
              try state.importNode(try parser.parseValue())
            }
          case "relationships":
            try parser.beginArray()
            var firstRelationship = true
            while try parser.hasNextElement(first: firstRelationship) {
              firstRelationship = false
              try state.importRelationship(try parser.parseValue())
            }
          default:
            _ = try parser.parseValue()  // unknown members are skipped, for forward compatibility
          }
        }
        try parser.finish()
        return state.summary
      }
    } catch let error as JSONSyntaxError {
      throw ImportError(file: file, line: error.line, column: error.column, message: error.message)
    } catch let error as ImportError {
      throw error
    } catch {
      throw ImportError(file: file, line: parser.line, column: parser.column, message: "\(error.localizedDescription)")
    }
  }

  /// The load every import runs in: one write transaction with the bulk settings
  /// (``LoadSettings``); on an empty graph the secondary indexes dropped first and built once at
  /// the end; full planner statistics (`ANALYZE`) before the commit. `body` writes the rows
  /// through `loader` and leaves it as it ends (its counts are written afterwards); an error it
  /// throws rolls everything back.
  static func load<T>(
    into store: GraphStore, clock: inout PhaseClock,
    _ body: (inout GraphLoader, GraphDatabase, inout PhaseClock) throws -> T
  ) throws -> T {
    let settings = try LoadSettings(store.writer)
    defer { settings.restore(store.writer) }
    let result = try store.writer.write { db -> T in
      let deferredIndexes = try SecondaryIndexes.dropIfEmpty(db)
      // The endpoint-label summary's triggers would cost three upserts per relationship row:
      // the loader counts instead, and the triggers come back before the commit.
      // Likewise the degree store's: an upsert per relationship end.
      let summaryTriggers = try EndpointLabels.dropTriggers(db) + RelationshipDegrees.dropTriggers(db)
      var loader = try GraphLoader(db)
      let result = try body(&loader, GraphDatabase(db), &clock)
      try loader.endpointLabels.write(db)
      try loader.degrees.write(db)
      for sql in summaryTriggers { try db.execute(sql: sql) }
      if !deferredIndexes.isEmpty {
        // CREATE INDEX sorts in memory up to the page cache's size: one huge in-memory merge
        // sort chases pointers across the whole heap; 2 MiB runs merged afterwards took about
        // 25% less CPU (callgrind/perf on the large workload), 1 MiB runs 6% less again.
        try db.execute(sql: "PRAGMA cache_size = \(LoadSettings.indexBuildCacheSize)")
        for sql in deferredIndexes { try db.execute(sql: sql) }
        clock.lap("indexes")
      }
      try PlannerStatistics.refresh(db, full: true)
      clock.lap("statistics")
      return result
    }
    clock.lap("commit")
    return result
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
/// - dirty pages kept in memory up to ``loadCacheSize`` for the whole load (`cache_spill`):
///   otherwise the small build cache spills the rows just written to the WAL one page at a
///   time, and each index build reads the table back from it (464 MB of WAL reads for a
///   150 MB file on the large workload);
/// - foreign keys off: the importer only writes references to rows it has just written,
///   and checking them cost a B-tree lookup per reference (3 per relationship row).
/// Journaling is left as it is: the load stays one crash-safe transaction.
struct LoadSettings {
  let cacheSize: Int
  let foreignKeys: Bool
  /// `PRAGMA cache_size` while rows are inserted (KiB when negative), and how much of the
  /// cache dirty pages may fill before SQLite spills them (`cache_spill`), for the whole load.
  static let loadCacheSize = -262_144
  /// `PRAGMA cache_size` while the deferred indexes are built: SQLite sorts runs of this size in
  /// memory and merges them. 1 MiB took about 6% less CPU than 2 MiB for the large workload's
  /// seven builds, and 4 or 8 MiB more (cache misses; BENCHMARKS.md, 6 Dec 2026).
  static let indexBuildCacheSize = -1024

  init(_ writer: any DatabaseWriter) throws {
    (cacheSize, foreignKeys) = try writer.writeWithoutTransaction { db -> (Int, Bool) in
      let size = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
      let foreignKeys = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false
      try db.execute(sql: "PRAGMA cache_size = \(Self.loadCacheSize)")
      try db.execute(sql: "PRAGMA cache_spill = \(Self.loadCacheSize)")
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      return (size, foreignKeys)
    }
  }

  func restore(_ writer: any DatabaseWriter) {
    _ = try? writer.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
      // SQLite's default: spill as soon as the cache is full (the store never changes it).
      try db.execute(sql: "PRAGMA cache_spill = 1")
      if foreignKeys { try db.execute(sql: "PRAGMA foreign_keys = ON") }
    }
  }
}
