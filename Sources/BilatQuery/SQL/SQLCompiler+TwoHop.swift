import BilatStore
import GRDB

extension SQLCompiler {
  /// `MATCH (x…)-[…]-(:L…)-[…]-(b…) [WHERE …] RETURN count(DISTINCT b)`: only the distinct
  /// end nodes matter, so each hop's frontier is deduplicated (a UNION per hop) instead of
  /// enumerating every two-hop walk (q03: millions of walks, some 100k distinct ends).
  ///
  /// Relationship uniqueness: a walk x-r1-m-r2-b with r1 = r2 ends at x itself, so for b ≠ x
  /// every walk is a trail; b = x is kept only when a trail through two distinct
  /// relationships exists (an EXISTS over the plain join). Returns nil for any other shape.
  static func twoHopDistinct(_ patterns: [PathPattern], _ condition: Expr?, _ projection: AnalyzedProjection) throws
    -> SQLPlan?
  {
    guard patterns.count == 1, let pattern = patterns.first, pattern.variable == nil, pattern.shortest == .none,
      pattern.relationships.count == 2,
      pattern.relationships.allSatisfy({ !$0.isVariableLength && $0.variable == nil && $0.properties == nil }),
      pattern.nodes[1].variable == nil, pattern.nodes[1].properties == nil,
      pattern.nodes[2].properties == nil, let endVariable = pattern.nodes[2].variable,
      let startVariable = pattern.nodes[0].variable, startVariable != endVariable,
      projection.items.count == 1, projection.orderBy.isEmpty, projection.skip == nil, projection.limit == nil,
      projection.filter == nil,
      case .function("count", true, let counted) = projection.items[0].expression.kind, counted.count == 1,
      case .variable(endVariable) = counted[0].kind
    else { return nil }
    let hasAnchor: Bool = {
      if case .map(let entries)? = pattern.nodes[0].properties?.kind { return !entries.isEmpty }
      return false
    }()
    let middle = " m"
    var arguments: [SQLPlan.Argument] = []
    var stringParameters: Set<String> = []

    // Hop 1: distinct (x, m) pairs.
    var first = pattern
    first.nodes = [pattern.nodes[0], pattern.nodes[1]]
    first.nodes[1].variable = middle
    first.relationships = [pattern.relationships[0]]
    var hop1: [String] = []
    for flipped in pattern.relationships[0].direction == .both ? [false, true] : [false] {
      var branch = SQLBranch(arguments: arguments)
      branch.anchorExpected = hasAnchor
      try branch.add([first], reversed: [flipped])
      guard let x = branch.nodeIDs[startVariable], let m = branch.nodeIDs[middle] else { return nil }
      stringParameters.formUnion(branch.stringParameters)
      arguments = branch.arguments
      hop1.append("SELECT \(x) AS x, \(m) AS m\n  " + branch.fromAndWhere())
    }

    // Hop 2: distinct (x, b) pairs from the frontier.
    let second = pattern.relationships[1]
    var hop2: [String] = []
    let directions: [(near: String, far: String, flipped: Bool)] =
      switch second.direction {
      case .outgoing: [("start_id", "end_id", false)]
      case .incoming: [("end_id", "start_id", false)]
      case .both: [("start_id", "end_id", false), ("end_id", "start_id", true)]
      }
    for d in directions {
      var parts = ["r.\(d.near) = f.m"]
      func bind(_ value: DatabaseValue) -> String {
        arguments.append(.value(DatabaseValueBox(value: value)))
        return "?\(arguments.count)"
      }
      if let test = RelationshipTypeSQL.test("r.type_id", second.types.map { bind($0.databaseValue) }) {
        parts.append(test)
      }
      if d.flipped { parts.append("r.start_id <> r.end_id") }
      hop2.append(
        "SELECT f.x AS x, r.\(d.far) AS b FROM f CROSS JOIN relationship r WHERE " + parts.joined(separator: " AND "))
    }

    // The end: labels and WHERE on (x, b), and b = x only through a trail.
    var closed = pattern
    closed.nodes[0] = NodePattern(
      variable: startVariable, labels: [], labelRanges: [], properties: nil, range: pattern.nodes[0].range)
    closed.nodes[2] = closed.nodes[0]
    let trail = try closedWalks(closed, bound: [startVariable: "s.x"], &arguments, &stringParameters)
    var final = SQLBranch(arguments: arguments)
    final.nodeIDs[startVariable] = "s.x"
    final.nodeIDs[endVariable] = "s.b"
    for label in pattern.nodes[2].labels { final.requireLabel(label, on: "s.b") }
    if let condition {
      for conjunct in conjuncts(condition) { final.conditions.append(try predicate(conjunct, &final)) }
    }
    final.conditions.append("(s.b <> s.x OR EXISTS (" + trail.joined(separator: "\n    UNION ALL ") + "))")
    final.tables.insert("s", at: 0)
    arguments = final.arguments
    stringParameters.formUnion(final.stringParameters)
    var tail = final.fromAndWhere()
    if tail.hasPrefix("FROM s JOIN ") { tail = "FROM s CROSS JOIN " + tail.dropFirst("FROM s JOIN ".count) }
    let sql = """
      WITH f(x, m) AS (
      \(hop1.joined(separator: "\nUNION\n"))),
      s(x, b) AS (
      \(hop2.joined(separator: "\nUNION\n")))
      SELECT count(DISTINCT s.b)
        \(tail)
      """
    var plan = SQLPlan(
      sql: sql, arguments: arguments,
      columns: [SQLPlan.Column(name: projection.items[0].name, decode: .integer, hidden: false)],
      orderBy: [], skip: nil, limit: nil)
    plan.stringParameters = stringParameters
    return plan
  }

  /// One `SELECT 1 FROM … WHERE …` per direction of the undirected relationships of `closed`, a
  /// pattern whose variables `bound` maps to SQL expressions: EXISTS over their UNION ALL says
  /// whether the walk exists through distinct relationships.
  static func closedWalks(
    _ closed: PathPattern, bound: [String: String], _ arguments: inout [SQLPlan.Argument],
    _ stringParameters: inout Set<String>
  ) throws -> [String] {
    var walks: [String] = []
    let undirected = closed.relationships.filter { $0.direction == .both }.count
    for mask in 0..<(1 << undirected) {
      var branch = SQLBranch(arguments: arguments)
      branch.anchorExpected = true
      branch.nodeIDs.merge(bound) { $1 }
      try branch.add([closed], reversed: (0..<undirected).map { mask & (1 << $0) != 0 })
      stringParameters.formUnion(branch.stringParameters)
      arguments = branch.arguments
      walks.append("SELECT 1 " + branch.fromAndWhere())
    }
    return walks
  }
}
