import BilatCore
import Foundation
import GRDB

extension PropertyValue {
  /// The `value_type` column for this value, or nil for null (null properties are not stored).
  var storedType: StoredValueType? { StoredValueType(of: self) }

  /// The `value` column for this value.
  var storedValue: DatabaseValue {
    switch self {
    case .null: return .null
    case .bool(let b): return (b ? 1 : 0).databaseValue
    case .int(let i): return i.databaseValue
    case .double(let d): return d.databaseValue
    case .string(let s): return s.databaseValue
    case .list, .map: return PropertyValue.jsonText(self).databaseValue
    }
  }

  /// Decodes a stored `(value, value_type)` pair.
  public init(stored value: DatabaseValue, type: String) {
    switch (StoredValueType(rawValue: type), value.storage) {
    case (.boolean, .int64(let i)): self = .bool(i != 0)
    case (.integer, .int64(let i)): self = .int(i)
    case (.float, .double(let d)): self = .double(d)
    case (.float, .int64(let i)): self = .double(Double(i))
    case (.string, .string(let s)): self = .string(s)
    case (.list, .string(let s)), (.map, .string(let s)):
      self = (try? JSONDecoder().decode(PropertyValue.self, from: Data(s.utf8))) ?? .string(s)
    case (_, .string(let s)): self = .string(s)
    case (_, .int64(let i)): self = .int(i)
    case (_, .double(let d)): self = .double(d)
    default: self = .null
    }
  }
}
