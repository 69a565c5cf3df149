import GRDB

/// Schema version 5's relationship types, the one place that knows the `relationship_type` table
/// (docs/storage-v2.md, "Version 5"): a relationship row holds `type_id`, the id of its type's
/// name there. Readers resolve a name with a subquery bound by name (SQLite runs an uncorrelated
/// scalar subquery once per statement, and uses `type_id = (SELECT ...)` in an index lookup);
/// writers register a name the first time they see it, in their own transaction. An id never
/// changes and a type is never removed, so compiled SQL stays valid as types are added.
public enum RelationshipTypeSQL {
  /// The id of the type whose name is bound at `parameter` (`?2`, `:type`...), NULL when no
  /// relationship ever had it (so `type_id = ` it matches nothing).
  public static func id(_ parameter: String) -> String {
    "(SELECT id FROM relationship_type WHERE name = \(parameter))"
  }

  /// The ids of the types whose names are bound at `parameters`, for `type_id IN ...`.
  public static func ids(_ parameters: [String]) -> String {
    "(SELECT id FROM relationship_type WHERE name IN (\(parameters.joined(separator: ", "))))"
  }

  /// The ids of the types named in the JSON array of strings bound at `parameter`, for
  /// `type_id IN ...`.
  public static func ids(jsonArray parameter: String) -> String {
    "(SELECT id FROM relationship_type WHERE name IN (SELECT value FROM json_each(\(parameter))))"
  }

  /// `typeID` (a column such as `r.type_id`, or `+r.type_id`) holds one of the types whose names
  /// are bound at `parameters`; nil for no parameter (any type).
  public static func test(_ typeID: String, _ parameters: [String]) -> String? {
    switch parameters.count {
    case 0: nil
    case 1: "\(typeID) = \(id(parameters[0]))"
    default: "\(typeID) IN \(ids(parameters))"
    }
  }

  /// The name of the type whose id is the SQL expression `typeID` (a column such as `r.type_id`).
  public static func name(_ typeID: String) -> String {
    "(SELECT name FROM relationship_type WHERE id = \(typeID))"
  }

  /// The names of the types some relationship has (a type stays registered after its last
  /// relationship is deleted).
  public static let inUse =
    "SELECT name FROM relationship_type t WHERE EXISTS (SELECT 1 FROM relationship WHERE type_id = t.id)"

  /// Every registered type's name by id (a few rows), for readers that map many ids.
  public static func names(_ db: Database) throws -> [Int64: String] {
    var names: [Int64: String] = [:]
    try db.forEachRow("SELECT id, name FROM relationship_type") { names[$0.int64(0)] = $0.text(1) }
    return names
  }

  /// Registers the type named by the statement's first parameter unless it is there already.
  public static let register = "INSERT OR IGNORE INTO relationship_type(name) VALUES (?)"

  /// Registers `name` in `db` (inside the caller's transaction) and returns its id.
  public static func register(_ name: String, _ db: Database) throws -> Int64 {
    // Bound whole (SQLArguments): a name may hold U+0000.
    try db.run(register, [name])
    guard let id = try db.rows("SELECT id FROM relationship_type WHERE name = ?", [name], { $0.int64(0) }).first
    else { throw StoreError.schemaMissing("relationship_type has no row for a type just registered") }
    return id
  }
}
