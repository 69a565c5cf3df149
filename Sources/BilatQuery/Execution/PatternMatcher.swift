import BilatCore

/// Finds the bindings of MATCH patterns, step by step through indexed lookups:
/// node candidates by label or property, then expansion along relationships.
/// Relationships are unique within one MATCH; variable-length steps are depth-first
/// trails; `shortestPath` is a bidirectional breadth-first search.
struct PatternMatcher {
  let reader: GraphReader
  let evaluator: Evaluator
  /// The depth at which an unbounded `*` stops.
  let maxDepth: Int
  /// Variable-length steps report each reachable end node once (see `AnalyzedClause.match`).
  var reachability = false
  /// Anchors taken from the MATCH's WHERE: `id(v) = c` and `v.key = c` with c a literal or parameter.
  var hints: [String: [NodeHint]] = [:]

  enum NodeHint {
    case id(Expr)
    case property(String, Expr)
  }

  /// Extracts anchors from the top-level conjuncts of a WHERE clause.
  static func hints(from condition: Expr?) -> [String: [NodeHint]] {
    guard let condition else { return [:] }
    var result: [String: [NodeHint]] = [:]
    for conjunct in SQLCompiler.conjuncts(condition) {
      guard case .binary(.equal, let lhs, let rhs) = conjunct.kind else { continue }
      for (a, b) in [(lhs, rhs), (rhs, lhs)] {
        switch b.kind {
        case .literal, .parameter: break
        default: continue
        }
        if case .function("id", _, let args) = a.kind, args.count == 1, case .variable(let v) = args[0].kind {
          result[v, default: []].append(.id(b))
        } else if case .property(let base, let key) = a.kind, case .variable(let v) = base.kind {
          result[v, default: []].append(.property(key, b))
        }
      }
    }
    return result
  }

  typealias Emit = (Bindings) throws -> Void

  /// Calls `emit` for every extension of `row` matching all `patterns`.
  func match(
    _ patterns: [PathPattern], _ row: Bindings, reachability: Bool = false, hints: [String: [NodeHint]] = [:],
    emit: Emit
  ) throws {
    var matcher = self
    matcher.reachability = reachability
    matcher.hints = hints
    try matcher.matchFrom(patterns[...], row, used: [], emit: emit)
  }

  private func matchFrom(_ patterns: ArraySlice<PathPattern>, _ row: Bindings, used: Set<Int64>, emit: Emit) throws {
    guard let pattern = patterns.first else { return try emit(row) }
    let rest = patterns.dropFirst()
    if pattern.shortest != .none {
      try shortest(pattern, row) { next in try matchFrom(rest, next, used: used, emit: emit) }
      return
    }
    let oriented = orient(pattern, row)
    try matchPath(oriented.pattern, reversed: oriented.reversed, row, used: used) { next, nowUsed in
      try matchFrom(rest, next, used: nowUsed, emit: emit)
    }
  }

  /// Starts from the better-anchored end.
  private func orient(_ pattern: PathPattern, _ row: Bindings) -> (pattern: PathPattern, reversed: Bool) {
    guard pattern.relationships.count > 0 else { return (pattern, false) }
    func score(_ node: NodePattern) -> Int {
      if let v = node.variable, row[v] != nil { return 3 }
      if let v = node.variable, let h = hints[v] {
        if h.contains(where: { if case .id = $0 { return true } else { return false } }) { return 3 }
        return 2
      }
      if node.properties != nil { return 2 }
      return node.labels.isEmpty ? 0 : 1
    }
    guard let first = pattern.nodes.first, let last = pattern.nodes.last, score(last) > score(first) else {
      return (pattern, false)
    }
    var flipped = pattern
    flipped.nodes.reverse()
    flipped.relationships = pattern.relationships.reversed().map { rel in
      var r = rel
      r.direction = rel.direction == .outgoing ? .incoming : (rel.direction == .incoming ? .outgoing : .both)
      return r
    }
    return (flipped, true)
  }

