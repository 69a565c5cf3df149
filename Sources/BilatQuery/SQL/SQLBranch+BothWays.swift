extension SQLBranch {
  /// The id expressions of the two ends of undirected relationship `r` matched in both
  /// directions by one row: a two-row table (`o` 0 and 1) joined right after `r` turns each
  /// relationship row into both of its matches, the second only when it is not a self-loop
  /// (which matches once, as in the UNION ALL of both directions).
  ///
  /// A relationship read from a date range then costs one index range and one row read
  /// instead of two of each (e02: 28,000 MET_WITH rows in one year, about 80 → 60 ms in the
  /// sqlite3 shell). The ends are not indexable expressions, so the join must start at `r`
  /// (``SQLCompiler`` uses it only for a branch started from `r`'s range).
  mutating func orientation(_ r: String) -> (near: String, far: String) {
    let o = "\(r)o"
    tables.append("(SELECT 0 AS o UNION ALL SELECT 1) \(o)")
    // Joined as soon as `r` is: every end read afterwards depends on it.
    roles[o] = .filter(on: "\(r).id")
    conditions.append("(\(o).o = 0 OR \(r).start_id <> \(r).end_id)")
    return ("iif(\(o).o, \(r).end_id, \(r).start_id)", "iif(\(o).o, \(r).start_id, \(r).end_id)")
  }
}
