import BilatCore
import GRDB

/// The statements every import writes through — CSV and JSON Lines (``ImportSession``) and
/// Bilat graph JSON (``GraphJSONLoad``) — prepared once per import and bound through SQLite's C
/// API (``BulkStatement``), with the node and relationship ids handed out in increasing order
/// (every table's rows arrive in primary-key order, and SQLite appends them to its B-trees).
///
/// Two levels: byte slices bound without copying, for the file importers' hot loop, and values
/// (labels, ``BilatCore/PropertyValue`` properties, alias strings) routed as every writer
/// routes them (``PropertyStorage``), for the graph JSON importer.
struct GraphLoader {
  private let insertNode: BulkStatement
  private let insertExtraLabel: BulkStatement
  private let insertAlias: BulkStatement
  private let insertRelationship: BulkStatement
  private var nextNodeID: Int64
  private var nextRelationshipID: Int64
  /// The ids of the relationship types and labels seen so far (``NameTable``); a type or label
  /// first seen in this import is registered in its transaction.
  private var typeIDs = NameTable.Cache(.relationshipTypes)
  private var labelIDs = NameTable.Cache(.labels)
  /// An alias's folded key, and working space for it, reused from row to row.
  private var foldedKey: [UInt8] = []
  private var foldScratch: [UInt8] = []
  private let connection: Database
  /// The summary counts of what this load writes (``EndpointLabels/Counter``): the load runs
  /// with the summary's triggers dropped and adds these before it commits.
  private(set) var endpointLabels: EndpointLabels.Counter
  /// The degree counts of what this load writes (``RelationshipDegrees/Counter``), likewise.
  private(set) var degrees: RelationshipDegrees.Counter

  init(_ db: Database) throws {
    connection = db
    insertNode = try BulkStatement(
      db, sql: "INSERT INTO node(id, label_id, name, country, props) VALUES (?, ?, ?, ?, ?)")
    insertExtraLabel = try BulkStatement(db, sql: "INSERT INTO node_extra_label(node_id, label_id) VALUES (?, ?)")
    insertAlias = try BulkStatement(
      db, sql: "INSERT OR IGNORE INTO alias(node_id, surface, folded_key) VALUES (?, ?, ?)")
    insertRelationship = try BulkStatement(
      db, sql: "INSERT INTO relationship(id, type_id, start_id, end_id, date, props) VALUES (?, ?, ?, ?, ?, ?)")
    nextNodeID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM node") ?? 0) + 1
    nextRelationshipID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM relationship") ?? 0) + 1
    endpointLabels = EndpointLabels.Counter(firstNodeID: nextNodeID)
    degrees = RelationshipDegrees.Counter(firstNodeID: nextNodeID)
  }

  // MARK: Bytes (the file importers)

  /// Inserts a node row (label: the first label in sorted order, nil for none) and returns its id.
  /// The bytes need only stay valid for the call.
  @inline(__always)
  mutating func node(
    label: UnsafeBufferPointer<UInt8>?, name: UnsafeBufferPointer<UInt8>?, country: UnsafeBufferPointer<UInt8>?,
    props: UnsafeBufferPointer<UInt8>
  ) throws -> Int64 {
    let id = nextNodeID
    insertNode.bind(1, id)
    if let label {
      let labelID = try labelIDs.id(bytes: label, connection)
      insertNode.bind(2, labelID)
      endpointLabels.node(id, label: labelID)
    } else {
      insertNode.bindNull(2)
      endpointLabels.node(id, label: 0)
    }
    insertNode.bind(3, optional: name)
    insertNode.bind(4, optional: country)
    insertNode.bind(5, text: props)
    try insertNode.step()
    nextNodeID += 1
    return id
  }

  /// Inserts an alias row with its lookup key (``BilatCore/NameKey/transliterationFolded(_:)``);
  /// a surface the node has already is ignored.
  @inline(__always)
  mutating func alias(node: Int64, surface: UnsafeBufferPointer<UInt8>) throws {
    NameKey.transliterationFolded(utf8: surface, into: &foldedKey, scratch: &foldScratch)
    insertAlias.bind(1, node)
    insertAlias.bind(2, text: surface)
    try foldedKey.withUnsafeBufferPointer { folded in
      insertAlias.bind(3, text: folded)
      try insertAlias.step()
    }
  }

