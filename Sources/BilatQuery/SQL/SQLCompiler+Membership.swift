extension SQLCompiler {
  /// Adds to `choice` the variants in which bound nodes that do not start the join are tested
  /// by membership (``SQLBranch/membershipProbes(_:)``), for each start in `starts` (bound
  /// nodes, or a relationship range whose body is not read both ways: those bodies come from
  /// ``bothWaysBodies(_:undirected:arguments:compile:)``) and each non-empty subset of the other
  /// bindings that every branch can so test, and the first hop of each binding (what its walk
  /// reads), from which ``AnchorChoice`` decides per run
  /// (``AnchorChoice/membershipSQL(_:counts:_:_:rangeRows:)``).
  static func addMembership(
    _ choice: inout AnchorChoice, _ branches: [(branch: SQLBranch, head: String)], _ sql: String, starts: [[Int]]
  ) {
    guard let first = branches.first?.branch else { return }
    let count = choice.probes.count
    let probeable = branches.map { $0.branch.membershipCandidates(head: $0.head) }
    let candidates = (0..<count).filter { j in
      zip(branches, probeable).allSatisfy { b, rows in
        j < b.branch.boundProperties.count && rows.contains(b.branch.boundProperties[j])
      }
    }
    guard !candidates.isEmpty else { return }
    for start in starts {
      let others = candidates.filter { !start.contains($0) }
      for mask in 0..<(1 << others.count) where mask != 0 {
        let probed = others.indices.filter { mask & (1 << $0) != 0 }.map { others[$0] }
        var text = sql
        for (branch, _) in branches {
          text = text.replacingOccurrences(
            of: joins(branch, start: [0]), with: joins(branch, start: start, probed: probed))
        }
        choice.membershipVariants[AnchorChoice.MembershipKey(start: start, probed: probed)] = text
      }
    }
    choice.hops = first.boundProperties.prefix(count).map { row in
      guard let id = first.nodeRows.first(where: { $0.value == row })?.key else { return [] }
      return first.relationshipAliases.compactMap { r, types in
        first.relationshipEnds[r]?.first { $0.id == id }.map { end in
          AnchorChoice.Hop(
            column: end.column, bothWays: first.undirectedAliases.contains(r), typed: !types.isEmpty)
        }
      }
    }
  }
}
