import BilatStore
import GRDB

extension SQLCompiler {
  /// When ``commonNodes(_:_:_:general:limits:)`` intersects the two ends' sets.
  struct CommonNodes: Sendable {
    /// Both sets hold at least this many (end, middle) pairs: below it the general statement's
    /// walk of the smaller end, probing the other, is about as fast.
    var smallSet = 2048
    /// Sizes are counted up to this many pairs; a set this large or larger keeps the general
    /// statement (its true size, and so the balance, is unknown).
    var largeSet = 65_536
    /// The larger set holds fewer than this many times the smaller one's pairs. The general
    /// statement probes about twice per pair of the smaller set, at about three times the cost
    /// of reading a pair into a set (e01 on the large workload: 2 × 13.7k probes, 27 ms; both
    /// sets, 37k pairs, 13 ms), so the intersection pays up to a ratio of about five.
    var balance = 4

    static let standard = CommonNodes()
  }

  /// `MATCH (a {…})-[…]-(c)-[…]-(b {…}) [WHERE …] RETURN count(DISTINCT c)`, both ends bound
  /// (also written as two patterns sharing `c`): the general statement walks one end's
  /// relationships and probes the other end's for each, which is fast when one end has few;
  /// when both ends reach many middle nodes in comparable numbers (the common contacts of two
  /// hubs), reading each end's (end, middle) pairs once and intersecting the two sets is about
  /// twice as fast. `general` is embedded, and the sizes are counted (bounded) when it runs.
  ///
  /// Relationship uniqueness: r1 (a–c) and r2 (c–b) can be one relationship only when a = b,
  /// so rows with a ≠ b need no test, and a = b is kept only when a trail through two distinct
  /// relationships exists (an EXISTS over the plain join). WHERE conjuncts filter the set of the
  /// end they read. Returns nil for any other shape, for a conjunct that reads both ends, when
  /// an end is bound by nothing, or when `general` needs a choice of its own beyond its start.
  static func commonNodes(
    _ patterns: [PathPattern], _ condition: Expr?, _ projection: AnalyzedProjection, general: SQLPlan,
    limits: CommonNodes
  ) throws -> SQLPlan? {
    guard general.earlyRows == nil, general.typeScan == nil, general.endpointCountChoice == nil,
      general.deferredLabelTests.isEmpty, general.columns.count == 1, general.orderBy.isEmpty,
      general.skip == nil, general.limit == nil,
      let pattern = chained(patterns), pattern.variable == nil, pattern.shortest == .none,
      pattern.relationships.count == 2,
      pattern.relationships.allSatisfy({ !$0.isVariableLength && $0.variable == nil }),
      let middleVariable = pattern.nodes[1].variable,
      let startVariable = pattern.nodes[0].variable, let endVariable = pattern.nodes[2].variable,
      Set([startVariable, middleVariable, endVariable]).count == 3,
      projection.items.count == 1, projection.orderBy.isEmpty, projection.skip == nil, projection.limit == nil,
      projection.filter == nil,
      case .function("count", true, let counted) = projection.items[0].expression.kind, counted.count == 1,
      case .variable(middleVariable) = counted[0].kind
    else { return nil }

    // WHERE conjuncts go into the set of the end they read (with the middle node, or the
    // middle node alone); one that reads both ends is left to the general builder.
    var startConditions: [Expr] = []
    var endConditions: [Expr] = []
    for conjunct in condition.map(conjuncts) ?? [] {
      let read = variablesNamed(in: conjunct)
      if read.isSubset(of: [startVariable, middleVariable]) {
        startConditions.append(conjunct)
      } else if read.isSubset(of: [endVariable, middleVariable]) {
        endConditions.append(conjunct)
      } else {
        return nil
      }
    }
    func bound(_ node: NodePattern, _ conditions: [Expr], _ variable: String) -> Bool {
      if case .map(let entries)? = node.properties?.kind, !entries.isEmpty { return true }
      return conditions.contains { variablesNamed(in: $0) == [variable] }
    }
    guard bound(pattern.nodes[0], startConditions, startVariable), bound(pattern.nodes[2], endConditions, endVariable)
    else { return nil }

    // The sets' arguments follow the general statement's, which this one embeds.
    var arguments = general.arguments
    var stringParameters = general.stringParameters

    /// The (end, middle) pairs of one end: `end` is nodes[0] of `hop`.
    func reach(_ hop: PathPattern, _ end: String, _ conditions: [Expr]) throws -> String? {
      var selects: [String] = []
      for flipped in hop.relationships[0].direction == .both ? [false, true] : [false] {
        var branch = SQLBranch(arguments: arguments)
        branch.anchorExpected = true
        try branch.add([hop], reversed: [flipped])
        for conjunct in conditions { branch.conditions.append(try predicate(conjunct, &branch)) }
        guard let e = branch.nodeIDs[end], let m = branch.nodeIDs[middleVariable] else { return nil }
        stringParameters.formUnion(branch.stringParameters)
        arguments = branch.arguments
        selects.append("SELECT \(e) AS e, \(m) AS m\n  " + branch.fromAndWhere())
      }
      return selects.joined(separator: "\nUNION ALL\n")
    }
    var fromStart = pattern
    fromStart.nodes = [pattern.nodes[0], pattern.nodes[1]]
    fromStart.relationships = [pattern.relationships[0]]
    var fromEnd = pattern
    fromEnd.nodes = [pattern.nodes[2], pattern.nodes[1]]
    fromEnd.relationships = [pattern.relationships[1]]
    switch pattern.relationships[1].direction {
    case .outgoing: fromEnd.relationships[0].direction = .incoming
    case .incoming: fromEnd.relationships[0].direction = .outgoing
    case .both: break
    }
    guard let startSet = try reach(fromStart, startVariable, startConditions),
      let endSet = try reach(fromEnd, endVariable, endConditions)
    else { return nil }

    /// The nodes an end pattern matches with the conditions on that end alone (a superset of
    /// the ends that reach a middle node): whether a = b can arise at all is asked of these.
    func ends(_ node: NodePattern, _ variable: String, _ conditions: [Expr]) throws -> String? {
      var branch = SQLBranch(arguments: arguments)
      branch.anchorExpected = true
      try branch.add(
        [PathPattern(variable: nil, shortest: .none, nodes: [node], relationships: [], range: node.range)], reversed: []
      )
      for conjunct in conditions where variablesNamed(in: conjunct) == [variable] {
        branch.conditions.append(try predicate(conjunct, &branch))
      }
      guard let e = branch.nodeIDs[variable] else { return nil }
      stringParameters.formUnion(branch.stringParameters)
      arguments = branch.arguments
      return "SELECT \(e) AS e " + branch.fromAndWhere()
    }
    guard let startEnds = try ends(pattern.nodes[0], startVariable, startConditions),
      let endEnds = try ends(pattern.nodes[2], endVariable, endConditions)
    else { return nil }

    // a = b: only through two distinct relationships (the plain join, every node bound).
    func plain(_ node: NodePattern) -> NodePattern {
      NodePattern(variable: node.variable, labels: [], labelRanges: [], properties: nil, range: node.range)
    }
    var closed = pattern
    closed.nodes = [plain(pattern.nodes[0]), plain(pattern.nodes[1]), plain(pattern.nodes[0])]
    let trail = try closedWalks(
      closed, bound: [startVariable: "ga.e", middleVariable: "ga.m"], &arguments, &stringParameters)

    // The sets meet through IN (an index SQLite builds): its estimate of a bound node's
    // relationships is the average degree, so a join of the two sets would be a nested scan,
    // millions of steps for two hubs. Without a node matching both ends (the usual case) no
    // a = b can arise and the count is the intersection's size. Otherwise a middle node counts
    // when a second start node reaches it, or an end node other than its one start node
    // (compared as text keys, which IN indexes; SQLite does not index a row value), or a trail.
    let intersection = """
      SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM (\(startEnds)) x WHERE x.e IN (\(endEnds)))
        THEN (SELECT count(DISTINCT m) FROM ca WHERE m IN (SELECT m FROM cb))
        ELSE (SELECT count(*) FROM (SELECT m, count(DISTINCT e) AS n, min(e) AS e FROM ca GROUP BY m) ga
          WHERE ga.m IN (SELECT m FROM cb)
            AND (ga.n > 1
              OR ga.m || ' ' || ga.e NOT IN (SELECT m || ' ' || min(e) FROM cb GROUP BY m HAVING count(DISTINCT e) = 1)
              OR EXISTS (\(trail.joined(separator: "\n    UNION ALL ")))))
        END
      """
    // Which way runs is decided by the sets' sizes, counted (bounded) through copies that are
    // not materialized: the intersection reads both sets whole, the general statement walks one
    // end's relationships and probes the other's, so it wins unless both are large and of
    // comparable size.
    func both(_ limit: Int) -> String {
      "(SELECT count(*) FROM (SELECT 1 FROM wa LIMIT \(limit))) >= \(limit)"
        + " AND (SELECT count(*) FROM (SELECT 1 FROM wb LIMIT \(limit))) >= \(limit)"
    }
    let large = limits.largeSet
    let balanced =
      "(SELECT a < \(large) AND b < \(large) AND max(a, b) < \(limits.balance) * min(a, b) FROM (SELECT"
      + " (SELECT count(*) FROM (SELECT 1 FROM wa LIMIT \(large))) AS a,"
      + " (SELECT count(*) FROM (SELECT 1 FROM wb LIMIT \(large))) AS b))"
    func wrap(_ statement: String) -> String {
      """
      WITH ca(e, m) AS MATERIALIZED (
      \(startSet)),
      cb(e, m) AS MATERIALIZED (
      \(endSet)),
      wa(e, m) AS NOT MATERIALIZED (
      \(startSet)),
      wb(e, m) AS NOT MATERIALIZED (
      \(endSet))
      SELECT CASE WHEN \(both(limits.smallSet)) AND \(balanced)
        THEN (\(intersection))
        ELSE (\(statement))
        END
      """
    }
    var plan = general
    plan.sql = wrap(general.sql)
    plan.arguments = arguments
    plan.stringParameters = stringParameters
    if var choice = general.anchorChoice {
      choice.variants = choice.variants.mapValues(wrap)
      choice.membershipVariants = choice.membershipVariants.mapValues(wrap)
      plan.anchorChoice = choice
    }
    plan.form =
      "when both bound ends reach many middle nodes, in comparable numbers (counted per run), each end's are"
      + " found once and the sets intersected"
    return plan
  }

