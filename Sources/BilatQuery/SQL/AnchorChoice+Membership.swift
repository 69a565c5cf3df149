import GRDB

extension AnchorChoice {
  /// A bound-node start (as the keys of ``variants``) and the bindings whose node is tested by
  /// membership in that variant (``SQLBranch/membershipProbes(_:)``).
  struct MembershipKey: Hashable, Sendable {
    var start: [Int]
    var probed: [Int]
  }

  /// A relationship at a bound node: the column the node is at (`start_id`, `end_id`), whether
  /// the relationship is undirected (its UNION branches walk both columns) and typed.
  struct Hop: Sendable {
    var column: String
    var bothWays: Bool
    var typed: Bool
  }

  /// A set larger than this is never built: its matches are joined by primary key instead.
  static let membershipLimit = 65_536
  /// The walk must reach the test this many times per member of the set. A member costs about
  /// one covering-index entry read and one insertion into the set (1.3 ms for 10,748 people of
  /// 17,537 nodes of one country); a walked row saves a primary-key lookup into `node` for a
  /// probe of the set (15 ms for 114,534 rows): the break-even is near 0.9, so 2 leaves room for
  /// the estimate of the walk.
  static let setFactor = 2.0

  /// The variant of `start` in which each binding that does not start the join and matches few
  /// nodes next to the rows that reach its test is tested by membership; nil when none is, or
  /// when the statistics that estimate those rows are missing. Per binding, the set's nodes are
  /// counted (up to ``membershipLimit``, reusing the count ``chosenSQL(_:_:)`` took when it is
  /// exact). The rows reaching the test are `rangeRows` when a relationship range starts the
  /// join, else the start's nodes (counted up to what the test needs) times the average
  /// relationships per node and type of the index the first hop reads (`sqlite_stat1`; the
  /// smallest over the relationships at the start node). A selective start walks few rows, so
  /// it never builds a large set.
  func membershipSQL(
    _ start: [Int], counts: [Int], _ db: Database, _ arguments: [DatabaseValue], rangeRows: Int? = nil
  ) throws -> String? {
    guard !membershipVariants.isEmpty, let first = start.first else { return nil }
    let degree: Double
    if rangeRows != nil {
      degree = 1
    } else {
      guard first < hops.count, let average = try averageDegree(hops[first], db), average > 0 else { return nil }
      degree = average
    }
    var probed: [Int] = []
    for j in probes.indices where !start.contains(j) {
      guard membershipVariants[MembershipKey(start: start, probed: [j])] != nil else { continue }
      let set =
        counts[j] < Self.probeLimit ? counts[j] : try nodeCount(probes[j], limit: Self.membershipLimit, db, arguments)
      guard set < Self.membershipLimit else { continue }
      let rows: Double
      if let rangeRows {
        rows = Double(rangeRows)
      } else {
        let needed = Int((Double(set) * Self.setFactor / degree).rounded(.up))
        let startNodes =
          counts[first] < Self.probeLimit || counts[first] >= needed
          ? counts[first] : try nodeCount(probes[first], limit: needed, db, arguments)
        rows = Double(startNodes) * degree
      }
      if rows >= Double(set) * Self.setFactor { probed.append(j) }
    }
    guard !probed.isEmpty else { return nil }
    return membershipVariants[MembershipKey(start: start, probed: probed)]
  }

  /// Relationships per node and type (per node for an untyped hop) that a walk over `hops`
  /// reads in each UNION branch, from `sqlite_stat1`'s averages for the endpoint indexes; the
  /// smallest over the hops. nil without statistics.
  private func averageDegree(_ hops: [Hop], _ db: Database) throws -> Double? {
    let analyzed = try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = ?)"),
      arguments: ["sqlite_stat1"])
    guard analyzed == true else { return nil }
    var result: Double?
    for hop in hops {
      func average(_ index: String) throws -> Double? {
        let stat = try String.fetchOne(
          db.cachedStatement(sql: "SELECT stat FROM sqlite_stat1 WHERE tbl = ? AND idx = ?"),
          arguments: ["relationship", index])
        let fields = stat?.split(separator: " ").compactMap { Double($0) } ?? []
        let column = hop.typed ? 2 : 1
        return column < fields.count ? fields[column] : nil
      }
      let degree: Double
      if hop.bothWays {
        guard let out = try average("relationship_out"), let into = try average("relationship_in") else { return nil }
        degree = (out + into) / 2
      } else {
        guard let one = try average(hop.column == "start_id" ? "relationship_out" : "relationship_in") else {
          return nil
        }
        degree = one
      }
      result = min(result ?? degree, degree)
    }
    return result
  }
}
