import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement bound through the C API, for bulk loads where GRDB's per-call
/// argument boxing, and building a `String` per value, would dominate.
///
/// Text is bound with `SQLITE_STATIC` straight from the caller's bytes: the bytes must stay
/// valid and unchanged until the statement has been stepped (``step()``) and every parameter
/// bound again, which is how the importer uses it (values point into the file buffer).
struct BulkStatement {
  private let statement: Statement
  private let handle: OpaquePointer
  private let connection: Database

  init(_ db: Database, sql: String) throws {
    connection = db
    statement = try db.makeStatement(sql: sql)
    handle = statement.sqliteStatement
  }

  /// Binds an integer to the 1-based parameter `index`.
  @inline(__always)
  func bind(_ index: Int32, _ value: Int64) {
    sqlite3_bind_int64(handle, index, value)
  }

  /// Binds NULL to the 1-based parameter `index`.
  @inline(__always)
  func bindNull(_ index: Int32) {
    sqlite3_bind_null(handle, index)
  }

  /// Binds UTF-8 text held by the caller, without copying it.
  @inline(__always)
  func bind(_ index: Int32, text: UnsafeBufferPointer<UInt8>) {
    SQLText.bind(text, to: handle, at: index, copy: false)
  }

  /// Binds text, or NULL for nil.
  @inline(__always)
  func bind(_ index: Int32, optional text: UnsafeBufferPointer<UInt8>?) {
    if let text { bind(index, text: text) } else { bindNull(index) }
  }

  /// Binds a long-lived text constant.
  @inline(__always)
  func bind(_ index: Int32, text: BulkText) {
    bind(index, text: text.bytes)
  }

  /// Runs the statement once with the values bound so far, then resets it for the next row.
  @inline(__always)
  func step() throws {
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else { throw failure(code) }
  }

  private func failure(_ code: Int32) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection.sqliteConnection)),
      sql: statement.sql)
  }
}

/// UTF-8 text in memory that lives as long as the value (keys, value types, labels), so that
/// ``BulkStatement`` can bind it without copying.
final class BulkText: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>
  let string: String

  init(_ string: String) {
    self.string = string
    let utf8 = Array(string.utf8)
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(utf8.count, 1))
    _ = storage.initialize(from: utf8)
    bytes = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(storage)[0..<utf8.count])
  }

  deinit {
    if let base = bytes.baseAddress { base.deallocate() }
  }

  /// A valid pointer for zero-length text.
  nonisolated(unsafe) static let emptyBytes: UnsafePointer<UInt8> = {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return UnsafePointer(pointer)
  }()
}
