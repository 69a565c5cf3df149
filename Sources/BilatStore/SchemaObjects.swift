import GRDB

/// Dropping schema objects for a bulk load and recreating them afterwards (``SecondaryIndexes``,
/// ``EndpointLabels``): SQLite keeps each object's creating statement in `sqlite_master`.
enum SchemaObjects {
  /// Drops the indexes or triggers that `query` lists as `(type, name, sql)` rows of
  /// `sqlite_master` (inside the caller's transaction) and returns the SQL recreating them.
  static func drop(_ db: Database, listedBy query: String) throws -> [String] {
    var recreate: [String] = []
    for row in try Row.fetchAll(db, sql: query) {
      let type: String = row["type"]
      let name: String = row["name"]
      guard type == "index" || type == "trigger" else { continue }
      recreate.append(row["sql"])
      // The type is one of the two above and the name comes from sqlite_master, not from
      // input; quoted all the same.
      try db.execute(sql: "DROP \(type.uppercased()) \(name.quotedDatabaseIdentifier)")
    }
    return recreate
  }

  /// Drops the triggers whose names begin with `prefix` (a summary's, kept for one table) and
  /// returns the SQL recreating them, in name order.
  static func dropTriggers(_ db: Database, named prefix: String) throws -> [String] {
    // LIKE with "_" and "%" escaped, so that the prefix matches as written
    let pattern =
      prefix.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "_", with: "\\_")
      .replacingOccurrences(of: "%", with: "\\%") + "%"
    var recreate: [String] = []
    for row in try Row.fetchAll(
      db,
      sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\' ORDER BY name",
      arguments: [pattern])
    {
      let name: String = row["name"]
      recreate.append(row["sql"])
      try db.execute(sql: "DROP TRIGGER \(name.quotedDatabaseIdentifier)")
    }
    return recreate
  }
}
