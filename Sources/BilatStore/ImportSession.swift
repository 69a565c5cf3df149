import BilatCore
import GRDB

/// The rows of one CSV / JSON Lines import (``GraphImporter/importFiles(nodes:edges:into:)``),
/// inside its transaction: file ids mapped to database ids, rows written through the shared
/// ``GraphLoader``.
struct ImportSession {
  /// The loader, with the counts of what the session wrote.
  private(set) var loader: GraphLoader
  private var ids = ImportIDMap()
  /// The `props` JSON of the row being written, reused from row to row.
  private var props = PropsBuilder()

  init(_ loader: GraphLoader) {
    self.loader = loader
  }

  /// Loads every node of `reader`; returns how many.
  mutating func importNodes(_ reader: inout RecordReader) throws -> Int {
    let idKey = reader.keyID("id")
    let kindKey = reader.keyID("kind")
    let nameKey = reader.keyID("name")
    let countryKey = reader.keyID("country")
    // `id` is a property too, stored as an integer when it is one; `kind` is the label; the
    // hot keys (strings here) are columns.
    var keys = PropertyKeys(skipping: [kindKey, nameKey, countryKey], numeric: [idKey])
    var record = ImportRecord()
    var order: [Int] = []
    var count = 0
    while try reader.next(into: &record) {
      guard let externalID = record.value(idKey), let kind = record.value(kindKey) else {
        throw ImportError.row(reader.path, record.line, "a node needs 'id' and 'kind'")
      }
      guard ids.lookup(externalID) == nil else {
        throw ImportError.row(
          reader.path, record.line, "duplicate node id '\(String(decoding: externalID, as: UTF8.self))'")
      }
      if reader.keyCount != keys.count { keys.refresh(reader.keyNames) }
      keys.ordered(record.keys, into: &order)
      props.build(order, record, keys)
      let name = record.value(nameKey)
      do {
        let id = try props.withBytes { bytes in
          try loader.node(label: kind, name: name, country: record.value(countryKey), props: bytes)
        }
        ids.add(externalID, id)
        if let name { try loader.alias(node: id, surface: name) }
      } catch let error as DatabaseError {
        throw ImportError.row(reader.path, record.line, "the row cannot be stored: \(error.message ?? "\(error)")")
      }
      count += 1
    }
    return count
  }

  /// Loads every relationship of `reader` (between nodes loaded by ``importNodes(_:)``).
  mutating func importRelationships(_ reader: inout RecordReader) throws -> Int {
    let srcKey = reader.keyID("src")
    let dstKey = reader.keyID("dst")
    let typeKey = reader.keyID("type")
    let dateKey = reader.keyID("date")
    var keys = PropertyKeys(skipping: [srcKey, dstKey, typeKey, dateKey], numeric: [reader.keyID("place")])
    var record = ImportRecord()
    var order: [Int] = []
    var count = 0
    while try reader.next(into: &record) {
      guard let src = record.value(srcKey), let dst = record.value(dstKey), let type = record.value(typeKey) else {
        throw ImportError.row(reader.path, record.line, "an edge needs 'src', 'dst' and 'type'")
      }
      guard let start = ids.lookup(src) else {
        throw ImportError.unknownNode(reader.path, record.line, id: String(decoding: src, as: UTF8.self))
      }
      guard let end = ids.lookup(dst) else {
        throw ImportError.unknownNode(reader.path, record.line, id: String(decoding: dst, as: UTF8.self))
      }
      if reader.keyCount != keys.count { keys.refresh(reader.keyNames) }
      keys.ordered(record.keys, into: &order)
      props.build(order, record, keys)
      do {
        _ = try props.withBytes { bytes in
          try loader.relationship(type: type, start: start, end: end, date: record.value(dateKey), props: bytes)
        }
      } catch let error as DatabaseError {
        throw ImportError.row(reader.path, record.line, "the row cannot be stored: \(error.message ?? "\(error)")")
      }
      count += 1
    }
    return count
  }
}

