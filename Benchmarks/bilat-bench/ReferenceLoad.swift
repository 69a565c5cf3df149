import BilatCore
import BilatStore
import Foundation
import GRDBSQLite

/// The plain-SQLite reference for the import: ``ReferenceRows`` inserted into a fresh database
/// with Bilat's schema, through the C API with one prepared statement per table and
/// `SQLITE_STATIC` text, in one transaction, with secondary indexes dropped during the load
/// and built after it, and the endpoint-label summary and the degree store each filled by one
/// grouped INSERT with their triggers dropped meanwhile (what a careful SQLite user would do; the importer does the same,
/// counting the summary in memory).
///
/// Connection settings match what `GraphImporter` runs with: WAL (the schema's file is made by
/// `GraphStore`), `synchronous = NORMAL`, the same page cache, foreign keys off (SQLite's
/// default). Timed: from `BEGIN` to the end of `COMMIT`.
enum ReferenceLoad {
  /// Cache sizes the importer uses while inserting and while building indexes
  /// (`PRAGMA cache_size`, KiB when negative).
  static let cacheSize = -262_144
  static let indexBuildCacheSize = -2048

  struct Result {
    var seconds: Double
    var phases: [(String, Double)]
  }

  static func run(_ rows: ReferenceRows, path: String) throws -> Result {
    // The schema, exactly as Bilat creates it.
    do { _ = try GraphStore(path: path) }
    var handle: OpaquePointer?
    guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let db = handle else {
      throw BenchError("cannot open \(path)")
    }
    defer { sqlite3_close_v2(db) }
    func exec(_ sql: String) throws {
      guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
        throw BenchError("\(sql): \(String(cString: sqlite3_errmsg(db)))")
      }
    }
    try exec("PRAGMA synchronous = NORMAL")
    try exec("PRAGMA cache_size = \(cacheSize)")
    let indexSQL = try strings(
      db,
      """
      SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
      AND tbl_name IN ('node', 'node_extra_label', 'relationship', 'alias') ORDER BY name
      """)
    // The endpoint-label summary's triggers (schema 7) and the degree store's (schema 8) are
    // dropped for the load like Bilat's importer drops them; each is then filled by one grouped
    // INSERT (below).
    let triggerSQL = try strings(
      db,
      """
      SELECT name, sql FROM sqlite_master WHERE type = 'trigger'
      AND (name LIKE 'relationship_endpoint_label_%' OR name LIKE 'relationship_degree_%')
      ORDER BY name
      """)
    /// The rows of name table `table` (a fixed identifier): `names` with ids 1, 2, ...
    func names(_ table: String, _ names: [String]) throws {
      let insert = try Prepared(db, "INSERT INTO \(table)(id, name) VALUES (?, ?)")
      for (index, name) in names.enumerated() {
        sqlite3_bind_int64(insert.handle, 1, Int64(index + 1))
        sqlite3_bind_text(insert.handle, 2, name, -1, Prepared.transient)
        try insert.step()
      }
    }
    var clock = PhaseClock()
    try exec("BEGIN")
    for (name, _) in indexSQL { try exec("DROP INDEX \"\(name)\"") }
    for (name, _) in triggerSQL { try exec("DROP TRIGGER \"\(name)\"") }
    try rows.arena.withUnsafeBufferPointer { arena in
      guard let base = arena.baseAddress else { throw BenchError("no rows") }
      let node = try Prepared(db, "INSERT INTO node(id, label_id, name, country, props) VALUES (?, ?, ?, ?, ?)")
      let alias = try Prepared(db, "INSERT INTO alias(node_id, surface, folded_key) VALUES (?, ?, ?)")
      let relationship = try Prepared(
        db, "INSERT INTO relationship(id, type_id, start_id, end_id, date, props) VALUES (?, ?, ?, ?, ?, ?)")
      func bind(_ s: Prepared, _ i: Int32, _ t: ReferenceRows.Text?) {
        guard let t else {
          sqlite3_bind_null(s.handle, i)
          return
        }
        sqlite3_bind_text(
          s.handle, i, UnsafeRawPointer(base + t.offset).assumingMemoryBound(to: CChar.self), Int32(t.count), nil)
      }
      try names("label", rows.labelNames)
      // Rows go in the importer's order: per node its row, then its alias.
      var a = 0
      for row in rows.nodes {
        sqlite3_bind_int64(node.handle, 1, row.id)
        sqlite3_bind_int64(node.handle, 2, row.label)
        bind(node, 3, row.name)
        bind(node, 4, row.country)
        bind(node, 5, row.props)
        try node.step()
        if a < rows.aliases.count && rows.aliases[a].0 == row.id {
          let (_, surface, folded) = rows.aliases[a]
          sqlite3_bind_int64(alias.handle, 1, row.id)
          bind(alias, 2, surface)
          bind(alias, 3, folded)
          try alias.step()
          a += 1
        }
      }
      clock.mark("nodes")
      try names("relationship_type", rows.typeNames)
      for row in rows.relationships {
        sqlite3_bind_int64(relationship.handle, 1, row.id)
        sqlite3_bind_int64(relationship.handle, 2, row.type)
        sqlite3_bind_int64(relationship.handle, 3, row.start)
        sqlite3_bind_int64(relationship.handle, 4, row.end)
        bind(relationship, 5, row.date)
        bind(relationship, 6, row.props)
        try relationship.step()
      }
      clock.mark("relationships")
    }
    try exec("PRAGMA cache_size = \(indexBuildCacheSize)")
    for (_, sql) in indexSQL { try exec(sql) }
    clock.mark("indexes")
    try exec(
      """
      WITH labelled(node_id, label_id) AS (
        SELECT id, label_id FROM node WHERE label_id IS NOT NULL
        UNION ALL SELECT node_id, label_id FROM node_extra_label)
      INSERT INTO relationship_endpoint_label(type_id, side, label_id, count)
      SELECT type_id, 0, 0, count(*) FROM relationship GROUP BY type_id
      UNION ALL
      SELECT r.type_id, 0, l.label_id, count(*) FROM relationship r JOIN labelled l ON l.node_id = r.start_id
      GROUP BY r.type_id, l.label_id
      UNION ALL
      SELECT r.type_id, 1, l.label_id, count(*) FROM relationship r JOIN labelled l ON l.node_id = r.end_id
      GROUP BY r.type_id, l.label_id
      """)
    try exec(
      """
      INSERT INTO relationship_degree(node_id, type_id, start_count, end_count, loop_count)
      SELECT node_id, type_id, sum(side = 0), sum(side = 1), sum(side = 2) FROM (
        SELECT start_id AS node_id, type_id, CASE WHEN start_id = end_id THEN 2 ELSE 0 END AS side FROM relationship
        UNION ALL
        SELECT end_id, type_id, 1 FROM relationship WHERE start_id <> end_id)
      GROUP BY node_id, type_id
      """)
    for (_, sql) in triggerSQL { try exec(sql) }
    clock.mark("summary")
    try exec("COMMIT")
    clock.mark("commit")
    return Result(seconds: clock.total, phases: clock.phases)
  }

  private static func strings(_ db: OpaquePointer, _ sql: String) throws -> [(String, String)] {
    let statement = try Prepared(db, sql)
    var rows: [(String, String)] = []
    while sqlite3_step(statement.handle) == SQLITE_ROW {
      rows.append(
        (
          String(cString: sqlite3_column_text(statement.handle, 0)),
          String(cString: sqlite3_column_text(statement.handle, 1))
        ))
    }
    return rows
  }
}

/// A prepared statement, finalized when released.
final class Prepared {
  let handle: OpaquePointer
  private let db: OpaquePointer
  static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  init(_ db: OpaquePointer, _ sql: String) throws {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw BenchError("\(sql): \(String(cString: sqlite3_errmsg(db)))")
    }
    self.db = db
    handle = statement
  }

  deinit { sqlite3_finalize(handle) }

  @inline(__always)
  func step() throws {
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else { throw BenchError("insert failed: \(String(cString: sqlite3_errmsg(db)))") }
  }
}
