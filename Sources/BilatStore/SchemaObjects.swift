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
}