  // MARK: Nodes

  func nodeMatches(_ node: CypherNode, _ pattern: NodePattern, _ row: Bindings) throws -> Bool {
    for label in pattern.labels where !node.labels.contains(label) { return false }
    if let properties = pattern.properties {
      guard case .map(let wanted) = try evaluator.evaluate(properties, row) else { return false }
      for (key, value) in wanted where CypherValue.equals(node.properties[key] ?? .null, value) != true {
        return false
      }
    }
    return true
  }

  /// Candidates for a node pattern: the bound node, or an indexed scan.
  func candidates(_ pattern: NodePattern, _ row: Bindings) throws -> [CypherNode] {
    if let v = pattern.variable, let bound = row[v] {
      guard case .node(let n) = bound, try nodeMatches(n, pattern, row) else { return [] }
      return [n]
    }
    var hint: (String, PropertyValue)?
    if let properties = pattern.properties, case .map(let wanted) = try evaluator.evaluate(properties, row) {
      for key in wanted.keys.sorted() {
        if let value = wanted[key]?.propertyValue, GraphReader.indexable(key, value) {
          hint = (key, value)
          break
        }
      }
    }
    var ids: [Int64]?
    for h in pattern.variable.flatMap({ hints[$0] }) ?? [] {
      switch h {
      case .id(let e):
        guard case .int(let id) = try evaluator.evaluate(e, row) else { return [] }
        ids = try reader.nodeExists(id) ? [id] : []
      case .property(let key, let e):
        if hint == nil, let value = try evaluator.evaluate(e, row).propertyValue, GraphReader.indexable(key, value) {
          hint = (key, value)
        }
      }
    }
    var result: [CypherNode] = []
    for id in try ids ?? reader.candidateNodes(label: pattern.labels.first, property: hint) {
      let node = try reader.node(id)
      if try nodeMatches(node, pattern, row) { result.append(node) }
    }
    return result
  }

  private func bind(_ node: CypherNode, _ pattern: NodePattern, _ row: inout Bindings) {
    if let v = pattern.variable { row[v] = .node(node) }
  }

  private func endMatches(_ node: CypherNode, _ pattern: NodePattern, _ row: Bindings) throws -> Bool {
    if let v = pattern.variable, let bound = row[v] {
      guard case .node(let b) = bound, b.id == node.id else { return false }
    }
    return try nodeMatches(node, pattern, row)
  }

  private func relationshipMatches(_ rel: CypherRelationship, _ pattern: RelationshipPattern, _ row: Bindings) throws
    -> Bool
  {
    guard let properties = pattern.properties else { return true }
    let rel = try reader.full(rel)
    guard case .map(let wanted) = try evaluator.evaluate(properties, row) else { return false }
    for (key, value) in wanted where CypherValue.equals(rel.properties[key] ?? .null, value) != true { return false }
    return true
  }

  // MARK: Paths

  private func matchPath(
    _ pattern: PathPattern, reversed: Bool, _ row: Bindings, used: Set<Int64>,
    emit: (Bindings, Set<Int64>) throws -> Void
  ) throws {
    for start in try candidates(pattern.nodes[0], row) {
      var next = row
      bind(start, pattern.nodes[0], &next)
      try step(pattern, 0, start, next, used, [start], [], reversed: reversed, emit: emit)
    }
  }