  /// One pattern of two hops, or two one-hop patterns of one MATCH that share a node, chained
  /// into one (`(a)-->(c), (b)-->(c)` is `(a)-->(c)<--(b)`: relationship uniqueness holds
  /// across the patterns of a MATCH as along one path).
  private static func chained(_ patterns: [PathPattern]) -> PathPattern? {
    if patterns.count == 1 { return patterns[0] }
    guard patterns.count == 2, patterns.allSatisfy({ $0.relationships.count == 1 && $0.variable == nil }) else {
      return nil
    }
    func reversed(_ p: PathPattern) -> PathPattern {
      var r = p
      r.nodes = [p.nodes[1], p.nodes[0]]
      switch p.relationships[0].direction {
      case .outgoing: r.relationships[0].direction = .incoming
      case .incoming: r.relationships[0].direction = .outgoing
      case .both: break
      }
      return r
    }
    for first in [patterns[0], reversed(patterns[0])] {
      for second in [patterns[1], reversed(patterns[1])] {
        guard let shared = first.nodes[1].variable, second.nodes[0].variable == shared,
          first.nodes[1].labels.isEmpty || second.nodes[0].labels.isEmpty,
          first.nodes[1].properties == nil || second.nodes[0].properties == nil
        else { continue }
        var path = first
        if second.nodes[0].properties != nil || !second.nodes[0].labels.isEmpty { path.nodes[1] = second.nodes[0] }
        path.nodes.append(second.nodes[1])
        path.relationships.append(second.relationships[0])
        return path
      }
    }
    return nil
  }

  /// Every variable `expr` names outside nested patterns and subqueries (which cannot be
  /// pushed into one end's set anyway: they are kept for the joined rows by naming more).
  private static func variablesNamed(in expr: Expr) -> Set<String> {
    var names: Set<String> = []
    var nested = false
    ExprWalker.visit(expr) { e in
      switch e.kind {
      case .variable(let v): names.insert(v)
      case .patternPredicate, .patternComprehension, .subquery, .listComprehension, .quantifier: nested = true
      default: break
      }
      return true
    }
    return nested ? names.union(["\u{0}nested"]) : names
  }
}
