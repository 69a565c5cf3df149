import GRDB

/// Schema version 8's degree store (`relationship_degree`, docs/storage-v2.md, "Version 8"): per
/// node and relationship type, how many relationships the node starts, ends, and has as
/// self-loops, kept exact by
/// triggers in every writer's transaction. A count over one hop grouped by a node reads it
/// instead of the relationships (``SQLCompiler`` in BilatQuery, the degree rule).
public enum RelationshipDegrees {
  /// The count of a `relationship_degree` row `row` (an alias) for a node at one end of a
  /// relationship: `outgoing` true when the node is its start, false its end, nil for either
  /// (undirected). A directed pattern counts its side and the self-loops, an undirected one
  /// all three (a self-loop matches it once, as in openCypher).
  public static func count(_ row: String, outgoing: Bool?) -> String {
    switch outgoing {
    case true?: return "(\(row).start_count + \(row).loop_count)"
    case false?: return "(\(row).end_count + \(row).loop_count)"
    case nil: return "(\(row).start_count + \(row).end_count + \(row).loop_count)"
    }
  }

  /// The triggers that keep the table, dropped for a bulk load (inside the caller's
  /// transaction); returns the SQL recreating them. The load then adds its counts
  /// (``Counter``) and runs the returned statements before it commits.
  static func dropTriggers(_ db: Database) throws -> [String] {
    try SchemaObjects.dropTriggers(db, named: "relationship_degree_")
  }
}
