import GRDBSQLite
import BilatCore
import BilatStore
import GRDB

/// A prepared INSERT bound through SQLite's C API, reused for every row of a bulk import
/// (GRDB's per-call statement preparation and argument boxing would dominate).
struct RawInsert {
  enum Value {
    case null
    case int(Int64)
    case double(Double)
    case text(String)

    /// A NULL or text value as the store routes it (``BilatStore/PropertyStorage``).
    init(_ value: DatabaseValue) {
      if case .string(let s) = value.storage { self = .text(s) } else { self = .null }
    }
  }

  private let statement: Statement
  private let connection: Database

  init(_ db: Database, sql: String) throws {
    connection = db
    statement = try db.makeStatement(sql: sql)
  }

  /// Binds `values` to the parameters in order and runs the statement once.
  func run(_ values: Value...) throws { try run(values) }

  /// Binds `values` to the parameters in order and runs the statement once.
  func run(_ values: [Value]) throws {
    let handle = statement.sqliteStatement
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      switch value {
      case .null: sqlite3_bind_null(handle, index)
      case .int(let i): sqlite3_bind_int64(handle, index, i)
      case .double(let d): sqlite3_bind_double(handle, index, d)
      case .text(let s): SQLText.bind(s, to: handle, at: index)
      }
    }
    let code = sqlite3_step(handle)
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection.sqliteConnection)),
        sql: statement.sql)
    }
  }
}
