import GRDB
import GRDBSQLite

/// The current result row of a statement, read through ``SQLText`` so that text is whole.
/// Valid only inside the call that hands it out.
public struct SQLRow {
  /// The SQLite statement positioned on the row.
  public let statement: SQLiteStatement

  public init(statement: SQLiteStatement) { self.statement = statement }

  /// True when column `index` is NULL.
  public func isNull(_ index: Int32) -> Bool { sqlite3_column_type(statement, index) == SQLITE_NULL }

  public func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(statement, index) }

  public func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(statement, index)) }

  public func optionalInt64(_ index: Int32) -> Int64? { isNull(index) ? nil : int64(index) }

  public func double(_ index: Int32) -> Double { sqlite3_column_double(statement, index) }

  /// The whole text of column `index` ("" for NULL).
  public func text(_ index: Int32) -> String { SQLText.column(statement, index) }

  /// The whole text of column `index`, nil for NULL.
  public func optionalText(_ index: Int32) -> String? { isNull(index) ? nil : text(index) }

  /// Column `index` as a database value, text whole.
  public func value(_ index: Int32) -> DatabaseValue { SQLText.value(statement, index) }
}

extension Database {
  /// A prepared statement for `sql` with `arguments` bound whole (see ``GRDB/Statement/bindWhole(_:)``):
  /// run it with GRDB's calls without arguments.
  ///
  /// - Parameter cached: reuse the connection's cached statement (false for SQL built per call,
  ///   or when another cursor on the same SQL may still be open).
  public func boundStatement(
    _ sql: String, _ arguments: SQLArguments = [], cached: Bool = true
  ) throws -> Statement {
    let statement = try cached ? cachedStatement(sql: sql) : makeStatement(sql: sql)
    try statement.bindWhole(arguments)
    return statement
  }

  /// Runs a statement that returns no rows, with `arguments` bound whole.
  public func run(_ sql: String, _ arguments: SQLArguments) throws {
    try boundStatement(sql, arguments).execute()
  }

  /// Runs `sql` and calls `body` with each result row in turn (text read whole).
  public func forEachRow(
    _ sql: String, _ arguments: SQLArguments = [], cached: Bool = true,
    _ body: (SQLRow) throws -> Void
  ) throws {
    let statement = try cached ? cachedStatement(sql: sql) : makeStatement(sql: sql)
    guard statement.isReadonly else {
      // A write runs through GRDB, whose transaction observers and schema cache must see it.
      try statement.bindWhole(arguments)
      let cursor = try Row.fetchCursor(statement)
      let row = SQLRow(statement: statement.sqliteStatement)
      while try cursor.next() != nil { try body(row) }
      return
    }
    // A read is stepped directly: a `Row` cursor builds a dictionary of the column names on
    // every run, and GRDB's per-step bookkeeping serves nothing a read needs.
    try statement.bindDirect(arguments)
    try statement.forEachDirectRow { try body(SQLRow(statement: $0)) }
  }

  /// Runs `sql` and decodes every result row with `decode` (text read whole).
  public func rows<T>(
    _ sql: String, _ arguments: SQLArguments = [], cached: Bool = true,
    _ decode: (SQLRow) throws -> T
  ) throws -> [T] {
    var result: [T] = []
    try forEachRow(sql, arguments, cached: cached) { result.append(try decode($0)) }
    return result
  }
}
