import BilatCore
import BilatQuery
import Foundation

/// A JSON value, for property values and query results in API responses.
public indirect enum JSONValue: Codable, Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int64.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .int(let value): try container.encode(value)
    // JSON has no NaN or infinity: they are sent as text.
    case .double(let value): if value.isFinite { try container.encode(value) } else { try container.encode("\(value)") }
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  /// A stored property value.
  public init(_ value: PropertyValue) {
    switch value {
    case .null: self = .null
    case .string(let text): self = .string(text)
    case .int(let number): self = .int(number)
    case .double(let number): self = .double(number)
    case .bool(let flag): self = .bool(flag)
    case .list(let items): self = .array(items.map(JSONValue.init))
    case .map(let members): self = .object(members.mapValues(JSONValue.init))
    }
  }

  /// A query result value; nodes, relationships and paths become objects with a `kind`.
  public init(_ value: CypherValue) {
    switch value {
    case .null: self = .null
    case .bool(let flag): self = .bool(flag)
    case .int(let number): self = .int(number)
    case .float(let number): self = .double(number)
    case .string(let text): self = .string(text)
    case .temporal(let temporal): self = .string(temporal.description)
    case .list(let items): self = .array(items.map(JSONValue.init))
    case .map(let members): self = .object(members.mapValues(JSONValue.init))
    case .node(let node):
      self = .object([
        "kind": .string("node"), "id": .int(node.id), "labels": .array(node.labels.map { .string($0) }),
        "properties": .object(node.properties.mapValues(JSONValue.init)),
      ])
    case .relationship(let relationship):
      self = .object([
        "kind": .string("relationship"), "id": .int(relationship.id), "type": .string(relationship.type),
        "start": .int(relationship.startID), "end": .int(relationship.endID),
        "properties": .object(relationship.properties.mapValues(JSONValue.init)),
      ])
    case .path(let path):
      self = .object([
        "kind": .string("path"), "nodes": .array(path.nodes.map { JSONValue(.node($0)) }),
        "relationships": .array(path.relationships.map { JSONValue(.relationship($0)) }),
      ])
    }
  }

  /// Plain text for tables and CSV.
  public var displayText: String {
    switch self {
    case .null: ""
    case .bool(let flag): flag ? "true" : "false"
    case .int(let number): String(number)
    case .double(let number): String(number)
    case .string(let text): text
    case .array, .object: (try? String(decoding: JSONEncoder.bilat.encode(self), as: UTF8.self)) ?? ""
    }
  }
}

extension JSONEncoder {
  /// Sorted keys, so that responses are stable and testable.
  static var bilat: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }
}
