import GRDB
import GRDBSQLite

/// Values for a statement's parameters, bound through ``SQLText`` (text whole): positional
/// (`?`, `?NNN`; write them as an array literal) or named (`:name`; a dictionary literal).
public struct SQLArguments: ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
  var positional: [DatabaseValue]
  var named: [String: DatabaseValue]

  /// Positional values, in parameter order.
  public init(_ values: [DatabaseValue]) {
    positional = values
    named = [:]
  }

  public init(arrayLiteral elements: (any DatabaseValueConvertible)?...) {
    self.init(elements.map { $0?.databaseValue ?? .null })
  }

  /// Named values, keyed by parameter name without its `:`.
  public init(named values: [String: (any DatabaseValueConvertible)?]) {
    positional = []
    named = values.mapValues { $0?.databaseValue ?? .null }
  }

  public init(dictionaryLiteral elements: (String, (any DatabaseValueConvertible)?)...) {
    self.init(named: Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }

  /// The value of 1-based parameter `index` of `statement`, or nil when none was given.
  func value(at index: Int32, of statement: SQLiteStatement) -> DatabaseValue? {
    if !named.isEmpty, let name = sqlite3_bind_parameter_name(statement, index), name.pointee != UInt8(ascii: "?") {
      return named[String(cString: name + 1)]
    }
    return index <= positional.count ? positional[Int(index) - 1] : nil
  }
}

extension Statement {
  /// Binds `arguments` through ``SQLText`` (text whole), replacing earlier ones.
  ///
  /// Run the statement afterwards with GRDB's calls *without* arguments (`execute()`,
  /// `Row.fetchCursor(statement)`, `Int64.fetchAll(statement)`...): given arguments, GRDB
  /// would bind them again itself, NUL-terminated.
  public func bindWhole(_ arguments: SQLArguments) throws {
    let handle = sqliteStatement
    // Leaves the previous run's state; its error, if any, was reported when it ran.
    sqlite3_reset(handle)
    // Marks the statement as holding valid, bound arguments (none yet, and clears old ones), so
    // that GRDB runs it with the bindings made below.
    setUncheckedArguments([])
    try bindEach(arguments)
  }

  /// Binds every parameter of the statement from `arguments`: the count must match.
  func bindEach(_ arguments: SQLArguments) throws {
    let handle = sqliteStatement
    let count = sqlite3_bind_parameter_count(handle)
    if arguments.named.isEmpty && arguments.positional.count != Int(count) {
      throw DatabaseError(
        resultCode: .SQLITE_MISUSE,
        message: "wrong number of statement arguments: \(arguments.positional.count), expected \(count)", sql: sql)
    }
    var index: Int32 = 1
    while index <= count {
      guard let value = arguments.value(at: index, of: handle) else {
        throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "no value for statement parameter \(index)", sql: sql)
      }
      let code = SQLText.bind(value, to: handle, at: index)
      guard code == SQLITE_OK else {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
          sql: sql)
      }
      index += 1
    }
  }
}
