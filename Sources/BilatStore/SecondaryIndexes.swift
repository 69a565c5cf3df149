import GRDB

/// Dropping and rebuilding the graph tables' secondary indexes around a bulk load (CSV/JSONL
/// import and the JSON graph importer): building each index once after the load beats
/// updating it row by row.
public enum SecondaryIndexes {
  /// When the graph is empty, drops the secondary indexes of the graph tables (inside the
  /// caller's transaction) and returns the SQL recreating them; otherwise returns nothing.
  public static func dropIfEmpty(_ db: Database) throws -> [String] {
    guard try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM node LIMIT 1)") == 0 else { return [] }
    return try SchemaObjects.drop(
      db,
      listedBy: """
        SELECT type, name, sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL
          AND tbl_name IN ('node', 'node_extra_label', 'relationship', 'alias')
        ORDER BY name
        """)
  }
}
