import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement bound through the C API, for bulk loads where GRDB's
/// per-call argument boxing would dominate.
struct BulkStatement {
  private let statement: Statement
  private let connection: Database

  init(_ db: Database, sql: String) throws {
    connection = db
    statement = try db.makeStatement(sql: sql)
  }

  /// Binds `values` (Int64, String, Double or nil) to the parameters in order and runs the statement once.
  func run(_ values: [BulkValue]) throws {
    let handle = statement.sqliteStatement
    sqlite3_reset(handle)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      switch value {
      case .null: sqlite3_bind_null(handle, index)
      case .int(let i): sqlite3_bind_int64(handle, index, i)
      case .double(let d): sqlite3_bind_double(handle, index, d)
      case .text(let s):
        _ = s.utf8.withContiguousStorageIfAvailable { buffer in
          sqlite3_bind_text(handle, index, buffer.baseAddress, Int32(buffer.count), Self.transient)
        }
          ?? {
            var copy = s
            return copy.withUTF8 { sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), Self.transient) }
          }()
      }
    }
    let code = sqlite3_step(handle)
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection.sqliteConnection)),
        sql: statement.sql)
    }
  }

  // SQLITE_TRANSIENT: SQLite copies the bytes before bind returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// A value bound by ``BulkStatement``.
enum BulkValue {
  case null
  case int(Int64)
  case double(Double)
  case text(String)
}