/// The `props` JSON object of an import row, written byte by byte into a reused buffer: keys in
/// sorted order, a `numeric` field holding an integer as a JSON integer, any other as a string
/// escaped by ``BilatCore/JSONEscape``.
struct PropsBuilder {
  private var bytes: [UInt8] = []

  mutating func build(_ order: [Int], _ record: ImportRecord, _ keys: PropertyKeys) {
    bytes.removeAll(keepingCapacity: true)
    bytes.append(UInt8(ascii: "{"))
    var first = true
    for key in order {
      guard let value = record.value(key) else { continue }
      if !first { bytes.append(UInt8(ascii: ",")) }
      first = false
      bytes.append(contentsOf: keys.jsonKey(key))
      if keys.isNumeric(key), ImportIDMap.integer(value) != nil {
        bytes.append(contentsOf: value)
      } else {
        appendString(value)
      }
    }
    bytes.append(UInt8(ascii: "}"))
  }

  func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
    try bytes.withUnsafeBufferPointer { try body($0) }
  }

  private mutating func appendString(_ value: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    for byte in value {
      if JSONEscape.needsEscape(byte) {
        bytes.append(contentsOf: JSONEscape.sequence(for: byte).utf8)
      } else {
        bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}

/// Per-key facts for `props` members: the key's text, whether it is skipped (it maps to a
/// column rather than a member) or numeric, and its rank in the sorted key order.
struct PropertyKeys {
  private let skipped: Set<Int>
  private let numeric: Set<Int>
  private var texts: [BulkText] = []
  /// The bytes of `texts`, kept alive by it.
  private var bytes: [UnsafeBufferPointer<UInt8>] = []
  /// Each key as JSON followed by `:`, as it starts a member of `props`.
  private var jsonKeys: [[UInt8]] = []
  private var ranks: [Int] = []
  private var isSkipped: [Bool] = []
  private var isNumericKey: [Bool] = []

  init(skipping: Set<Int>, numeric: Set<Int>) {
    self.skipped = skipping
    self.numeric = numeric
  }

  /// How many keys are known.
  var count: Int { texts.count }

  /// The UTF-8 bytes of key `key` (alive as long as this value).
  @inline(__always)
  func text(_ key: Int) -> UnsafeBufferPointer<UInt8> { bytes[key] }

  @inline(__always)
  func isNumeric(_ key: Int) -> Bool { isNumericKey[key] }

  /// `"key":` for key `key`.
  @inline(__always)
  func jsonKey(_ key: Int) -> [UInt8] { jsonKeys[key] }

  /// The property keys among `keys` (not the skipped ones), sorted by name, into `order`.
  /// Call ``refresh(_:)`` first when the reader has met new keys.
  mutating func ordered(_ keys: [Int], into order: inout [Int]) {
    order.removeAll(keepingCapacity: true)
    for key in keys where !isSkipped[key] {
      // Insertion sort: rows have a handful of keys.
      var slot = order.count
      order.append(key)
      while slot > 0 && ranks[order[slot - 1]] > ranks[key] {
        order[slot] = order[slot - 1]
        slot -= 1
      }
      order[slot] = key
    }
  }

  /// Takes in the keys `names` has beyond those known.
  mutating func refresh(_ names: [String]) {
    for key in texts.count..<names.count {
      texts.append(BulkText(names[key]))
      bytes.append(texts[key].bytes)
      var quoted = ""
      PropertyValue.appendJSONString(names[key], to: &quoted)
      jsonKeys.append(Array((quoted + ":").utf8))
      isSkipped.append(skipped.contains(key))
      isNumericKey.append(numeric.contains(key))
    }
    let sorted = names.indices.sorted { names[$0] < names[$1] }
    ranks = Array(repeating: 0, count: names.count)
    for (rank, key) in sorted.enumerated() { ranks[key] = rank }
  }
}
