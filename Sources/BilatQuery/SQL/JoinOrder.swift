/// The order in which a branch's tables are joined once the query has a bound node (a node
/// property compared for equality with a constant): start from the bound nodes, then keep
/// taking a table that the tables already joined reach, so that every step is an index lookup.
///
/// General rules, not query shapes:
/// - filters (a node row tested for its label and properties) are joined as soon as the node they
///   test is known, so rows are dropped before the next hop;
/// - a relationship is joined as soon as one of its end nodes is known (an index probe on
///   `(start_id, type, end_id)` or `(end_id, type, start_id)`, a point probe when both are),
///   first the one reached from the node known first, so that the start walks its own
///   relationships and a node bound after it is only probed;
/// - anything unreachable (a second, disconnected pattern) is joined in pattern order;
/// - node rows read only for the result come last.
enum JoinOrder {
  /// How a table joins the others.
  enum Role {
    /// Tests one node id (its row: label and properties): at most one row per lookup.
    case filter(on: String)
    /// A relationship between two node ids; `own` are the ids it provides itself.
    case link(ends: [String], own: [String])
    /// Produces an id of its own (a node scan).
    case source(own: String)
    /// A node row read only for the result: joined last, once the rows are final.
    case output(on: String)
  }

  /// The aliases of `tables` (in pattern order) in join order, starting with `start`.
  static func order(_ tables: [String], roles: [String: Role], start: [String]) -> [String] {
    var placed: [String] = []
    var known = Set<String>()
    // The ids in the order they became known.
    var knownOrder: [String] = []
    var rest = tables.filter { !start.contains($0) }
    // Result rows wait for everything else, in pattern order.
    let outputs = rest.filter { if case .output? = roles[$0] { return true } else { return false } }
    rest.removeAll { outputs.contains($0) }
    func learn(_ ids: [String]) {
      for id in ids where known.insert(id).inserted { knownOrder.append(id) }
    }
    func place(_ alias: String) {
      placed.append(alias)
      switch roles[alias] {
      case .filter(let on)?: learn([on])
      case .link(let ends, let own)?: learn(ends + own)
      case .source(let own)?: learn([own])
      case .output?, nil: break
      }
    }
    for alias in start { place(alias) }
    while !rest.isEmpty {
      // Filters on what is known, all of them, in pattern order.
      while let i = rest.firstIndex(where: { alias in
        if case .filter(let on)? = roles[alias] { return known.contains(on) }
        return false
      }) {
        place(rest.remove(at: i))
      }
      guard !rest.isEmpty else { break }
      // Then the relationship reached from the node known first (the start walks its own
      // relationships; a later bound node is probed), in pattern order among equals; else the
      // next table.
      func rank(_ alias: String) -> Int? {
        guard case .link(let ends, _)? = roles[alias] else { return nil }
        return ends.compactMap { knownOrder.firstIndex(of: $0) }.min()
      }
      let reached = rest.indices.compactMap { i in rank(rest[i]).map { (i, $0) } }
      let next = reached.min { $0.1 < $1.1 }?.0 ?? 0
      place(rest.remove(at: next))
    }
    for alias in outputs { place(alias) }
    return placed
  }
}