  private func step(
    _ pattern: PathPattern, _ index: Int, _ current: CypherNode, _ row: Bindings, _ used: Set<Int64>,
    _ pathNodes: [CypherNode], _ pathRels: [CypherRelationship], reversed: Bool,
    emit: (Bindings, Set<Int64>) throws -> Void
  ) throws {
    guard index < pattern.relationships.count else {
      var done = row
      if let p = pattern.variable {
        let path =
          reversed
          ? CypherPath(nodes: pathNodes.reversed(), relationships: pathRels.reversed())
          : CypherPath(nodes: pathNodes, relationships: pathRels)
        done[p] = .path(path)
      }
      return try emit(done, used)
    }
    let relPattern = pattern.relationships[index]
    let nodePattern = pattern.nodes[index + 1]
    if relPattern.isVariableLength {
      try variableLength(relPattern, from: current, row, used) { rels, end, nowUsed in
        guard try endMatches(end, nodePattern, row) else { return }
        var next = row
        bind(end, nodePattern, &next)
        let needed = relPattern.variable != nil || pattern.variable != nil
        let full = needed ? try rels.map { try reader.full($0) } : rels
        if let v = relPattern.variable {
          next[v] = .list((reversed ? full.reversed() : full).map(CypherValue.relationship))
        }
        var nodes = pathNodes
        if pattern.variable != nil {
          var at = current.id
          for rel in rels {
            at = rel.startID == at ? rel.endID : rel.startID
            nodes.append(try reader.node(at))
          }
        }
        try step(pattern, index + 1, end, next, nowUsed, nodes, pathRels + full, reversed: reversed, emit: emit)
      }
      return
    }
    let boundRel: CypherRelationship?
    if let v = relPattern.variable, let value = row[v] {
      guard case .relationship(let r) = value else { return }
      boundRel = r
    } else {
      boundRel = nil
    }
    for (rel, otherID) in try reader.expand(current.id, relPattern.direction, types: relPattern.types) {
      if used.contains(rel.id) { continue }
      if let boundRel, boundRel.id != rel.id { continue }
      guard try relationshipMatches(rel, relPattern, row) else { continue }
      let other = try reader.node(otherID)
      guard try endMatches(other, nodePattern, row) else { continue }
      var next = row
      bind(other, nodePattern, &next)
      let needed = relPattern.variable != nil || pattern.variable != nil
      let full = needed ? try reader.full(rel) : rel
      if let v = relPattern.variable { next[v] = .relationship(full) }
      var nowUsed = used
      nowUsed.insert(rel.id)
      try step(
        pattern, index + 1, other, next, nowUsed, pathNodes + [other], pathRels + [full], reversed: reversed, emit: emit
      )
    }
  }

  /// Every trail of `min...max` relationships from `start`, as (relationships, end node).
  private func variableLength(
    _ pattern: RelationshipPattern, from start: CypherNode, _ row: Bindings, _ used: Set<Int64>,
    emit: ([CypherRelationship], CypherNode, Set<Int64>) throws -> Void
  ) throws {
    let low = pattern.length?.min ?? 1
    let high = pattern.length?.max ?? maxDepth
    // A variable already bound to a list of relationships fixes the trail.
    var required: [Int64]?
    if let v = pattern.variable, let value = row[v] {
      guard case .list(let items) = value else { return }
      var ids: [Int64] = []
      for item in items {
        guard case .relationship(let r) = item else { return }
        ids.append(r.id)
      }
      required = ids
    }
    if reachability && required == nil && low <= 1 {
      try reachable(pattern, from: start, low: low, high: high, row) { end in try emit([], end, used) }
      return
    }
    func walk(_ node: Int64, _ rels: [CypherRelationship], _ seen: Set<Int64>) throws {
      if rels.count >= low, required == nil || required?.count == rels.count {
        try emit(rels, try reader.node(node), seen)
      }
      guard rels.count < high else { return }
      if let required, rels.count >= required.count { return }
      for (rel, otherID) in try reader.expand(node, pattern.direction, types: pattern.types) {
        if seen.contains(rel.id) { continue }
        if let required, required[rels.count] != rel.id { continue }
        guard try relationshipMatches(rel, pattern, row) else { continue }
        var nowSeen = seen
        nowSeen.insert(rel.id)
        try walk(otherID, rels + [rel], nowSeen)
      }
    }
    try walk(start.id, [], used)
  }
}
