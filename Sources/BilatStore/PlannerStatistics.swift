import GRDB

/// SQLite's planner statistics (`sqlite_stat1`), refreshed after bulk writes so that the
/// planner weighs indexes by what they hold instead of guessing (without them it takes
/// `type = ?` on the type index for as selective as a name lookup).
public enum PlannerStatistics {
  /// Rows examined per index by ``refresh(_:)``: approximate statistics in milliseconds
  /// instead of a full scan of every index (seconds on a million relationships).
  static let analysisLimit = 1000

  /// Runs `ANALYZE` with an analysis limit, inside or outside the caller's transaction.
  ///
  /// - Parameter full: every index row examined (`analysis_limit = 0`): exact statistics, about
  ///   0.7 s on the large workload, taken after a bulk import or a migration. Sampled ones
  ///   mislead the planner there (334 relationships per start node against 5 in truth).
  public static func refresh(_ db: Database, full: Bool = false) throws {
    try db.execute(sql: "PRAGMA analysis_limit = \(full ? 0 : analysisLimit)")
    try db.execute(sql: "ANALYZE")
  }

  /// After an ingest, in an IMMEDIATE transaction of its own: `PRAGMA optimize` (SQLite
  /// re-analyzes what it finds stale), or a sampled `ANALYZE` when the graph has no statistics
  /// yet (SQLite 3.40's optimize only looks at tables this connection's queries used). The
  /// transaction takes the write lock first: the pragma starts as a read, and a read upgraded
  /// to a write while another process writes fails at once, without waiting.
  public static func optimize(_ store: GraphStore) throws {
    try store.writer.writeWithoutTransaction { db in
      try db.inTransaction(.immediate) {
        let analyzed =
          try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1')")
          ?? false
        if analyzed, try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'node'") ?? 0 > 0 {
          try db.execute(sql: "PRAGMA analysis_limit = \(analysisLimit)")
          try db.execute(sql: "PRAGMA optimize")
        } else {
          try refresh(db)
        }
        return .commit
      }
    }
  }

  /// Refreshes the statistics in a write of its own (after an ingest batch).
  public static func refresh(_ store: GraphStore) throws {
    try store.writer.writeWithoutTransaction { db in try refresh(db) }
  }
}
