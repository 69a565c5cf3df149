import BilatCore
import BilatStore
import GRDB
import GRDBSQLite

/// Reads result columns straight from the SQLite statement, without GRDB's `Row` conversions.
struct RawColumns {
  let statement: SQLiteStatement

  /// A property's (value, type) pair at `column` and `column + 1`, as ``SQLProperty`` reads
  /// it, as a Cypher value: the type a `json_type` name; a string's value the hot column's
  /// text, or (a BLOB) its JSON text in `props`; a list's or a map's value its JSON text.
  func property(_ column: Int32) throws -> CypherValue {
    guard let type = sqlite3_column_text(statement, column + 1) else { return .null }
    let length = Int(sqlite3_column_bytes(statement, column + 1))
    let name = UnsafeBufferPointer(start: type, count: length)
    guard let first = name.first else { return .null }
    switch first {
    case UInt8(ascii: "t") where length == 4 && name[1] == UInt8(ascii: "e"):  // text
      if sqlite3_column_type(statement, column) == SQLITE_BLOB { return try json(column) }
      return .string(text(column))
    case UInt8(ascii: "i"):  // integer, or a float (``SQLProperty/type(_:)``)
      if sqlite3_column_type(statement, column) == SQLITE_FLOAT {
        return .float(sqlite3_column_double(statement, column))
      }
      return .int(sqlite3_column_int64(statement, column))
    case UInt8(ascii: "r"): return .float(sqlite3_column_double(statement, column))  // real
    case UInt8(ascii: "t"): return .bool(true)  // true
    case UInt8(ascii: "f"): return .bool(false)  // false
    case UInt8(ascii: "a"), UInt8(ascii: "o"): return try json(column)  // array, object
    default: return .null
    }
  }

  /// The JSON value at `column` (text or blob), decoded.
  private func json(_ column: Int32) throws -> CypherValue {
    let bytes: UnsafeBufferPointer<UInt8>
    if sqlite3_column_type(statement, column) == SQLITE_BLOB {
      let pointer = sqlite3_column_blob(statement, column)?.assumingMemoryBound(to: UInt8.self)
      bytes = UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, column)))
    } else {
      bytes = SQLText.bytes(statement, column)
    }
    return CypherValue(try PropertyValue(json: String(decoding: bytes, as: UTF8.self)))
  }

  /// The integer at `column`, or nil when it is NULL.
  func integer(_ column: Int32) -> Int64? {
    sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
  }

  /// The whole text (U+0000 included), as every store read gives it.
  private func text(_ column: Int32) -> String { SQLText.column(statement, column) }
}
