import BilatStore
import GRDB

extension SQLCompiler {
  /// `MATCH (p:L…)-[:T]-(:M…) RETURN p.k…, count(*)`: a whole-graph count per node of one
  /// relationship's endpoint, with no anchor, no WHERE and no other variable used (q07).
  ///
  /// The relationships are counted per endpoint id while one covering index is scanned in
  /// its order (`relationship_out` by start_id, `relationship_in` by end_id: no sort for that
  /// GROUP BY), the far end's labels tested in a list of that label's nodes built once per
  /// statement; the grouped node's labels and properties are then read once per node instead
  /// of once per relationship, and the counts added up per returned key. An undirected
  /// relationship counts each direction this way (a self-loop once, as in ``build``).
  /// Returns nil for any other shape.
  static func endpointCount(_ patterns: [PathPattern], _ condition: Expr?, _ projection: AnalyzedProjection)
    -> SQLPlan?
  {
    guard condition == nil, patterns.count == 1, let pattern = patterns.first, pattern.variable == nil,
      pattern.shortest == .none, pattern.relationships.count == 1, let rel = pattern.relationships.first,
      !rel.isVariableLength, rel.variable == nil, rel.properties == nil,
      pattern.nodes.allSatisfy({ $0.properties == nil }), !projection.distinct, projection.filter == nil
    else { return nil }
    // The grouped node: the one every non-count item reads.
    var grouped: String?
    for item in projection.items {
      switch item.expression.kind {
      case .countStar: continue
      case .variable(let v):
        if (grouped ?? v) != v { return nil }
        grouped = v
      case .property(let base, _):
        guard case .variable(let v) = base.kind, (grouped ?? v) == v else { return nil }
        grouped = v
      default: return nil
      }
    }
    let counts = projection.items.filter {
      if case .countStar = $0.expression.kind { return true }
      return false
    }
    guard let grouped, !counts.isEmpty else { return nil }
    let near = pattern.nodes.firstIndex { $0.variable == grouped }
    guard let near, pattern.nodes[1 - near].variable != grouped else { return nil }
    let farNode = pattern.nodes[1 - near]

    var arguments: [SQLPlan.Argument] = []
    func bind(_ value: String) -> String {
      arguments.append(.value(DatabaseValueBox(value: value.databaseValue)))
      return "?\(arguments.count)"
    }
    // The grouped node's column for each direction the relationship is matched in.
    let outgoing = (rel.direction == .outgoing) == (near == 0)
    let branches: [(column: String, flipped: Bool)] =
      rel.direction == .both ? [("start_id", false), ("end_id", true)] : [(outgoing ? "start_id" : "end_id", false)]
    var perNode: [String] = []
    // The same counts taken per node of the grouped node's first label: one covering index
    // range per node and direction (``EndpointCountChoice`` picks the cheaper per run).
    var perNodeCounts: [String] = []
    // Label tests the endpoint-label summary implies are skipped (``EndpointLabels``).
    let typeParameters = rel.types.map(bind)
    let groupedLabelParameters = pattern.nodes[near].labels.map(bind)
    for branch in branches {
      let far = branch.column == "start_id" ? "end_id" : "start_id"
      let farSide: EndpointLabels.Side = far == "start_id" ? .start : .end
      let index = branch.column == "start_id" ? "relationship_out" : "relationship_in"
      var conditions: [String] = []
      if branch.flipped { conditions.append("r.start_id <> r.end_id") }
      for label in farNode.labels {
        let parameter = bind(label)
        conditions.append(
          EndpointLabels.unlessImplied(
            "+r.\(far) IN (\(LabelSQL.nodes(parameter: parameter)))", typeParameters: typeParameters,
            sides: [farSide], labelParameter: parameter))
      }
      let scanned = (RelationshipTypeSQL.test("+r.type_id", typeParameters).map { [$0] } ?? []) + conditions
      perNode.append(
        "SELECT r.\(branch.column) AS id, count(*) AS n FROM relationship r INDEXED BY \(index)"
          + (scanned.isEmpty ? "" : "\n  WHERE " + scanned.joined(separator: " AND "))
          + "\n  GROUP BY r.\(branch.column)")
      // No far-end label test here: inside a correlated subquery SQLite would evaluate it once
      // per node; this variant only runs when the summary implies those labels.
      let ranged =
        ["r.\(branch.column) = g.id"] + (RelationshipTypeSQL.test("r.type_id", typeParameters).map { [$0] } ?? [])
        + (branch.flipped ? ["r.start_id <> r.end_id"] : [])
      perNodeCounts.append(
        "(SELECT count(*) FROM relationship r INDEXED BY \(index) WHERE \(ranged.joined(separator: " AND ")))")
    }

    // The grouped node's row, joined once per node (both directions' counts summed by id first,
    // so each node's row is read once): its labels tested, its properties read.
    var joins = ["CROSS JOIN node n ON n.id = c.id"]
    // The grouped node is at the start of the branches grouped by start_id, else at the end.
    let groupedSides: [EndpointLabels.Side] = branches.map { $0.column == "start_id" ? .start : .end }
    for parameter in groupedLabelParameters {
      joins.append(
        "AND "
          + EndpointLabels.unlessImplied(
            LabelSQL.test("n", parameter: parameter), typeParameters: typeParameters, sides: groupedSides,
            labelParameter: parameter))
    }
    let hot = PropertyStorage.nodeHotKeys
    // Reads bind their paths through a branch that only numbers arguments.
    var reads = SQLBranch(arguments: arguments)
    let list = groupedCountProjection(projection, node: "c.id", count: "sum(c.n)") { _, key in
      guard let path = PropertyStorage.jsonPath(key) else { return nil }
      let p = SQLProperty(row: "n", isNode: true, column: hot.contains(key) ? key : nil, jsonPath: path)
      let terms = [p.value(&reads), p.type(&reads)]
      arguments = reads.arguments
      return terms
    }
    guard let list else { return nil }
    let (select, grouping, columns, orderBy) = (list.select, list.grouping, list.columns, list.orderBy)
    var rest = ""
    for join in joins { rest += "\n  " + join }
    rest += "\nGROUP BY " + grouping.joined(separator: ", ")
    let sql = """
      WITH c(id, n) AS (
      \(perNode.joined(separator: "\nUNION ALL\n")))\(perNode.count > 1 ? ",\nd(id, n) AS (SELECT id, sum(n) FROM c GROUP BY id)" : "")
      SELECT \(select.joined(separator: ", "))
        FROM \(perNode.count > 1 ? "d c" : "c")
      """ + rest
    var plan = finish(sql, arguments, columns, orderBy, projection)
    if let first = pattern.nodes[near].labels.first, let parameter = groupedLabelParameters.first {
      // Nodes without such a relationship count 0 and make no group: HAVING drops them. The
      // counts are materialized: flattened into the outer query, SQLite would evaluate the
      // correlated counts once for the sum and again for HAVING.
      let counted = """
        WITH c(id, n) AS MATERIALIZED (
        SELECT g.id, \(perNodeCounts.joined(separator: "\n    + "))
          FROM (\(LabelSQL.nodes(parameter: parameter))) g)
        SELECT \(select.joined(separator: ", "))
          FROM c
        """ + rest + "\nHAVING sum(c.n) > 0"
      let farSides = branches.map { $0.column == "start_id" ? EndpointLabels.Side.end : .start }
      plan.endpointCountChoice = EndpointCountChoice(
        types: rel.types, label: first, directions: branches.count,
        impliedFarLabels: farNode.labels.flatMap { label in farSides.map { (label, $0) } },
        perNodeSQL: finish(counted, arguments, columns, orderBy, projection).sql)
    }
    if !rel.types.isEmpty {
      // Rare types are read through the type index: with full statistics SQLite would rather
      // scan a whole covering endpoint index (q04: 120 ms against 66 ms for 7% of the rows).
      let typeIndex = " INDEXED BY relationship_by_date"
      let typeScan = plan.sql.replacingOccurrences(of: " INDEXED BY relationship_out", with: typeIndex)
        .replacingOccurrences(of: " INDEXED BY relationship_in", with: typeIndex)
        .replacingOccurrences(of: "+r.type_id ", with: "r.type_id ")
      plan.typeScan = (rel.types, typeScan)
    }
    return plan
  }
}
