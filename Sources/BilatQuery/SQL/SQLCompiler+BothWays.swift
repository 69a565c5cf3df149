extension SQLCompiler {
  /// For each relationship range of the branches (``SQLBranch/rangeBounds``, in `first`'s
  /// order) whose relationship is undirected: the UNION ALL body that reads that relationship
  /// both ways by one row (``SQLBranch/orientation(_:)``), each of its branches started from
  /// the range. It has half the branches of the body it replaces when the range starts the
  /// join, so each range is read once instead of once per direction. Keyed by the bound nodes
  /// (numbered as in ``SQLBranch/boundProperties``) the body tests by membership
  /// (``SQLBranch/membershipProbes(_:)``): `[]` joins them all, and each non-empty subset of
  /// those every merged branch can so test has a body of its own.
  ///
  /// `compile(mask, bothWays, arguments)` compiles one branch as the general builder does.
  /// Every branch binds the same values in the same order, so the merged branches use a
  /// prefix of the statement's argument numbering (checked here; the runner binds that prefix).
  static func bothWaysBodies(
    _ first: SQLBranch?, undirected: Int, arguments: [SQLPlan.Argument],
    compile: (Int, Int?, [SQLPlan.Argument]) throws -> (branch: SQLBranch, head: String)
  ) throws -> [Int: [[Int]: String]] {
    guard let first, undirected > 0, !first.boundProperties.isEmpty else { return [:] }
    var bodies: [Int: [[Int]: String]] = [:]
    ranges: for (k, range) in first.rangeBounds.enumerated() {
      guard let j = first.undirectedAliases.firstIndex(of: range.row) else { continue }
      var merged: [(branch: SQLBranch, head: String)] = []
      var bound: [SQLPlan.Argument] = []
      for mask in 0..<(1 << undirected) where mask & (1 << j) == 0 {
        let (branch, head) = try compile(mask, j, bound)
        bound = branch.arguments
        guard branch.rangeBounds.contains(where: { $0.row == range.row }) else { continue ranges }
        merged.append((branch, head))
      }
      guard "\(bound)" == "\(Array(arguments.prefix(bound.count)))" else { continue }
      let count = min(AnchorChoice.maxCandidates, merged.map(\.branch.boundProperties.count).min() ?? 0)
      let probeable = merged.map { $0.branch.membershipCandidates(head: $0.head) }
      let candidates = (0..<count).filter { b in
        zip(merged, probeable).allSatisfy { $1.contains($0.branch.boundProperties[b]) }
      }
      for mask in 0..<(1 << candidates.count) {
        let probed = candidates.indices.filter { mask & (1 << $0) != 0 }.map { candidates[$0] }
        bodies[k, default: [:]][probed] = merged.map { branch, head in
          let rows = Set(probed.map { branch.boundProperties[$0] })
          return head + "\n  " + branch.orderedFromAndWhere(start: [range.row], probed: rows)
        }.joined(separator: "\nUNION ALL\n")
      }
    }
    return bodies
  }
}
