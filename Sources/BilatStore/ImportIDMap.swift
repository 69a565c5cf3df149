/// Maps the node ids of an import file (text) to the database's node ids.
///
/// Ids are compared as text, exactly as written: `7` and `07` are different nodes. Ids that
/// are plain decimal numbers (no sign, no leading zero) — the common case — are kept in a
/// dense array indexed by their value, with no string built or hashed per row.
struct ImportIDMap {
  private static let absent = Int64.min
  private var dense: [Int64] = []
  private var sparse: [Int64: Int64] = [:]
  private var named: [String: Int64] = [:]
  private(set) var count = 0

  /// The database id for file id `text`, if it was added.
  @inline(__always)
  func lookup(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
    if let number = Self.plainNumber(text) {
      if number < dense.count {
        let id = dense[number]
        return id == Self.absent ? nil : id
      }
      return sparse[Int64(number)]
    }
    return named[String(decoding: text, as: UTF8.self)]
  }

  /// Records `id` for file id `text`; the caller has checked that it is new.
  mutating func add(_ text: UnsafeBufferPointer<UInt8>, _ id: Int64) {
    precondition(id != Self.absent, "Int64.min cannot be a node id")
    count += 1
    if let number = Self.plainNumber(text) {
      // Grow the array only while it stays proportionate to the ids seen.
      if number >= dense.count && number < max(1 << 20, 8 * count) {
        dense.append(contentsOf: repeatElement(Self.absent, count: max(number + 1, 2 * dense.count) - dense.count))
      }
      if number < dense.count {
        dense[number] = id
      } else {
        sparse[Int64(number)] = id
      }
      return
    }
    named[String(decoding: text, as: UTF8.self)] = id
  }

  /// The value of a plain decimal number (`0` or `[1-9][0-9]{0,17}`), else nil.
  @inline(__always)
  static func plainNumber(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = text.count
    guard count > 0, count <= 18, let base = text.baseAddress else { return nil }
    if base[0] == UInt8(ascii: "0") { return count == 1 ? 0 : nil }
    var value = 0
    for i in 0..<count {
      let digit = Int(base[i]) &- 0x30
      guard digit >= 0 && digit <= 9 else { return nil }
      value = value &* 10 &+ digit
    }
    return value
  }

  /// The integer `Int64(String)` would read from `text` (optional sign, digits, no overflow).
  static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard let base = text.baseAddress, text.count > 0 else { return nil }
    var i = 0
    var negative = false
    if base[0] == UInt8(ascii: "-") || base[0] == UInt8(ascii: "+") {
      negative = base[0] == UInt8(ascii: "-")
      i = 1
      guard text.count > 1 else { return nil }
    }
    var value: Int64 = 0
    while i < text.count {
      let digit = Int64(base[i]) &- 0x30
      guard digit >= 0 && digit <= 9 else { return nil }
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (next, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
      guard !o1 && !o2 else { return nil }
      value = next
      i += 1
    }
    return value
  }
}
