import Foundation
import GRDB

/// A table of names kept as small integers: relationship types (`relationship_type`, schema
/// version 5) and node labels (`label`, version 6), docs/storage-v2.md. A row that has a type or
/// a label holds the id of its name; readers resolve a name with a subquery bound by name (SQLite
/// runs an uncorrelated scalar subquery once per statement and uses `x_id = (SELECT ...)` in an
/// index lookup); writers register a name the first time they see it, in their own transaction.
/// An id never changes and a name is never removed, so compiled SQL stays valid as names are
/// added, and a name nothing ever had gives NULL, which matches nothing.
///
/// ``RelationshipTypeSQL`` and ``LabelSQL`` are the two tables' SQL; this type is the one place
/// that knows their shape. `table` is one of the two fixed identifiers below, never user input.
public struct NameTable: Sendable {
  /// The table's name (an identifier of the schema).
  public let table: String

  /// Relationship types (`relationship.type_id`).
  public static let relationshipTypes = NameTable(table: "relationship_type")
  /// Node labels (`node.label_id`, `node_extra_label.label_id`).
  public static let labels = NameTable(table: "label")

  private init(table: String) { self.table = table }

  /// The id of the name bound at `parameter` (`?2`, `:type`...), NULL when it was never registered.
  public func id(_ parameter: String) -> String {
    "(SELECT id FROM \(table) WHERE name = \(parameter))"
  }

  /// The ids of the names bound at `parameters`, for `x_id IN ...`.
  public func ids(_ parameters: [String]) -> String {
    "(SELECT id FROM \(table) WHERE name IN (\(parameters.joined(separator: ", "))))"
  }

  /// The ids of the names in the JSON array of strings bound at `parameter`, for `x_id IN ...`.
  public func ids(jsonArray parameter: String) -> String {
    "(SELECT id FROM \(table) WHERE name IN (SELECT value FROM json_each(\(parameter))))"
  }

  /// The name whose id is the SQL expression `id` (a column such as `r.type_id`); NULL for NULL.
  public func name(_ id: String) -> String {
    "(SELECT name FROM \(table) WHERE id = \(id))"
  }

  /// Every registered name by id (a few rows), for readers that map many ids.
  public func names(_ db: Database) throws -> [Int64: String] {
    var names: [Int64: String] = [:]
    try db.forEachRow("SELECT id, name FROM \(table)") { names[$0.int64(0)] = $0.text(1) }
    return names
  }

  /// Registers the name bound at the statement's first parameter unless it is there already.
  public var registerSQL: String { "INSERT OR IGNORE INTO \(table)(name) VALUES (?)" }

  /// Registers `name` in `db` (inside the caller's transaction) and returns its id.
  public func register(_ name: String, _ db: Database) throws -> Int64 {
    // Bound whole (SQLArguments): a name may hold U+0000.
    try db.run(registerSQL, [name])
    guard let id = try db.rows("SELECT id FROM \(table) WHERE name = ?", [name], { $0.int64(0) }).first
    else { throw StoreError.schemaMissing("\(table) has no row for a name just registered") }
    return id
  }

  /// The ids a bulk writer has registered or looked up so far (one lookup per distinct name).
  struct Cache {
    let table: NameTable
    private var ids: [String: Int64] = [:]
    /// The first ``byteKeyLimit`` names as the bytes they were met as, for ``id(bytes:_:)``.
    private var byteKeys: [(bytes: [UInt8], id: Int64)] = []
    /// The entry of `byteKeys` that matched last: rows of one type or label often come in runs.
    private var lastByteKey = 0
    /// How many names ``id(bytes:_:)`` compares byte by byte before it builds a `String`: a
    /// graph has a handful of types and labels, and a linear scan of a few beats hashing.
    static let byteKeyLimit = 32

    init(_ table: NameTable) { self.table = table }

    /// The id of `name`, registered in `db` on first sight.
    mutating func id(_ name: String, _ db: Database) throws -> Int64 {
      if let id = ids[name] { return id }
      let id = try table.register(name, db)
      ids[name] = id
      return id
    }

    /// The id of the name whose UTF-8 bytes are `name` (decoded as `String(decoding:as:)`
    /// decodes it), without building a `String` or hashing once the name has been met: the
    /// importers' per-row path.
    @inline(__always)
    mutating func id(bytes name: UnsafeBufferPointer<UInt8>, _ db: Database) throws -> Int64 {
      if lastByteKey < byteKeys.count, Self.equal(byteKeys[lastByteKey].bytes, name) {
        return byteKeys[lastByteKey].id
      }
      for index in byteKeys.indices where Self.equal(byteKeys[index].bytes, name) {
        lastByteKey = index
        return byteKeys[index].id
      }
      let id = try id(String(decoding: name, as: UTF8.self), db)
      if byteKeys.count < Self.byteKeyLimit {
        byteKeys.append((Array(name), id))
        lastByteKey = byteKeys.count - 1
      }
      return id
    }

    @inline(__always)
    private static func equal(_ known: [UInt8], _ name: UnsafeBufferPointer<UInt8>) -> Bool {
      guard known.count == name.count else { return false }
      return known.withUnsafeBufferPointer { known in
        guard let a = known.baseAddress, let b = name.baseAddress else { return true }  // both empty
        return memcmp(a, b, known.count) == 0
      }
    }
  }
}
