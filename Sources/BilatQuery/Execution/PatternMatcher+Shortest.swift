extension PatternMatcher {
  /// `shortestPath((a)-[:T*min..max]-(b))`: for each pair of end candidates, a bidirectional
  /// breadth-first search expanding the smaller frontier first, with a visited set per side.
  func shortest(_ pattern: PathPattern, _ row: Bindings, emit: Emit) throws {
    guard pattern.shortest == .shortest else {
      throw CypherError(
        .unsupported, code: "UnsupportedPattern", "allShortestPaths is not supported; use shortestPath",
        range: pattern.range)
    }
    let rel = pattern.relationships[0]
    let low = rel.length?.min ?? 1
    let high = rel.length?.max ?? (rel.isVariableLength ? maxDepth : 1)
    let sources = try candidates(pattern.nodes[0], row)
    guard !sources.isEmpty else { return }
    let targets = try candidates(pattern.nodes[1], row)
    for source in sources {
      for target in targets {
        guard let shallow = try search(from: source.id, to: target.id, rel, low: low, high: high, row) else { continue }
        let rels = try shallow.map { try reader.full($0) }
        var next = row
        if let v = pattern.nodes[0].variable { next[v] = .node(source) }
        if let v = pattern.nodes[1].variable { next[v] = .node(target) }
        if let v = rel.variable {
          next[v] = rel.isVariableLength ? .list(rels.map(CypherValue.relationship)) : .relationship(rels[0])
        }
        if let p = pattern.variable {
          var nodes = [source]
          var at = source.id
          for r in rels {
            at = r.startID == at ? r.endID : r.startID
            nodes.append(try reader.node(at))
          }
          next[p] = .path(CypherPath(nodes: nodes, relationships: rels))
        }
        try emit(next)
      }
    }
  }

  /// The relationships of one shortest path from `source` to `target`, or nil.
  private func search(
    from source: Int64, to target: Int64, _ pattern: RelationshipPattern, low: Int, high: Int, _ row: Bindings
  ) throws -> [CypherRelationship]? {
    if source == target { return low == 0 ? [] : nil }
    let forward = pattern.direction
    let backward: Direction = forward == .outgoing ? .incoming : (forward == .incoming ? .outgoing : .both)
    // parent[node] = (relationship used to reach it, previous node)
    var fromSource: [Int64: (CypherRelationship, Int64)?] = [source: nil]
    var fromTarget: [Int64: (CypherRelationship, Int64)?] = [target: nil]
    var sourceFrontier = [source]
    var targetFrontier = [target]
    var sourceDepth = 0
    var targetDepth = 0
    while !sourceFrontier.isEmpty && !targetFrontier.isEmpty && sourceDepth + targetDepth < high {
      let expandSource = sourceFrontier.count <= targetFrontier.count
      var nextFrontier: [Int64] = []
      var meeting: Int64?
      let frontier = expandSource ? sourceFrontier : targetFrontier
      let edges = try reader.expand(frontier: frontier, expandSource ? forward : backward, types: pattern.types)
      for (node, rel, other) in edges {
        guard try relationshipMatchesForShortest(rel, pattern, row) else { continue }
        if expandSource {
          if fromSource[other] != nil { continue }
          fromSource[other] = .some((rel, node))
        } else {
          if fromTarget[other] != nil { continue }
          fromTarget[other] = .some((rel, node))
        }
        nextFrontier.append(other)
        if (expandSource ? fromTarget[other] : fromSource[other]) != nil {
          meeting = other
          break
        }
      }
      if expandSource {
        sourceDepth += 1
        sourceFrontier = nextFrontier
      } else {
        targetDepth += 1
        targetFrontier = nextFrontier
      }
      if let meeting {
        var left: [CypherRelationship] = []
        var at = meeting
        while let step = fromSource[at], let (rel, previous) = step {
          left.append(rel)
          at = previous
        }
        var right: [CypherRelationship] = []
        at = meeting
        while let step = fromTarget[at], let (rel, previous) = step {
          right.append(rel)
          at = previous
        }
        let path = left.reversed() + right
        return path.count >= low ? Array(path) : nil
      }
    }
    return nil
  }

  private func relationshipMatchesForShortest(
    _ rel: CypherRelationship, _ pattern: RelationshipPattern, _ row: Bindings
  ) throws -> Bool {
    guard let properties = pattern.properties else { return true }
    let rel = try reader.full(rel)
    guard case .map(let wanted) = try evaluator.evaluate(properties, row) else { return false }
    for (key, value) in wanted where CypherValue.equals(rel.properties[key] ?? .null, value) != true { return false }
    return true
  }
}
