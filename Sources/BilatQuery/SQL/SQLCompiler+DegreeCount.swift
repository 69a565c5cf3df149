import BilatStore
import GRDB

extension SQLCompiler {
  /// The degree rule: `MATCH (a:L {…})-[:T]-(b:M) WHERE <a only> RETURN a.k…, count(*)` reads
  /// each node's count from the degree store (`relationship_degree`, schema version 8) instead
  /// of walking its relationships, as Neo4j answers it from its count store.
  ///
  /// It applies to one pattern of one fixed-length relationship (`-`, `->` or `<-`, typed or
  /// not) whose relationship and far node are used by nothing but the count: no property, no
  /// WHERE, not returned (`count(r)` is `count(*)` here: a matched relationship is never null).
  /// The returned items are the grouped node `a`, its properties and counts; WHERE and inline
  /// properties may test `a` only, and apply as in any statement. The far node's labels must be
  /// implied by the endpoint-label summary for every type at the side(s) it is on: that is
  /// checked per run in the statement's snapshot (``SQLPlan/DegreeRead``), and when it does not
  /// hold the statement of the other rules runs. An untyped relationship therefore only applies
  /// when the far node has no label.
  ///
  /// The count is the sum over the node's degree rows of those types: a directed relationship
  /// reads the node's side and its self-loops, an undirected one both sides and the self-loops
  /// (a self-loop once, as the relationship join matches it). Returns nil for any other shape.
  static func degreeCount(_ patterns: [PathPattern], _ condition: Expr?, _ projection: AnalyzedProjection)
    -> SQLPlan.DegreeRead?
  {
    guard patterns.count == 1, let pattern = patterns.first, pattern.variable == nil, pattern.shortest == .none,
      pattern.relationships.count == 1, let rel = pattern.relationships.first, !rel.isVariableLength,
      rel.properties == nil, !projection.distinct, projection.filter == nil
    else { return nil }
    guard let grouped = groupedVariable(projection, relationship: rel.variable),
      let near = pattern.nodes.firstIndex(where: { $0.variable == grouped })
    else { return nil }
    let farNode = pattern.nodes[1 - near]
    guard farNode.variable != grouped, farNode.properties == nil, farNode.labels.isEmpty || !rel.types.isEmpty
    else { return nil }
    if let condition, !readsOnly(grouped, condition) { return nil }

    var branch = SQLBranch(arguments: [])
    // The grouped node's row is joined where it is introduced: its tests and reads use it.
    branch.variablesRead = [grouped]
    do {
      let node = pattern.nodes[near]
      try branch.add(
        [PathPattern(variable: nil, shortest: .none, nodes: [node], relationships: [], range: node.range)],
        reversed: [])
      if let condition {
        for conjunct in conjuncts(condition) { branch.conditions.append(try predicate(conjunct, &branch)) }
      }
    } catch {
      return nil
    }
    guard let id = branch.nodeIDs[grouped] else { return nil }
    let outgoing: Bool? = rel.direction == .both ? nil : (rel.direction == .outgoing) == (near == 0)
    let typeParameters = rel.types.map { branch.bind($0.databaseValue) }
    branch.tables.append("relationship_degree dg")
    // Read by the node's id, as a filter is (``JoinOrder``): after a bound node, before nothing.
    branch.roles["dg"] = .filter(on: id)
    branch.conditions.append("dg.node_id = \(id)")
    if let test = RelationshipTypeSQL.test("dg.type_id", typeParameters) { branch.conditions.append(test) }
    let count = RelationshipDegrees.count("dg", outgoing: outgoing)
    // A row may hold only the other direction's relationships: such a node has no match.
    if outgoing != nil { branch.conditions.append("\(count) > 0") }

    let list = groupedCountProjection(projection, node: id, count: "sum\(count)") { base, key in
      guard let p = try? property(base, key, &branch) else { return nil }
      return [p.value(&branch), p.type(&branch)]
    }
    guard let list else { return nil }
    let (select, grouping, columns, orderBy) = (list.select, list.grouping, list.columns, list.orderBy)
    let presort = sqlOrder(columns, orderBy)
    let named = presort == nil ? select : select.enumerated().map { "\($0.element) AS bilat_s\($0.offset + 1)" }
    let sql =
      "SELECT " + named.joined(separator: ", ") + "\n  " + joins(branch, start: [0]) + "\nGROUP BY "
      + grouping.joined(separator: ", ")
    var plan = finish(sql, branch.arguments, columns, orderBy, projection, presort: presort)
    plan.sortedInSQL = presort != nil
    plan.stringParameters = branch.stringParameters
    // Grouped by one hot property: its index walked in key order when the label is large.
    if condition == nil, pattern.nodes[near].properties == nil,
      let body = indexWalk(projection, branch, node: id, count: "sum\(count)", general: list, presort: presort)
    {
      let walk = finish(body, branch.arguments, columns, orderBy, projection, presort: presort)
      if walk.arguments == plan.arguments {
        plan.indexWalk = SQLPlan.IndexWalk(sql: walk.sql, label: pattern.nodes[near].labels.first)
      }
    }
    // The far node is at the other side of a directed relationship (`outgoing`: the grouped
    // node is at the start), at either side of an undirected one: its labels must be implied
    // there for every type.
    let farSides: [EndpointLabels.Side] = outgoing.map { $0 ? [.end] : [.start] } ?? [.start, .end]
    let tests = farNode.labels.flatMap { label in
      farSides.map { SQLBranch.LabelTestByID(types: rel.types, side: $0, label: label) }
    }
    return SQLPlan.DegreeRead(plan: plan, tests: tests)
  }

  /// The one node variable every non-count item reads (the variable itself or its
  /// properties), when the others are `count(*)` or `count(r)` of the relationship variable
  /// `relationship`; nil otherwise, or with no count.
  private static func groupedVariable(_ projection: AnalyzedProjection, relationship: String?) -> String? {
    var grouped: String?
    var counts = 0
    for item in projection.items {
      switch item.expression.kind {
      case .countStar:
        counts += 1
      case .function("count", false, let arguments) where arguments.count == 1:
        guard case .variable(let v) = arguments[0].kind, v == relationship else { return nil }
        counts += 1
      case .variable(let v):
        guard (grouped ?? v) == v else { return nil }
        grouped = v
      case .property(let base, _):
        guard case .variable(let v) = base.kind, (grouped ?? v) == v else { return nil }
        grouped = v
      default:
        return nil
      }
    }
    return counts > 0 ? grouped : nil
  }

  /// True when `condition` reads no variable but `variable`, and holds no pattern, subquery or
  /// expression with a scope of its own (whose variables would need more care).
  private static func readsOnly(_ variable: String, _ condition: Expr) -> Bool {
    var only = true
    ExprWalker.visit(condition) { e in
      switch e.kind {
      case .variable(let v):
        if v != variable { only = false }
      case .patternPredicate, .patternComprehension, .subquery, .listComprehension, .quantifier:
        only = false
      default:
        break
      }
      return only
    }
    return only
  }
}
