/// Scans one JSON Lines row of the plain shape the import format uses, in place:
/// `{"key": "text", "key": 123, "key": null}` with no escapes, control characters,
/// fractions, exponents, negative numbers, booleans, nesting or repeated keys. Anything else is
/// left to `JSONSerialization` (``Outcome/other``), which also words the errors.
enum JSONLineScanner {
  enum Outcome { case record, blank, other }

  /// Fills `record` from `line` when it has the plain shape.
  static func scan(_ line: UnsafeBufferPointer<UInt8>, into record: inout ImportRecord, keys: inout KeyTable)
    -> Outcome
  {
    guard let base = line.baseAddress else { return .blank }
    let end = line.count
    var i = 0
    @inline(__always) func skipSpace() {
      while i < end {
        let b = base[i]
        guard b == 0x20 || b == 0x09 || b == 0x0D else { return }
        i += 1
      }
    }
    skipSpace()
    if i == end { return .blank }
    guard base[i] == UInt8(ascii: "{") else { return .other }
    i += 1
    skipSpace()
    if i < end && base[i] == UInt8(ascii: "}") {
      i += 1
      skipSpace()
      return i == end ? .record : .other
    }
    var fieldIndex = 0
    while true {
      // "key"
      guard i < end, base[i] == UInt8(ascii: "\"") else { return .other }
      i += 1
      let keyStart = i
      while i < end && base[i] != UInt8(ascii: "\"") {
        if base[i] == UInt8(ascii: "\\") || base[i] < 0x20 { return .other }
        i += 1
      }
      guard i < end else { return .other }
      let key = keys.id(for: UnsafeBufferPointer(start: base + keyStart, count: i - keyStart), at: fieldIndex)
      fieldIndex += 1
      i += 1
      skipSpace()
      guard i < end, base[i] == UInt8(ascii: ":") else { return .other }
      i += 1
      skipSpace()
      guard i < end else { return .other }
      if record.value(key) != nil { return .other }  // a repeated key
      let first = base[i]
      if first == UInt8(ascii: "\"") {
        i += 1
        let valueStart = i
        while i < end && base[i] != UInt8(ascii: "\"") {
          if base[i] == UInt8(ascii: "\\") || base[i] < 0x20 { return .other }
          i += 1
        }
        guard i < end else { return .other }
        if i > valueStart { record.set(key, UnsafeBufferPointer(start: base + valueStart, count: i - valueStart)) }
        i += 1
      } else if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") {
        let valueStart = i
        while i < end && base[i] >= UInt8(ascii: "0") && base[i] <= UInt8(ascii: "9") { i += 1 }
        let digits = i - valueStart
        // JSON forbids leading zeros; long numbers may not print back as written.
        guard digits <= 18, first != UInt8(ascii: "0") || digits == 1 else { return .other }
        if i < end, base[i] == UInt8(ascii: ".") || base[i] == UInt8(ascii: "e") || base[i] == UInt8(ascii: "E") {
          return .other
        }
        record.set(key, UnsafeBufferPointer(start: base + valueStart, count: digits))
      } else if first == UInt8(ascii: "n") {
        guard i + 4 <= end, base[i + 1] == UInt8(ascii: "u"), base[i + 2] == UInt8(ascii: "l"),
          base[i + 3] == UInt8(ascii: "l")
        else { return .other }
        i += 4
      } else {
        return .other
      }
      skipSpace()
      guard i < end else { return .other }
      if base[i] == UInt8(ascii: ",") {
        i += 1
        skipSpace()
        continue
      }
      guard base[i] == UInt8(ascii: "}") else { return .other }
      i += 1
      skipSpace()
      return i == end ? .record : .other
    }
  }
}

/// Interns field names as small integer ids (``ImportRecord`` is keyed by them).
struct KeyTable {
  /// Key id → name, in the order first seen.
  private(set) var names: [String] = []
  private var ids: [String: Int] = [:]
  /// The key id met at each field position of the previous JSON line: rows repeat their keys.
  private var recent: [Int] = []

  /// The id of `name`, interned on first use.
  mutating func id(_ name: String) -> Int {
    if let id = ids[name] { return id }
    let id = names.count
    names.append(name)
    ids[name] = id
    return id
  }

  /// The id of the key whose UTF-8 bytes are `bytes`, seen at field `position` of a row.
  mutating func id(for bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int {
    if position < recent.count {
      let guess = recent[position]
      if names[guess].utf8.elementsEqual(bytes) { return guess }
    }
    let key = id(String(decoding: bytes, as: UTF8.self))
    if position < recent.count {
      recent[position] = key
    } else {
      recent.append(key)
    }
    return key
  }
}
