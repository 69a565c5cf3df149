extension PatternMatcher {
  /// The end nodes of all trails of `low...high` relationships (`low` ≤ 1) from `start`, each
  /// once: a breadth-first search with a visited set. The start node itself is an end node
  /// when `low` is 0 or a closed trail of at most `high` relationships passes through it.
  func reachable(
    _ pattern: RelationshipPattern, from start: CypherNode, low: Int, high: Int, _ row: Bindings,
    emit: (CypherNode) throws -> Void
  ) throws {
    if low == 0 { try emit(start) }
    var seen: Set<Int64> = [start.id]
    var frontier = [start.id]
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
      try reader.preload(next)
      for other in next { try emit(try reader.node(other)) }
      frontier = next
    }
    if low >= 1, try closedTrail(pattern, through: start.id, within: high, row) { try emit(start) }
  }

  /// Whether some closed trail of at most `limit` relationships starts and ends at `start`:
  /// a first relationship to `u`, then a shortest path back from `u` that avoids it.
  private func closedTrail(_ pattern: RelationshipPattern, through start: Int64, within limit: Int, _ row: Bindings)
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
