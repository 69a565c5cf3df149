import GRDBSQLite
import BilatCore
import BilatStore
import GRDB

/// The current row of a statement, read straight from SQLite without making Swift values:
/// the fast path for exports of millions of rows.
struct RawRow {
  let statement: SQLiteStatement

  func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

  func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }

  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

  /// The column's UTF-8 text (numbers converted by SQLite); valid until the next step.
  func text(_ column: Int32) -> UnsafeBufferPointer<UInt8> { SQLText.bytes(statement, column) }

  func string(_ column: Int32) -> String { String(decoding: text(column), as: UTF8.self) }

  /// The properties of a row, sorted by key: the `hot` columns from `column` on, then `props`
  /// (``BilatStore/PropertyStorage``).
  func properties(_ column: Int32, hot: [String]) throws -> [(key: String, value: PropertyValue)] {
    let columns = hot.indices.map { isNull(column + Int32($0)) ? nil : string(column + Int32($0)) }
    let merged = try PropertyStorage.merge(hot: hot, columns: columns, props: string(column + Int32(hot.count)))
    return merged.keys.sorted().compactMap { key in merged[key].map { (key, $0) } }
  }
}

enum RawRows {
  /// Runs `sql` and calls `body` with each row in turn.
  static func forEach(
    _ db: Database, sql: String, arguments: SQLArguments = [], _ body: (RawRow) throws -> Void
  ) throws {
    let statement = try db.boundStatement(sql, arguments, cached: false)
    let cursor = try Row.fetchCursor(statement)
    let row = RawRow(statement: statement.sqliteStatement)
    while try cursor.next() != nil {
      try body(row)
    }
  }
}

/// A pull cursor over raw rows, for merging two statements sorted on the same key.
final class RawCursor {
  private let statement: Statement
  private let cursor: RowCursor
  /// The current row; valid after ``next()`` returned true, until the next call.
  let row: RawRow
  private(set) var exhausted = false

  init(_ db: Database, sql: String, arguments: SQLArguments = []) throws {
    statement = try db.boundStatement(sql, arguments, cached: false)
    cursor = try Row.fetchCursor(statement)
    row = RawRow(statement: statement.sqliteStatement)
  }

  /// Steps to the next row; false at the end.
  func next() throws -> Bool {
    guard !exhausted else { return false }
    if try cursor.next() == nil { exhausted = true }
    return !exhausted
  }
}
