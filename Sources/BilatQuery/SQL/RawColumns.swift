import BilatCore
import BilatStore
import GRDB
import GRDBSQLite

/// Reads result columns straight from the SQLite statement, without GRDB's `Row` conversions.
struct RawColumns {
  let statement: SQLiteStatement

  /// A stored property `(value, value_type)` pair at `column` and `column + 1`, as a Cypher value;
  /// the same value `PropertyValue(stored:type:)` decodes.
  func property(_ column: Int32) -> CypherValue {
    guard let type = sqlite3_column_text(statement, column + 1) else { return .null }
    let length = Int(sqlite3_column_bytes(statement, column + 1))
    let name = UnsafeBufferPointer(start: type, count: length)
    switch sqlite3_column_type(statement, column) {
    case SQLITE_TEXT where RawColumns.equals(name, .string):
      return .string(text(column))
    case SQLITE_INTEGER where RawColumns.equals(name, .integer):
      return .int(sqlite3_column_int64(statement, column))
    case SQLITE_INTEGER where RawColumns.equals(name, .boolean):
      return .bool(sqlite3_column_int64(statement, column) != 0)
    case SQLITE_FLOAT where RawColumns.equals(name, .float):
      return .float(sqlite3_column_double(statement, column))
    default:
      let value = SQLText.value(statement, column)
      return CypherValue(PropertyValue(stored: value, type: String(decoding: name, as: UTF8.self)))
    }
  }

  /// The integer at `column`, or nil when it is NULL.
  func integer(_ column: Int32) -> Int64? {
    sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
  }

  /// The whole text (U+0000 included), as every store read gives it.
  private func text(_ column: Int32) -> String { SQLText.column(statement, column) }

  private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ type: StoredValueType) -> Bool {
    let expected = type.rawValue.utf8
    return bytes.count == expected.count && bytes.elementsEqual(expected)
  }
}
