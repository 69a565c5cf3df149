import BilatCore
import BilatStore
import GRDB

/// A property of a node or relationship row in compiled SQL (docs/storage-v2.md, "How the
/// compiler's SQL changes"): the hot column when the key has one, and the key's JSON path in
/// the row's `props` (bound as a parameter).
///
/// A read is a (value, type) pair that ``RawColumns/property(_:)`` decodes: the type is a
/// `json_type` name (``BilatCore/StoredValueType/jsonTypes``); a string's value is the hot
/// column's text, the member's text (`->>`), or, when its JSON text has an escape, that JSON
/// text as a BLOB (`->` keeps U+0000, which `->>` cuts on SQLite 3.40); numbers come as SQL
/// numbers, so that SQL sorts them.
struct SQLProperty {
  /// The row alias (`n3`, `r1`).
  var row: String
  var isNode: Bool
  /// The hot column holding the key's string values, if the key is hot.
  var column: String?
  /// The key's JSON path in `props` (``BilatStore/PropertyStorage/jsonPath(_:)``), bound as a
  /// parameter the first time SQL needs it (a hot-column comparison does not).
  var jsonPath: String

  /// Written before a relationship's hot column in a filter; ``SQLBranch`` replaces it with a
  /// unary `+` once the join starts at a bound node, else with nothing.
  static let unaryMark = "{+}"

  private var props: String { "\(row).props" }

  private func jsonType(_ path: String) -> String { "json_type(\(props), \(path))" }

  /// The hot column as a filter reads it.
  private var filterColumn: String? {
    column.map { isNode ? "\(row).\($0)" : "\(Self.unaryMark)\(row).\($0)" }
  }

  /// A string whose JSON text holds an escape (U+0000 is always one) is read as that JSON text,
  /// a BLOB; any other value with `->>`, exact for an unescaped string (text that sorts and
  /// reads as it is) and a number for a number. The whole `props` text is searched for a
  /// backslash first (no JSON parsed): without one, which is nearly always, the read parses
  /// `props` once instead of three times.
  private func coldValue(_ path: String) -> String {
    "iif(instr(\(props), char(92)) > 0 AND \(jsonType(path)) = \(Self.sqlList(.string))"
      + " AND instr(\(props) -> \(path), char(92)) > 0, "
      + "CAST(\(props) -> \(path) AS BLOB), \(props) ->> \(path))"
  }

  /// The value term of a read.
  func value(_ branch: inout SQLBranch) -> String {
    let path = branch.path(jsonPath)
    guard let column else { return coldValue(path) }
    return "coalesce(\(row).\(column), \(coldValue(path)))"
  }

  /// The type term of a read (NULL when the property is absent). A float reads as type
  /// `integer`, as an integer does: grouping and DISTINCT go by (value, type), and Cypher puts 1
  /// and 1.0 in one group (SQL compares the values as numbers); ``RawColumns/property(_:)``
  /// tells them apart by the value's storage class.
  func type(_ branch: inout SQLBranch) -> String {
    let path = branch.path(jsonPath)
    let cold = "replace(\(jsonType(path)), 'real', 'integer')"
    guard let column else { return cold }
    return "iif(\(row).\(column) IS NOT NULL, \(Self.sqlList(.string)), \(cold))"
  }

  /// True when the property is present.
  func exists(_ branch: inout SQLBranch) -> String {
    let path = branch.path(jsonPath)
    guard let column else { return "\(jsonType(path)) IS NOT NULL" }
    return "(\(row).\(column) IS NOT NULL OR \(jsonType(path)) IS NOT NULL)"
  }

  /// True when the property is absent.
  func isNull(_ branch: inout SQLBranch) -> String {
    let path = branch.path(jsonPath)
    guard let column else { return "\(jsonType(path)) IS NULL" }
    return "\(row).\(column) IS NULL AND \(jsonType(path)) IS NULL"
  }

  /// True when a comparison with `value` reads the hot column (a string literal or a parameter).
  static func comparesColumn(_ value: Expr) -> Bool {
    switch value.kind {
    case .literal(.string), .parameter: return true
    default: return false
    }
  }

