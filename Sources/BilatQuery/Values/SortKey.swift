import Foundation

/// A value prepared for repeated comparison while sorting: strings keep their UTF-8 bytes
/// (byte order is code-point order), other values compare with ``CypherValue/order(_:_:)``.
struct SortKey {
  let value: CypherValue
  let bytes: [UInt8]?

  init(_ value: CypherValue) {
    self.value = value
    if case .string(let s) = value { bytes = Array(s.utf8) } else { bytes = nil }
  }

  static func order(_ a: SortKey, _ b: SortKey) -> ComparisonResult {
    if let x = a.bytes, let y = b.bytes {
      let n = min(x.count, y.count)
      let c = x.withUnsafeBufferPointer { px in
        y.withUnsafeBufferPointer { py -> Int32 in
          guard n > 0, let pa = px.baseAddress, let pb = py.baseAddress else { return 0 }
          return memcmp(pa, pb, n)
        }
      }
      if c != 0 { return c < 0 ? .orderedAscending : .orderedDescending }
      return x.count == y.count ? .orderedSame : (x.count < y.count ? .orderedAscending : .orderedDescending)
    }
    if case .int(let x) = a.value, case .int(let y) = b.value {
      return x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
    }
    return CypherValue.order(a.value, b.value)
  }

  /// Row indices in ORDER BY order (stable): `keys[k][row]` is the k-th sort key of a row.
  static func sortedIndices(count: Int, keys: [[CypherValue]], ascending: [Bool]) -> [Int] {
    let prepared = keys.map { $0.map(SortKey.init) }
    return prepared.withUnsafeBufferPointer { columns in
      Array(0..<count).sorted { a, b in
        for k in 0..<columns.count {
          let c = SortKey.order(columns[k][a], columns[k][b])
          if c != .orderedSame { return ascending[k] ? c == .orderedAscending : c == .orderedDescending }
        }
        return a < b
      }
    }
  }

  /// True when the rows are already in ORDER BY order (ties in any order).
  static func isSorted(count: Int, keys: [[CypherValue]], ascending: [Bool]) -> Bool {
    guard count > 1 else { return true }
    let prepared = keys.map { $0.map(SortKey.init) }
    for row in 1..<count {
      for k in 0..<prepared.count {
        let c = SortKey.order(prepared[k][row - 1], prepared[k][row])
        if c == .orderedSame { continue }
        if (c == .orderedAscending) != ascending[k] { return false }
        break
      }
    }
    return true
  }
}
