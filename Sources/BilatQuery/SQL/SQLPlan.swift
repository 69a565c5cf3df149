import GRDB

/// A whole query compiled to one SQLite statement.
struct SQLPlan: Sendable {
  /// How to decode one result column.
  enum Column: Sendable {
    /// Two SQL columns: value and value_type of a property (null when absent).
    case property
    /// A node id, materialized as a node.
    case node
    /// A relationship id, materialized as a relationship.
    case relationship
    /// An integer (count).
    case integer
  }

  var sql: String
  /// Arguments: literal values, or parameters resolved at run time.
  var arguments: [Argument]
  var columns: [(name: String, decode: Column)]

  enum Argument: Sendable {
    case value(DatabaseValueConvertibleBox)
    case parameter(String)
  }
}

/// A Sendable wrapper for a bound SQL value.
struct DatabaseValueConvertibleBox: Sendable {
  var value: DatabaseValue
}
