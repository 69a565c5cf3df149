import GRDB

/// Schema version 7's summary of the labels at each end of each relationship type
/// (`relationship_endpoint_label`, docs/storage-v2.md, "Version 7"): how many relationships of a
/// type have, at their start or end, a node with a given label, kept exact by triggers in every
/// writer's transaction. A query uses it to skip label tests the data implies, in its own
/// snapshot (``impliedTest(typeParameters:side:labelParameter:)``), so a plan never goes stale
/// when the data changes.
public enum EndpointLabels {
  /// Which end of a relationship.
  public enum Side: Int, Sendable {
    case start = 0
    case end = 1

    /// The other end.
    public var opposite: Side { self == .start ? .end : .start }
  }

  /// SQL true when every relationship of each type bound at `typeParameters` (`?2`...) has, at
  /// `side`, a node with the label bound at `labelParameter`; NULL when a name was never
  /// registered (so `implied OR test` falls back to the test). Its subqueries name no outer
  /// table: SQLite runs them once per statement, and `implied OR test` skips the test on every
  /// row when they hold.
  public static func impliedTest(typeParameters: [String], side: Side, labelParameter: String) -> String {
    let label = LabelSQL.table.id(labelParameter)
    let parts = typeParameters.map { type in
      "(SELECT t.count = l.count FROM relationship_endpoint_label t JOIN relationship_endpoint_label l "
        + "ON l.type_id = t.type_id AND l.side = \(side.rawValue) AND l.label_id = \(label) "
        + "WHERE t.type_id = \(RelationshipTypeSQL.id(type)) AND t.side = 0 AND t.label_id = 0)"
    }
    return parts.joined(separator: " AND ")
  }

  /// `test` (a label test on a node at `side` of a relationship whose types are bound at
  /// `typeParameters`) skipped when the summary implies it; `test` itself for an untyped
  /// relationship.
  public static func unlessImplied(
    _ test: String, typeParameters: [String], sides: [Side], labelParameter: String
  ) -> String {
    guard !typeParameters.isEmpty, !sides.isEmpty else { return test }
    let implied = sides.map { impliedTest(typeParameters: typeParameters, side: $0, labelParameter: labelParameter) }
    return "(\(implied.joined(separator: " AND ")) OR \(test))"
  }

  /// The triggers that keep the summary, dropped for a bulk load (inside the caller's
  /// transaction); returns the SQL recreating them. The load then adds its counts
  /// (``Counter``) and runs the returned statements before it commits.
  static func dropTriggers(_ db: Database) throws -> [String] {
    try SchemaObjects.dropTriggers(db, named: "relationship_endpoint_label_")
  }
}
