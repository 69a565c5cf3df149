import Foundation

/// Cypher's three-valued comparison and its total ordering for ORDER BY.
extension CypherValue {
  /// `a = b` with three-valued logic: nil means null (unknown).
  static func equals(_ a: CypherValue, _ b: CypherValue) -> Bool? {
    switch (a, b) {
    case (.null, _), (_, .null): return nil
    case (.float(let x), _) where x.isNaN: return false
    case (_, .float(let y)) where y.isNaN: return false
    case (.list(let x), .list(let y)):
      guard x.count == y.count else { return false }
      var unknown = false
      for (u, v) in zip(x, y) {
        switch equals(u, v) {
        case .some(false): return false
        case nil: unknown = true
        default: break
        }
      }
      return unknown ? nil : true
    case (.map(let x), .map(let y)):
      guard Set(x.keys) == Set(y.keys) else { return false }
      var unknown = false
      for (k, u) in x {
        switch equals(u, y[k] ?? .null) {
        case .some(false): return false
        case nil: unknown = true
        default: break
        }
      }
      return unknown ? nil : true
    default:
      return a == b
    }
  }

  /// `a < b` etc.: nil when the values are not comparable (different types, nulls).
  static func compare(_ a: CypherValue, _ b: CypherValue) -> ComparisonResult? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
    case (.int, .float), (.float, .int), (.float, .float):
      guard let x = a.numeric, let y = b.numeric, !x.isNaN, !y.isNaN else { return nil }
      return x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
    case (.string(let x), .string(let y)): return compareStrings(x, y)
    case (.bool(let x), .bool(let y)): return x == y ? .orderedSame : (!x ? .orderedAscending : .orderedDescending)
    case (.temporal(let x), .temporal(let y)): return TemporalValue.compare(x, y)
    case (.list(let x), .list(let y)):
      for (u, v) in zip(x, y) {
        guard let c = compare(u, v) else { return nil }
        if c != .orderedSame { return c }
      }
      return x.count == y.count ? .orderedSame : (x.count < y.count ? .orderedAscending : .orderedDescending)
    default: return nil
    }
  }

  /// Code-point order (as Cypher specifies), which is the byte order of UTF-8.
  static func compareStrings(_ x: String, _ y: String) -> ComparisonResult {
    var a = x
    var b = y
    return a.withUTF8 { pa in
      b.withUTF8 { pb in
        let n = min(pa.count, pb.count)
        if n > 0, let baseA = pa.baseAddress, let baseB = pb.baseAddress {
          let c = memcmp(baseA, baseB, n)
          if c != 0 { return c < 0 ? .orderedAscending : .orderedDescending }
        }
        return pa.count == pb.count ? .orderedSame : (pa.count < pb.count ? .orderedAscending : .orderedDescending)
      }
    }
  }

  var numeric: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .float(let d): return d
    default: return nil
    }
  }

  /// Rank of the type in the global sort order (ascending): map, node, relationship, list,
  /// path, the temporal types, string, boolean, number, null.
  private var orderRank: Int {
    switch self {
    case .map: return 0
    case .node: return 1
    case .relationship: return 2
    case .list: return 3
    case .path: return 4
    case .temporal: return 5
    case .string: return 6
    case .bool: return 7
    case .int, .float: return 8
    case .null: return 10
    }
  }

  /// The total order used by ORDER BY, min and max: true when `a` sorts before `b`.
  static func orders(_ a: CypherValue, before b: CypherValue) -> Bool {
    order(a, b) == .orderedAscending
  }

  static func order(_ a: CypherValue, _ b: CypherValue) -> ComparisonResult {
    let (ra, rb) = (a.orderRank, b.orderRank)
    if ra != rb { return ra < rb ? .orderedAscending : .orderedDescending }
    switch (a, b) {
    case (.map(let x), .map(let y)):
      let kx = x.keys.sorted(), ky = y.keys.sorted()
      let c = order(.list(kx.map(CypherValue.string)), .list(ky.map(CypherValue.string)))
      if c != .orderedSame { return c }
      return order(.list(kx.map { x[$0] ?? .null }), .list(ky.map { y[$0] ?? .null }))
    case (.node(let x), .node(let y)):
      return x.id == y.id ? .orderedSame : (x.id < y.id ? .orderedAscending : .orderedDescending)
    case (.relationship(let x), .relationship(let y)):
      return x.id == y.id ? .orderedSame : (x.id < y.id ? .orderedAscending : .orderedDescending)
    case (.list(let x), .list(let y)):
      for (u, v) in zip(x, y) {
        let c = order(u, v)
        if c != .orderedSame { return c }
      }
      return x.count == y.count ? .orderedSame : (x.count < y.count ? .orderedAscending : .orderedDescending)
    case (.path(let x), .path(let y)):
      let c = order(.list(x.nodes.map(CypherValue.node)), .list(y.nodes.map(CypherValue.node)))
      if c != .orderedSame { return c }
      return order(
        .list(x.relationships.map(CypherValue.relationship)), .list(y.relationships.map(CypherValue.relationship)))
    case (.string(let x), .string(let y)): return compareStrings(x, y)
    case (.bool(let x), .bool(let y)): return x == y ? .orderedSame : (!x ? .orderedAscending : .orderedDescending)
    case (.temporal(let x), .temporal(let y)): return TemporalValue.order(x, y)
    default:
      // Numbers: NaN sorts after every other number.
      guard let x = a.numeric, let y = b.numeric else { return .orderedSame }
      if x.isNaN || y.isNaN {
        return x.isNaN && y.isNaN ? .orderedSame : (x.isNaN ? .orderedDescending : .orderedAscending)
      }
      if x == y {
        if case .int(let i) = a, case .int(let j) = b {
          return i == j ? .orderedSame : (i < j ? .orderedAscending : .orderedDescending)
        }
        return .orderedSame
      }
      return x < y ? .orderedAscending : .orderedDescending
    }
  }
}
