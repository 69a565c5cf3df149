import BilatCore
import GRDB

/// The statements and id maps of one ``GraphImporter`` run, inside its transaction.
///
/// Node and relationship ids are handed out in increasing order, so every table's rows
/// arrive in primary-key order and SQLite appends them to the end of each B-tree.
struct ImportSession {
  private let insertNode: BulkStatement
  private let insertLabel: BulkStatement
  private let insertNodeProperty: BulkStatement
  private let insertAlias: BulkStatement
  private let insertRelationship: BulkStatement
  private let insertRelationshipProperty: BulkStatement
  private var ids = ImportIDMap()
  private var nextNodeID: Int64
  private var nextRelationshipID: Int64
  private let stringType = BulkText(StoredValueType.string.rawValue)
  private let integerType = BulkText(StoredValueType.integer.rawValue)

  init(_ db: Database) throws {
    insertNode = try BulkStatement(db, sql: "INSERT INTO node(id) VALUES (?)")
    insertLabel = try BulkStatement(db, sql: "INSERT INTO node_label(node_id, label) VALUES (?, ?)")
    insertNodeProperty = try BulkStatement(
      db, sql: "INSERT OR REPLACE INTO node_property(node_id, key, value, value_type) VALUES (?, ?, ?, ?)")
    insertAlias = try BulkStatement(
      db, sql: "INSERT OR IGNORE INTO alias(node_id, surface, key, folded_key) VALUES (?, ?, ?, ?)")
    insertRelationship = try BulkStatement(
      db, sql: "INSERT INTO relationship(id, type, start_id, end_id) VALUES (?, ?, ?, ?)")
    insertRelationshipProperty = try BulkStatement(
      db, sql: "INSERT INTO relationship_property(relationship_id, key, value, value_type) VALUES (?, ?, ?, ?)")
    nextNodeID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM node") ?? 0) + 1
    nextRelationshipID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM relationship") ?? 0) + 1
  }

  /// Loads every node of `reader`; returns how many.
  mutating func importNodes(_ reader: inout RecordReader) throws -> Int {
    let idKey = reader.keyID("id")
    let kindKey = reader.keyID("kind")
    let nameKey = reader.keyID("name")
    // `id` is a property too, stored as an integer when it is one; `kind` is the label.
    var keys = PropertyKeys(skipping: [kindKey], numeric: [idKey])
    var record = ImportRecord()
    var order: [Int] = []
    var count = 0
    while try reader.next(into: &record) {
      guard let externalID = record.value(idKey), let kind = record.value(kindKey) else {
        throw StoreError.badImportRow(file: reader.path, line: record.line, reason: "a node needs 'id' and 'kind'")
      }
      guard ids.lookup(externalID) == nil else {
        throw StoreError.badImportRow(
          file: reader.path, line: record.line,
          reason: "duplicate node id '\(String(decoding: externalID, as: UTF8.self))'")
      }
      let id = nextNodeID
      nextNodeID += 1
      ids.add(externalID, id)
      insertNode.bind(1, id)
      try insertNode.step()
      insertLabel.bind(1, id)
      insertLabel.bind(2, text: kind)
      try insertLabel.step()
      if reader.keyCount != keys.count { keys.refresh(reader.keyNames) }
      keys.ordered(record.keys, into: &order)
      for key in order {
        guard let value = record.value(key) else { continue }
        try insertProperty(
          insertNodeProperty, id, keys.text(key), value, numeric: keys.isNumeric(key))
      }
      if let name = record.value(nameKey) {
        let text = String(decoding: name, as: UTF8.self)
        var normalized = NameKey.normalized(text)
        var folded = NameKey.transliterationFolded(text)
        insertAlias.bind(1, id)
        insertAlias.bind(2, text: name)
        try normalized.withUTF8 { key in
          try folded.withUTF8 { foldedKey in
            insertAlias.bind(3, text: key)
            insertAlias.bind(4, text: foldedKey)
            try insertAlias.step()
          }
        }
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
    var keys = PropertyKeys(skipping: [srcKey, dstKey, typeKey], numeric: [reader.keyID("place")])
    var record = ImportRecord()
    var order: [Int] = []
    var count = 0
    while try reader.next(into: &record) {
      guard let src = record.value(srcKey), let dst = record.value(dstKey), let type = record.value(typeKey) else {
        throw StoreError.badImportRow(
          file: reader.path, line: record.line, reason: "an edge needs 'src', 'dst' and 'type'")
      }
      guard let start = ids.lookup(src) else {
        throw StoreError.unknownNode(file: reader.path, line: record.line, id: String(decoding: src, as: UTF8.self))
      }
      guard let end = ids.lookup(dst) else {
        throw StoreError.unknownNode(file: reader.path, line: record.line, id: String(decoding: dst, as: UTF8.self))
      }
      let id = nextRelationshipID
      nextRelationshipID += 1
      insertRelationship.bind(1, id)
      insertRelationship.bind(2, text: type)
      insertRelationship.bind(3, start)
      insertRelationship.bind(4, end)
      try insertRelationship.step()
      if reader.keyCount != keys.count { keys.refresh(reader.keyNames) }
      keys.ordered(record.keys, into: &order)
      for key in order {
        guard let value = record.value(key) else { continue }
        try insertProperty(
          insertRelationshipProperty, id, keys.text(key), value,
          numeric: keys.isNumeric(key))
      }
      count += 1
    }
    return count
  }

  /// One property row; a `numeric` field holding an integer is stored as an integer.
  @inline(__always)
  private func insertProperty(
    _ statement: BulkStatement, _ owner: Int64, _ key: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>,
    numeric: Bool
  ) throws {
    statement.bind(1, owner)
    statement.bind(2, text: key)
    if numeric, let integer = ImportIDMap.integer(value) {
      statement.bind(3, integer)
      statement.bind(4, text: integerType.bytes)
    } else {
      statement.bind(3, text: value)
      statement.bind(4, text: stringType.bytes)
    }
    try statement.step()
  }
}

/// Per-key facts for property rows: the key's text, whether it is skipped (it maps to a column
/// rather than a property) or numeric, and its rank in the sorted key order.
struct PropertyKeys {
  private let skipped: Set<Int>
  private let numeric: Set<Int>
  private var texts: [BulkText] = []
  /// The bytes of `texts`, kept alive by it.
  private var bytes: [UnsafeBufferPointer<UInt8>] = []
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
      isSkipped.append(skipped.contains(key))
      isNumericKey.append(numeric.contains(key))
    }
    let sorted = names.indices.sorted { names[$0] < names[$1] }
    ranks = Array(repeating: 0, count: names.count)
    for (rank, key) in sorted.enumerated() { ranks[key] = rank }
  }
}
