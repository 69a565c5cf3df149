import BilatStore

extension SQLBranch {
  /// The node rows that can be tested by membership instead of joined: rows whose only uses are
  /// the join on their id, hot-column equalities with constants (at least one) and label tests,
  /// none of them mentioned in `head` (the branch's SELECT list). Such a row is read only to
  /// compare a few indexed columns, so `+id IN (SELECT id FROM node WHERE …)` can stand for it:
  /// SQLite builds the set once from the hot column's index (`node_by_name`, `node_by_country`,
  /// which also hold `label_id`) and probes it per row, instead of a primary-key lookup into
  /// `node` per row (``membershipProbes(_:)``).
  func membershipCandidates(head: String) -> Set<String> {
    var result: Set<String> = []
    for (id, n) in nodeRows {
      let equalities = (setEqualities[n] ?? []).filter(conditions.contains)
      guard case .filter(let on)? = roles[n], on == id, !equalities.isEmpty, !Self.mentions(head, alias: n) else {
        continue
      }
      let join = Self.joinCondition(n, id)
      let allowed = Set([join] + equalities + (setTests[n] ?? []))
      guard conditions.contains(join),
        conditions.allSatisfy({ allowed.contains($0) || !Self.mentions($0, alias: n) })
      else { continue }
      result.insert(n)
    }
    return result
  }

  /// The branch's tables and conditions with each node row of `probed` (from
  /// ``membershipCandidates(head:)``) replaced by a membership test of its id, where its join
  /// was: `+id IN (SELECT n.id FROM node n WHERE <its equalities> AND <its label tests>)`. The
  /// set names no outer table, so SQLite builds it once per statement, when a row first reaches
  /// the test; the unary `+` keeps the IN from becoming an index constraint, which made SQLite
  /// 3.40 run the set as the join's outer loop (docs/storage-v2.md, session 14).
  func membershipProbes(_ probed: Set<String>) -> (tables: [String], conditions: [String]) {
    var tables = tables
    var conditions = conditions
    for (id, n) in nodeRows where probed.contains(n) {
      let equalities = (setEqualities[n] ?? []).filter(conditions.contains)
      let moved = Set(equalities + (setTests[n] ?? []))
      let tests = conditions.filter { moved.contains($0) && !equalities.contains($0) }
      let set = "SELECT \(n).id FROM node \(n) WHERE " + (equalities + tests).joined(separator: " AND ")
      let join = Self.joinCondition(n, id)
      conditions = conditions.compactMap { c in
        c == join ? "+\(id) IN (\(set))" : moved.contains(c) ? nil : c
      }
      tables.removeAll { $0 == "node \(n)" }
    }
    return (tables, conditions)
  }

  /// The condition ``nodeRow(_:)`` joins row `n` with.
  private static func joinCondition(_ n: String, _ id: String) -> String { "\(n).id = \(id)" }

  /// True when `text` reads a column of alias `alias` (`n3.` not preceded by an identifier
  /// character, so `n13.` and `s1_n3.` do not count).
  static func mentions(_ text: String, alias: String) -> Bool {
    var rest = text[...]
    let needle = alias + "."
    while let range = rest.range(of: needle) {
      let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      if before.map({ !($0.isLetter || $0.isNumber || $0 == "_") }) ?? true { return true }
      rest = rest[range.upperBound...]
    }
    return false
  }
}
