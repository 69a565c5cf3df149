import Foundation
import GRDBSQLite

/// A raw SQLite connection for the plain-schema reference: statements prepared once per text
/// and cached, rows read through the C API and rendered like ``QueryBench/canonical(_:)``.
final class PlainConnection {
  let handle: OpaquePointer
  private var cache: [String: Prepared] = [:]

  init(path: String, readOnly: Bool) throws {
    var db: OpaquePointer?
    let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    guard sqlite3_open_v2(path, &db, flags, nil) == SQLITE_OK, let db else {
      sqlite3_close_v2(db)
      throw BenchError("cannot open \(path)")
    }
    handle = db
  }

  deinit {
    cache.removeAll()
    sqlite3_close_v2(handle)
  }

  func exec(_ sql: String) throws {
    guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
      throw BenchError("\(sql.prefix(80)): \(String(cString: sqlite3_errmsg(handle)))")
    }
  }

  /// All rows of `sql` (a cached prepared statement), every value rendered canonically.
  func fetch(_ sql: String) throws -> [[String]] {
    let statement: Prepared
    if let cached = cache[sql] {
      statement = cached
    } else {
      statement = try Prepared(handle, sql)
      cache[sql] = statement
    }
    let s = statement.handle
    defer { sqlite3_reset(s) }
    let columns = sqlite3_column_count(s)
    var rows: [[String]] = []
    while true {
      let code = sqlite3_step(s)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else { throw BenchError("query failed: \(String(cString: sqlite3_errmsg(handle)))") }
      var row: [String] = []
      row.reserveCapacity(Int(columns))
      for i in 0..<columns {
        switch sqlite3_column_type(s, i) {
        case SQLITE_NULL: row.append("null")
        case SQLITE_INTEGER: row.append(String(sqlite3_column_int64(s, i)))
        case SQLITE_FLOAT:
          let d = sqlite3_column_double(s, i)
          row.append(d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d))
        case SQLITE_BLOB: row.append("blob(\(sqlite3_column_bytes(s, i)))")
        default:
          let bytes = sqlite3_column_text(s, i)
          let count = Int(sqlite3_column_bytes(s, i))
          row.append(bytes.map { String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self) } ?? "")
        }
      }
      rows.append(row)
    }
    return rows
  }
}
