extension SQLCompiler {
  /// The node indexes a grouped count may walk: each hot key's partial index
  /// `(key, label_id) WHERE key IS NOT NULL` (``SQLPlan/IndexWalk``).
  static let keyIndexes = ["name": "node_by_name", "country": "node_by_country"]

  /// The statement body of ``SQLPlan/IndexWalk`` for a count grouped by one hot property of the
  /// node whose id is `node` (`n1.id`): `general`'s statement (the grouped count's select list
  /// and grouping over `branch`) split into a UNION ALL of the nodes whose value is in the
  /// column, read `INDEXED BY` the key's index and grouped by the column alone (its type is
  /// `'text'`), and the nodes without one, grouped by `general`'s terms. A string value is
  /// always in the column, so no group has rows in both branches.
  ///
  /// Nil unless every returned item is that one property or a count, and `branch` starts from
  /// no bound node (whose index would serve better than a walk).
  static func indexWalk(
    _ projection: AnalyzedProjection, _ branch: SQLBranch, node: String, count: String,
    general: GroupedCountProjection, presort: String?
  ) -> String? {
    var key: String?
    for item in projection.items {
      switch item.expression.kind {
      case .property(_, let k):
        guard (key ?? k) == k else { return nil }
        key = k
      case .variable:
        return nil
      default:
        continue
      }
    }
    guard let key, let index = keyIndexes[key], node.hasSuffix(".id"), branch.anchor == nil,
      branch.boundProperties.isEmpty
    else { return nil }
    let alias = String(node.dropLast(3))
    guard let table = branch.tables.firstIndex(of: "node \(alias)") else { return nil }
    let column = "\(alias).\(key)"
    let walked = groupedCountProjection(projection, node: node, count: count) { _, _ in [column, "'text'"] }
    guard let walked else { return nil }

    var walk = branch
    walk.tables[table] = "node \(alias) INDEXED BY \(index)"
    // Also the partial index's own condition, without which SQLite may not use it.
    walk.conditions.append("\(column) IS NOT NULL")
    var rest = branch
    rest.conditions.append("\(column) IS NULL")
    // Grouped by the column alone: a constant among the terms would make SQLite sort them.
    // The first branch names the columns (the ORDER BY of a presort reads them by name).
    let select =
      presort == nil ? walked.select : walked.select.enumerated().map { "\($0.element) AS bilat_s\($0.offset + 1)" }
    // Wrapped, so that a presort may order by expressions, which a compound's ORDER BY may not.
    return "SELECT * FROM (\nSELECT " + select.joined(separator: ", ") + "\n  " + walk.fromAndWhere() + "\nGROUP BY "
      + column + "\nUNION ALL\nSELECT " + general.select.joined(separator: ", ")
      + "\n  " + rest.fromAndWhere() + "\nGROUP BY " + general.grouping.joined(separator: ", ") + "\n)"
  }
}