  /// Inserts a relationship row and returns its id.
  @inline(__always)
  mutating func relationship(
    type: UnsafeBufferPointer<UInt8>, start: Int64, end: Int64, date: UnsafeBufferPointer<UInt8>?,
    props: UnsafeBufferPointer<UInt8>
  ) throws -> Int64 {
    let id = nextRelationshipID
    let typeID = try typeID(type)
    insertRelationship.bind(1, id)
    insertRelationship.bind(2, typeID)
    insertRelationship.bind(3, start)
    insertRelationship.bind(4, end)
    insertRelationship.bind(5, optional: date)
    insertRelationship.bind(6, text: props)
    try insertRelationship.step()
    try endpointLabels.relationship(type: typeID, start: start, end: end, connection)
    degrees.relationship(type: typeID, start: start, end: end)
    nextRelationshipID += 1
    return id
  }

  /// The id of relationship type `type`, registered on first sight.
  @inline(__always)
  private mutating func typeID(_ type: UnsafeBufferPointer<UInt8>) throws -> Int64 {
    try typeIDs.id(bytes: type, connection)
  }

  // MARK: Values (the graph JSON importer)

  /// Inserts a node with `labels` (duplicates ignored) and `properties`; returns its id.
  mutating func node(labels: [String], properties: [String: PropertyValue]) throws -> Int64 {
    let sorted = Array(Set(labels)).sorted()
    let (columns, props) = PropertyStorage.route(properties, hot: PropertyStorage.nodeHotKeys)
    var first = sorted.first
    var name = columns[0].string
    var country = columns[1].string
    var json = props
    let id = try Self.withOptionalUTF8(&first) { label in
      try Self.withOptionalUTF8(&name) { name in
        try Self.withOptionalUTF8(&country) { country in
          try json.withUTF8 { props in try node(label: label, name: name, country: country, props: props) }
        }
      }
    }
    for label in sorted.dropFirst() {
      let labelID = try labelIDs.id(label, connection)
      insertExtraLabel.bind(1, id)
      insertExtraLabel.bind(2, labelID)
      try insertExtraLabel.step()
      endpointLabels.extraLabel(labelID, of: id)
    }
    return id
  }

  /// Adds `surface` (trimmed, as ``GraphDatabase/addAlias(_:to:)`` trims it) as an alias of
  /// `node`; false when nothing is left after trimming.
  mutating func alias(node: Int64, surface: String) throws -> Bool {
    var trimmed = surface.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return false }
    try trimmed.withUTF8 { try alias(node: node, surface: $0) }
    return true
  }

  /// Inserts a relationship of `type` from `start` to `end` with `properties`; returns its id.
  mutating func relationship(type: String, start: Int64, end: Int64, properties: [String: PropertyValue]) throws
    -> Int64
  {
    let (columns, props) = PropertyStorage.route(properties, hot: PropertyStorage.relationshipHotKeys)
    var type = type
    var date = columns[0].string
    var json = props
    return try type.withUTF8 { type in
      try Self.withOptionalUTF8(&date) { date in
        try json.withUTF8 { props in
          try relationship(type: type, start: start, end: end, date: date, props: props)
        }
      }
    }
  }

  private static func withOptionalUTF8<T>(
    _ string: inout String?, _ body: (UnsafeBufferPointer<UInt8>?) throws -> T
  ) rethrows -> T {
    guard var text = string else { return try body(nil) }
    defer { string = text }
    return try text.withUTF8 { try body($0) }
  }
}

extension DatabaseValue {
  /// The text of a value ``PropertyStorage/route(_:hot:)`` put in a hot column, nil for NULL.
  fileprivate var string: String? {
    if case .string(let s) = storage { return s }
    return nil
  }
}
