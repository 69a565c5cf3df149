/// The `value_type` column of a stored property: how its `value` column is read back.
///
/// The raw values are what the database holds (`node_property.value_type`,
/// `relationship_property.value_type`); they must not change without a schema migration.
public enum StoredValueType: String, CaseIterable, Sendable {
  /// `true`/`false`, stored as the integer 1 or 0.
  case boolean
  /// A 64-bit integer.
  case integer
  /// A double (SQLite may hand back an integer for an integral one).
  case float
  /// Text.
  case string
  /// A list, stored as compact JSON text.
  case list
  /// A map, stored as compact JSON text.
  case map

  /// The raw value as a quoted SQL literal, for SQL text whose type test is fixed
  /// (`value_type = 'string'`); the raw values hold no quote.
  public var sqlLiteral: String { "'\(rawValue)'" }

  /// The type a value is stored with, nil for null (null properties are not stored).
  public init?(of value: PropertyValue) {
    switch value {
    case .null: return nil
    case .bool: self = .boolean
    case .int: self = .integer
    case .double: self = .float
    case .string: self = .string
    case .list: self = .list
    case .map: self = .map
    }
  }
}
