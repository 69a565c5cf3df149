import GRDB
import GRDBSQLite

/// The one way Bilat binds and reads text in SQLite: by UTF-8 byte length, so that a string
/// keeps every character, U+0000 included.
///
/// GRDB binds a `String` NUL-terminated (`sqlite3_bind_text` with length -1) and reads text
/// with `String(cString:)`; both stop at the first U+0000. Every statement Bilat runs with
/// values binds them through ``bind(_:to:at:)`` (via ``GRDB/Statement/bindWhole(_:)``,
/// ``BulkStatement`` and the Export module's raw insert), and text columns are read with
/// ``column(_:_:)`` / ``value(_:_:)`` (via ``SQLRow``).
public enum SQLText {
  /// `SQLITE_TRANSIENT`: SQLite copies the bytes before the bind call returns.
  static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Binds UTF-8 `bytes` as text at the 1-based parameter `index`.
  ///
  /// - Parameter copy: false binds without copying (`SQLITE_STATIC`); the bytes must then stay
  ///   valid and unchanged until the statement has been stepped and the parameter bound again.
  /// - Returns: SQLite's result code.
  @inline(__always) @discardableResult
  public static func bind(
    _ bytes: UnsafeBufferPointer<UInt8>, to statement: SQLiteStatement, at index: Int32, copy: Bool = true
  ) -> Int32 {
    // A nil pointer would bind NULL; empty text must stay an empty string.
    let base = UnsafeRawPointer(bytes.baseAddress ?? BulkText.emptyBytes).assumingMemoryBound(to: CChar.self)
    return sqlite3_bind_text64(statement, index, base, UInt64(bytes.count), copy ? transient : nil, UInt8(SQLITE_UTF8))
  }

  /// Binds a string, copied, at the 1-based parameter `index`.
  @inline(__always) @discardableResult
  public static func bind(_ string: String, to statement: SQLiteStatement, at index: Int32) -> Int32 {
    var string = string
    return string.withUTF8 { bind($0, to: statement, at: index) }
  }

  /// Binds any database value at the 1-based parameter `index`: text by its byte length, the
  /// other storage classes as GRDB binds them.
  @inline(__always) @discardableResult
  public static func bind(_ value: DatabaseValue, to statement: SQLiteStatement, at index: Int32) -> Int32 {
    if case .string(let string) = value.storage { return bind(string, to: statement, at: index) }
    return value.bind(to: statement, at: index)
  }

  /// The UTF-8 bytes of column `index` of the current row (numbers as SQLite renders them);
  /// valid until the statement steps again.
  @inline(__always)
  public static func bytes(_ statement: SQLiteStatement, _ index: Int32) -> UnsafeBufferPointer<UInt8> {
    guard let pointer = sqlite3_column_text(statement, index) else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, index)))
  }

  /// The whole text of column `index` of the current row ("" for NULL).
  @inline(__always)
  public static func column(_ statement: SQLiteStatement, _ index: Int32) -> String {
    String(decoding: bytes(statement, index), as: UTF8.self)
  }

  /// Column `index` of the current row as a database value, text whole.
  @inline(__always)
  public static func value(_ statement: SQLiteStatement, _ index: Int32) -> DatabaseValue {
    guard sqlite3_column_type(statement, index) == SQLITE_TEXT else {
      return DatabaseValue(sqliteStatement: statement, index: index)
    }
    return column(statement, index).databaseValue
  }
}
