import GRDB

/// Schema version 5's relationship types (docs/storage-v2.md, "Version 5"): a relationship row
/// holds `type_id`, the id of its type's name in `relationship_type` (a ``NameTable``). Readers
/// resolve a name with a subquery bound by name; writers register a name the first time they
/// see it, in their own transaction.
public enum RelationshipTypeSQL {
  /// The table of type names.
  public static let table = NameTable.relationshipTypes

  /// The id of the type whose name is bound at `parameter` (`?2`, `:type`...), NULL when no
  /// relationship ever had it (so `type_id = ` it matches nothing).
  public static func id(_ parameter: String) -> String { table.id(parameter) }

  /// The ids of the types whose names are bound at `parameters`, for `type_id IN ...`.
  public static func ids(_ parameters: [String]) -> String { table.ids(parameters) }

  /// The ids of the types named in the JSON array of strings bound at `parameter`, for
  /// `type_id IN ...`.
  public static func ids(jsonArray parameter: String) -> String { table.ids(jsonArray: parameter) }

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
  public static func name(_ typeID: String) -> String { table.name(typeID) }

  /// The names of the types some relationship has (a type stays registered after its last
  /// relationship is deleted).
  public static let inUse =
    "SELECT name FROM relationship_type t WHERE EXISTS (SELECT 1 FROM relationship WHERE type_id = t.id)"

  /// Every registered type's name by id (a few rows), for readers that map many ids.
  public static func names(_ db: Database) throws -> [Int64: String] { try table.names(db) }

  /// Registers the type named by the statement's first parameter unless it is there already.
  public static let register = table.registerSQL

  /// Registers `name` in `db` (inside the caller's transaction) and returns its id.
  public static func register(_ name: String, _ db: Database) throws -> Int64 { try table.register(name, db) }
}
