import GRDB

/// SQLite's planner statistics (`sqlite_stat1`), refreshed after bulk writes so that the
/// planner weighs indexes by what they hold instead of guessing (without them it takes
/// `type = ?` on `relationship_by_type` for as selective as a name lookup).
public enum PlannerStatistics {
  /// Rows examined per index by ``refresh(_:)``: approximate statistics in milliseconds
  /// instead of a full scan of every index (seconds on a million relationships).
  static let analysisLimit = 1000

  /// Runs `ANALYZE` with an analysis limit, inside or outside the caller's transaction.
  public static func refresh(_ db: Database) throws {
    try db.execute(sql: "PRAGMA analysis_limit = \(analysisLimit)")
    try db.execute(sql: "ANALYZE")
  }

  /// Refreshes the statistics in a write of its own (after an ingest batch).
  public static func refresh(_ store: GraphStore) throws {
    try store.writer.writeWithoutTransaction { db in try refresh(db) }
  }
}
