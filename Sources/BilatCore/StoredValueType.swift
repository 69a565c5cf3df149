/// The type of a stored property value, and the one mapping to the names SQLite's
/// `json_type()` gives it in a Storage v2 `props` object (docs/storage-v2.md).
///
/// The raw values are the names version 1 of the schema stored in `value_type`; only the
/// migration to version 3 still reads them.
public enum StoredValueType: String, CaseIterable, Sendable {
  /// `true`/`false`.
  case boolean
  /// A 64-bit integer.
  case integer
  /// A double.
  case float
  /// Text.
  case string
  /// A list (a JSON array).
  case list
  /// A map (a JSON object).
  case map

  /// The `json_type()` names of this type's values.
  public var jsonTypes: [String] {
    switch self {
    case .boolean: return ["true", "false"]
    case .integer: return ["integer"]
    case .float: return ["real"]
    case .string: return ["text"]
    case .list: return ["array"]
    case .map: return ["object"]
    }
  }

  /// The type of a `json_type()` name; nil for `null` (null properties are not stored).
  public init?(jsonType: String) {
    guard let type = Self.allCases.first(where: { $0.jsonTypes.contains(jsonType) }) else { return nil }
    self = type
  }

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