  /// The `json_type` names of `types` as an SQL list of literals (fixed names, no input).
  static func sqlList(_ types: StoredValueType...) -> String {
    types.flatMap(\.jsonTypes).map { "'\($0)'" }.joined(separator: ", ")
  }

  /// `self <op> value` (a literal or a parameter), within one type class, as Cypher compares;
  /// `<>` also needs the property present.
  func comparison(_ op: BinaryOperator, _ value: Expr, _ branch: inout SQLBranch) throws -> String {
    let sqlOp: String
    switch op {
    case .equal, .notEqual: sqlOp = "="
    case .less: sqlOp = "<"
    case .lessOrEqual: sqlOp = "<="
    case .greater: sqlOp = ">"
    case .greaterOrEqual: sqlOp = ">="
    default: throw SQLBranch.Unsupported("comparison operator \(op)")
    }
    let equality = op == .equal || op == .notEqual
    let test: String
    switch value.kind {
    case .literal(.null):
      return "0"
    case .literal(.string(let s)):
      let v = branch.bind(s.databaseValue)
      if let filterColumn {
        test = "\(filterColumn) \(sqlOp) \(v)"
      } else if equality {
        // `->` keeps U+0000 and equals `json_quote` of the same string.
        test = "\(props) -> \(branch.path(jsonPath)) = json_quote(\(v))"
      } else {
        let path = branch.path(jsonPath)
        test = "\(props) ->> \(path) \(sqlOp) \(v) AND \(jsonType(path)) = \(Self.sqlList(.string))"
      }
    case .literal(.int(let i)):
      test = typed(sqlOp, branch.bind(i.databaseValue), Self.sqlList(.integer, .float), &branch)
    case .literal(.float(let d)) where d.isFinite:
      test = typed(sqlOp, branch.bind(d.databaseValue), Self.sqlList(.integer, .float), &branch)
    case .literal(.bool(let b)):
      // `->>` reads true as 1 and false as 0.
      test = typed(sqlOp, branch.bind((b ? 1 : 0).databaseValue), Self.sqlList(.boolean), &branch)
    case .parameter(let name):
      let v = branch.bind(.parameter(name))
      if let filterColumn {
        branch.stringParameters.insert(name)
        test = "\(filterColumn) \(sqlOp) \(v)"
      } else {
        let first = branch.bind(.parameterTypeClass(name, second: false))
        let classes = first + ", " + branch.bind(.parameterTypeClass(name, second: true))
        let plain = typed(sqlOp, v, classes, &branch)
        let path = branch.path(jsonPath)
        test =
          equality
          ? "iif(\(first) = \(Self.sqlList(.string)), \(props) -> \(path) = json_quote(\(v)), \(plain))" : plain
      }
    default:
      throw SQLBranch.Unsupported("a comparison with something other than a literal or a parameter")
    }
    return op == .notEqual ? "\(exists(&branch)) AND NOT coalesce(\(test), 0)" : test
  }

  private func typed(_ sqlOp: String, _ v: String, _ classes: String, _ branch: inout SQLBranch) -> String {
    let path = branch.path(jsonPath)
    return "\(props) ->> \(path) \(sqlOp) \(v) AND \(jsonType(path)) IN (\(classes))"
  }

  /// `STARTS WITH` / `CONTAINS` the string bound at `v`. instr() compares whole strings;
  /// length() (and so a substr() prefix) of text stops at the first U+0000. The first
  /// occurrence is at 1 exactly when the value is a prefix. A cold key's text is read with
  /// `->>`, which SQLite 3.40 cuts at U+0000.
  func contains(_ v: String, prefix: Bool, _ branch: inout SQLBranch) -> String {
    let operand: String
    let typeTest: String
    if let filterColumn {
      operand = filterColumn
      typeTest = "typeof(\(v)) = 'text'"
    } else {
      let path = branch.path(jsonPath)
      operand = "\(props) ->> \(path)"
      typeTest = "\(jsonType(path)) = \(Self.sqlList(.string)) AND typeof(\(v)) = 'text'"
    }
    return "\(typeTest) AND instr(\(operand), \(v)) \(prefix ? "= 1" : "> 0")"
  }
}
