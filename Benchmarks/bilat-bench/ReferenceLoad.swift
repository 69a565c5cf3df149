import BilatCore
import BilatStore
import Foundation
import GRDBSQLite

/// The plain-SQLite reference for the import: ``ReferenceRows`` inserted into a fresh database
/// with Bilat's schema, through the C API with one prepared statement per table and
/// `SQLITE_STATIC` text, in one transaction, with secondary indexes dropped during the load
/// and built after it (what a careful SQLite user would do; the importer does the same).
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
      AND tbl_name IN ('node_label', 'node_property', 'relationship', 'relationship_property', 'alias') ORDER BY name
      """)
    var clock = PhaseClock()
    try exec("BEGIN")
    for (name, _) in indexSQL { try exec("DROP INDEX \"\(name)\"") }
    try rows.arena.withUnsafeBufferPointer { arena in
      guard let base = arena.baseAddress else { throw BenchError("no rows") }
      let node = try Prepared(db, "INSERT INTO node(id) VALUES (?)")
      let label = try Prepared(db, "INSERT INTO node_label(node_id, label) VALUES (?, ?)")
      let nodeProperty = try Prepared(
        db, "INSERT INTO node_property(node_id, key, value, value_type) VALUES (?, ?, ?, ?)")
      let alias = try Prepared(db, "INSERT INTO alias(node_id, surface, key, folded_key) VALUES (?, ?, ?, ?)")
      let relationship = try Prepared(db, "INSERT INTO relationship(id, type, start_id, end_id) VALUES (?, ?, ?, ?)")
      let relationshipProperty = try Prepared(
        db, "INSERT INTO relationship_property(relationship_id, key, value, value_type) VALUES (?, ?, ?, ?)")
      func bind(_ s: Prepared, _ i: Int32, _ t: ReferenceRows.Text) {
        sqlite3_bind_text(
          s.handle, i, UnsafeRawPointer(base + t.offset).assumingMemoryBound(to: CChar.self), Int32(t.count), nil)
      }
      func property(_ s: Prepared, _ p: ReferenceRows.Property) throws {
        sqlite3_bind_int64(s.handle, 1, p.owner)
        bind(s, 2, p.key)
        switch p.value {
        case .int(let i):
          sqlite3_bind_int64(s.handle, 3, i)
          sqlite3_bind_text(s.handle, 4, StoredValueType.integer.rawValue, -1, Prepared.transient)
        case .text(let t):
          bind(s, 3, t)
          sqlite3_bind_text(s.handle, 4, StoredValueType.string.rawValue, -1, Prepared.transient)
        }
        try s.step()
      }
      // Rows go in the importer's order: per node its row, label, properties, alias.
      var p = 0
      var a = 0
      for (n, id) in rows.nodes.enumerated() {
        sqlite3_bind_int64(node.handle, 1, id)
        try node.step()
        sqlite3_bind_int64(label.handle, 1, id)
        bind(label, 2, rows.labels[n].1)
        try label.step()
        while p < rows.nodeProperties.count && rows.nodeProperties[p].owner == id {
          try property(nodeProperty, rows.nodeProperties[p])
          p += 1
        }
        if a < rows.aliases.count && rows.aliases[a].0 == id {
          let (_, surface, key, folded) = rows.aliases[a]
          sqlite3_bind_int64(alias.handle, 1, id)
          bind(alias, 2, surface)
          bind(alias, 3, key)
          bind(alias, 4, folded)
          try alias.step()
          a += 1
        }
      }
      clock.mark("nodes")
      var q = 0
      for (id, type, start, end) in rows.relationships {
        sqlite3_bind_int64(relationship.handle, 1, id)
        bind(relationship, 2, type)
        sqlite3_bind_int64(relationship.handle, 3, start)
        sqlite3_bind_int64(relationship.handle, 4, end)
        try relationship.step()
        while q < rows.relationshipProperties.count && rows.relationshipProperties[q].owner == id {
          try property(relationshipProperty, rows.relationshipProperties[q])
          q += 1
        }
      }
      clock.mark("relationships")
    }
    try exec("PRAGMA cache_size = \(indexBuildCacheSize)")
    for (_, sql) in indexSQL { try exec(sql) }
    clock.mark("indexes")
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
