import Foundation

/// A typed property value of a node or relationship, as in the openCypher type system.
///
/// Maps are allowed inside lists and as values so that JSON round-trips, though the
/// ingest pipeline only writes scalars and lists.
public enum PropertyValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case list([PropertyValue])
  case map([String: PropertyValue])

  /// The string payload, if this is a string.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The integer payload, if this is an integer.
  public var intValue: Int64? {
    if case .int(let i) = self { return i }
    return nil
  }
}

extension PropertyValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int64) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(nilLiteral: ()) { self = .null }
}

extension PropertyValue: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let b = try? container.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? container.decode(Int64.self) {
      self = .int(i)
    } else if let d = try? container.decode(Double.self) {
      self = .double(d)
    } else if let s = try? container.decode(String.self) {
      self = .string(s)
    } else if let l = try? container.decode([PropertyValue].self) {
      self = .list(l)
    } else {
      self = .map(try container.decode([String: PropertyValue].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let b): try container.encode(b)
    case .int(let i): try container.encode(i)
    case .double(let d): try container.encode(d)
    case .string(let s): try container.encode(s)
    case .list(let l): try container.encode(l)
    case .map(let m): try container.encode(m)
    }
  }
}

extension PropertyValue: CustomStringConvertible {
  /// A Cypher-literal rendering: strings quoted, lists bracketed.
  public var description: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d): return PropertyValue.format(d)
    case .string(let s):
      return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        + "'"
    case .list(let l): return "[" + l.map(\.description).joined(separator: ", ") + "]"
    case .map(let m):
      return "{" + m.keys.sorted().map { "\($0): \(m[$0]?.description ?? "null")" }.joined(separator: ", ")
        + "}"
    }
  }

  /// Formats a float the way Cypher prints it: always with a decimal point.
  public static func format(_ d: Double) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d > 0 ? "Infinity" : "-Infinity" }
    if d == d.rounded(), abs(d) < 1e15 { return String(format: "%.1f", d) }
    return String(d)
  }
}
