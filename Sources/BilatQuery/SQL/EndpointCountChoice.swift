import BilatStore
import GRDB

/// How a whole-graph count per node (``SQLCompiler/endpointCount(_:_:_:)``) reads its
/// relationships, chosen per run from the store's counts: a scan of a whole covering endpoint
/// index, a scan of the types through `relationship_by_date` (one table row per relationship),
/// or one count per node of the grouped node's label, each a range of a covering endpoint index
/// (16 sectors of 70,000 IN_SECTOR relationships: 16 index ranges instead of 70,000 rows).
///
/// The estimate counts index entries stepped: a whole index is `total` entries per direction;
/// the type scan reads `rows` entries and as many table rows (a row costs about three entries);
/// the per-node counts seek once per node and direction (about three entries) and step over
/// `rows` entries per direction.
struct EndpointCountChoice: Sendable {
  /// The relationship types counted (empty: every type).
  var types: [String]
  /// The grouped node's first label: its nodes are the ones counted per node.
  var label: String
  /// Directions counted: 2 for an undirected relationship.
  var directions: Int
  /// The far end's label tests, which ``perNodeSQL`` leaves out: it runs only when the
  /// endpoint-label summary says every relationship of the types has such a node at that side.
  var impliedFarLabels: [(label: String, side: EndpointLabels.Side)]
  /// The statement counting per node of ``label``.
  var perNodeSQL: String

  /// The cheapest of `scan`, `typeScan` (nil: no type scan) and ``perNodeSQL`` for the store's
  /// current counts. The node count is probed only up to the number that could still win.
  func chosenSQL(_ db: Database, scan: String, typeScan: String?) throws -> String {
    let total = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM relationship")) ?? 0
    var rows = total
    if !types.isEmpty {
      rows = 0
      for type in types {
        // The endpoint-label summary's row for label 0 counts every relationship of the type.
        rows +=
          try Int64.fetchOne(
            db.boundStatement(
              "SELECT count FROM relationship_endpoint_label WHERE type_id = \(RelationshipTypeSQL.id("?1"))"
                + " AND side = 0 AND label_id = 0", [type])) ?? 0
      }
    }
    let d = Int64(directions)
    let wholeIndex = total * d
    let typeRows = typeScan == nil ? Int64.max : rows * d * 4
    let best = min(wholeIndex, typeRows)
    let scanChoice = typeRows < wholeIndex ? (typeScan ?? scan) : scan
    // Per node: nodes * d * 3 + rows * d < best.
    let bound = best > rows * d ? (best - rows * d) / (d * 3) : 0
    guard bound > 0, !types.isEmpty || impliedFarLabels.isEmpty else { return scanChoice }
    for (label, side) in impliedFarLabels {
      for type in types {
        let implied = try Bool.fetchOne(
          db.boundStatement(
            "SELECT \(EndpointLabels.impliedTest(typeParameters: ["?1"], side: side, labelParameter: "?2"))",
            [type, label]))
        guard implied == true else { return scanChoice }
      }
    }
    let nodes =
      try Int64.fetchOne(
        db.boundStatement(
          "SELECT count(*) FROM (SELECT 1 FROM (\(LabelSQL.nodes(parameter: "?1"))) LIMIT ?2)", [label, bound]))
      ?? bound
    return nodes < bound ? perNodeSQL : scanChoice
  }
}
