extension SQLCompiler {
  /// For each relationship range of the branches (``SQLBranch/rangeBounds``, in `first`'s
  /// order) whose relationship is undirected: the UNION ALL body that reads that relationship
  /// both ways by one row (``SQLBranch/orientation(_:)``), each of its branches started from
  /// the range. It has half the branches of the body it replaces when the range starts the
  /// join, so each range is read once instead of once per direction.
  ///
  /// `compile(mask, bothWays, arguments)` compiles one branch as the general builder does.
  /// Every branch binds the same values in the same order, so the merged branches use a
  /// prefix of the statement's argument numbering (checked here; the runner binds that prefix).
  static func bothWaysBodies(
    _ first: SQLBranch?, undirected: Int, arguments: [SQLPlan.Argument],
    compile: (Int, Int?, [SQLPlan.Argument]) throws -> (branch: SQLBranch, head: String)
  ) throws -> [Int: String] {
    guard let first, undirected > 0, !first.boundProperties.isEmpty else { return [:] }
    var bodies: [Int: String] = [:]
    ranges: for (k, range) in first.rangeBounds.enumerated() {
      guard let j = first.undirectedAliases.firstIndex(of: range.row) else { continue }
      var merged: [String] = []
      var bound: [SQLPlan.Argument] = []
      for mask in 0..<(1 << undirected) where mask & (1 << j) == 0 {
        let (branch, head) = try compile(mask, j, bound)
        bound = branch.arguments
        guard branch.rangeBounds.contains(where: { $0.row == range.row }) else { continue ranges }
        merged.append(head + "\n  " + branch.orderedFromAndWhere(start: [range.row]))
      }
      guard "\(bound)" == "\(Array(arguments.prefix(bound.count)))" else { continue }
      bodies[k] = merged.joined(separator: "\nUNION ALL\n")
    }
    return bodies
  }
}
