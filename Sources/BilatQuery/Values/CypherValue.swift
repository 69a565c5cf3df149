import BilatCore

/// A node as returned by a query: identity, labels and properties.
public struct CypherNode: Sendable, Hashable {
  public var id: Int64
  public var labels: [String]
  public var properties: [String: CypherValue]

  public init(id: Int64, labels: [String], properties: [String: CypherValue]) {
    self.id = id
    self.labels = labels
    self.properties = properties
  }

  public static func == (a: CypherNode, b: CypherNode) -> Bool { a.id == b.id }
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// A relationship as returned by a query.
public struct CypherRelationship: Sendable, Hashable {
  public var id: Int64
  public var type: String
  public var startID: Int64
  public var endID: Int64
  public var properties: [String: CypherValue]

  public init(id: Int64, type: String, startID: Int64, endID: Int64, properties: [String: CypherValue]) {
    self.id = id
    self.type = type
    self.startID = startID
    self.endID = endID
    self.properties = properties
  }

  public static func == (a: CypherRelationship, b: CypherRelationship) -> Bool { a.id == b.id }
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// A path: alternating nodes and relationships, `nodes.count == relationships.count + 1`.
public struct CypherPath: Sendable, Hashable {
  public var nodes: [CypherNode]
  public var relationships: [CypherRelationship]

  public init(nodes: [CypherNode], relationships: [CypherRelationship]) {
    self.nodes = nodes
    self.relationships = relationships
  }
}

/// A value of the openCypher type system, as produced by queries.
public indirect enum CypherValue: Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case float(Double)
  case string(String)
  case list([CypherValue])
  case map([String: CypherValue])
  case node(CypherNode)
  case relationship(CypherRelationship)
  case path(CypherPath)
  /// A date, time, date-time or duration.
  case temporal(TemporalValue)

  /// Converts a stored property value.
  public init(_ value: PropertyValue) {
    switch value {
    case .null: self = .null
    case .bool(let b): self = .bool(b)
    case .int(let i): self = .int(i)
    case .double(let d): self = .float(d)
    case .string(let s): self = .string(s)
    case .list(let l): self = .list(l.map(CypherValue.init))
    case .map(let m): self = .map(m.mapValues(CypherValue.init))
    }
  }

  /// The storable property value, or nil for graph entities (which cannot be stored).
  public var propertyValue: PropertyValue? {
    switch self {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .float(let d): return .double(d)
    case .string(let s): return .string(s)
    case .list(let l):
      var out: [PropertyValue] = []
      for v in l {
        guard let p = v.propertyValue else { return nil }
        out.append(p)
      }
      return .list(out)
    case .map(let m):
      var out: [String: PropertyValue] = [:]
      for (k, v) in m {
        guard let p = v.propertyValue else { return nil }
        out[k] = p
      }
      return .map(out)
    case .node, .relationship, .path, .temporal: return nil
    }
  }

  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// True for a duration (`sum` and `avg` add those up).
  var isDuration: Bool {
    if case .temporal(.duration) = self { return true }
    return false
  }

  /// The type name used in error messages.
  public var typeName: String {
    switch self {
    case .null: return "Null"
    case .bool: return "Boolean"
    case .int: return "Integer"
    case .float: return "Float"
    case .string: return "String"
    case .list: return "List"
    case .map: return "Map"
    case .node: return "Node"
    case .relationship: return "Relationship"
    case .path: return "Path"
    case .temporal(let t): return t.typeName
    }
  }
}

extension CypherValue: Hashable {
  /// Equivalence used for DISTINCT, grouping and result comparison: null equals null,
  /// 1 equals 1.0, NaN equals NaN, lists and maps element-wise.
  public static func == (a: CypherValue, b: CypherValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y || (x.isNaN && y.isNaN)
    case (.int(let x), .float(let y)), (.float(let y), .int(let x)): return Double(x) == y
    // Strings are equal when their UTF-8 bytes are, as they order (`compareStrings`), as SQL
    // compares and groups them, and as openCypher compares code points: Swift's `==` would also
    // equate canonically equivalent forms ("é" and "e" + U+0301), so DISTINCT and grouping
    // step by step would merge what the same query compiled to SQL keeps apart.
    case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
    case (.list(let x), .list(let y)): return x == y
    case (.map(let x), .map(let y)): return x == y
    case (.node(let x), .node(let y)): return x.id == y.id
    case (.relationship(let x), .relationship(let y)): return x.id == y.id
    case (.temporal(let x), .temporal(let y)): return x == y
    case (.path(let x), .path(let y)):
      return x.nodes.map(\.id) == y.nodes.map(\.id) && x.relationships.map(\.id) == y.relationships.map(\.id)
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let b): hasher.combine(b)
    case .int(let i): hasher.combine(Double(i))
    case .float(let d):
      if d.isNaN { hasher.combine("NaN") } else { hasher.combine(d) }
    case .string(let s):
      // By bytes, as `==` compares.
      var text = s
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    case .list(let l): hasher.combine(l)
    case .map(let m): hasher.combine(m)
    case .node(let n):
      hasher.combine(1 as UInt8)
      hasher.combine(n.id)
    case .relationship(let r):
      hasher.combine(2 as UInt8)
      hasher.combine(r.id)
    case .temporal(let t): hasher.combine(t)
    case .path(let p):
      hasher.combine(p.nodes.map(\.id))
      hasher.combine(p.relationships.map(\.id))
    }
  }
}
