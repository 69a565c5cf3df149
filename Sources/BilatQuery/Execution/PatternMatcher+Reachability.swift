extension PatternMatcher {
  /// The end nodes of all trails of `low...high` relationships (`low` ≤ 1) from `start`, each
  /// once: a breadth-first search with a visited set. The start node itself is an end node
  /// when `low` is 0 or a closed trail of at most `high` relationships passes through it.
  func reachable(
    _ pattern: RelationshipPattern, from start: CypherNode, low: Int, high: Int, _ row: Bindings,
    emit: (CypherNode) throws -> Void
  ) throws {
    if low == 0 { try emit(start) }
    try levels(pattern, from: start.id, within: high, row) { level in
      try reader.preload(level)
      for other in level { try emit(try reader.node(other)) }
    }
    if low >= 1, try closedTrail(pattern, through: start.id, within: high, row) { try emit(start) }
  }

  /// The nodes within `1...high` relationships of `start`, other than `start`, level by level,
  /// each once: a breadth-first search with a visited set.
  func levels(
    _ pattern: RelationshipPattern, from start: Int64, within high: Int, _ row: Bindings,
    level: ([Int64]) throws -> Void
  ) throws {
    var seen: Set<Int64> = [start]
    var frontier = [start]
    var depth = 0
    while depth < high && !frontier.isEmpty {
      depth += 1
      var next: [Int64] = []
      if pattern.properties == nil {
        for other in try reader.neighbors(frontier: frontier, pattern.direction, types: pattern.types)
        where seen.insert(other).inserted {
          next.append(other)
        }
      } else {
        for (_, rel, other) in try reader.expand(frontier: frontier, pattern.direction, types: pattern.types) {
          guard !seen.contains(other), try relationshipAllowed(rel, pattern, row) else { continue }
          seen.insert(other)
          next.append(other)
        }
      }
      try level(next)
      // In id order, each level walks the covering indexes front to back: every page is
      // read once instead of once per hit (page misses were a third of q06's time).
      frontier = next.sorted()
    }
  }

  /// Whether some closed trail of at most `limit` relationships starts and ends at `start`:
  /// a first relationship to `u`, then a shortest path back from `u` that avoids it.
  func closedTrail(_ pattern: RelationshipPattern, through start: Int64, within limit: Int, _ row: Bindings)
    throws -> Bool
  {
    for (first, u) in try reader.expand(start, pattern.direction, types: pattern.types) {
      guard try relationshipAllowed(first, pattern, row) else { continue }
      if u == start { return true }
      var seen: Set<Int64> = [u]
      var frontier = [u]
      var depth = 1
      while depth < limit && !frontier.isEmpty {
        depth += 1
        var next: [Int64] = []
        for node in frontier {
          for (rel, other) in try reader.expand(node, pattern.direction, types: pattern.types) where rel.id != first.id
          {
            guard try relationshipAllowed(rel, pattern, row) else { continue }
            if other == start { return true }
            if seen.insert(other).inserted { next.append(other) }
          }
        }
        frontier = next
      }
    }
    return false
  }

  private func relationshipAllowed(_ rel: CypherRelationship, _ pattern: RelationshipPattern, _ row: Bindings) throws
    -> Bool
  {
    guard let properties = pattern.properties else { return true }
    let rel = try reader.full(rel)
    guard case .map(let wanted) = try evaluator.evaluate(properties, row) else { return false }
    for (key, value) in wanted where CypherValue.equals(rel.properties[key] ?? .null, value) != true { return false }
    return true
  }
}
