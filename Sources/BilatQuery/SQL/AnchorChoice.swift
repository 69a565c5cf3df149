import BilatStore
import GRDB

/// Where a statement with bound nodes (node properties compared for equality with constants)
/// starts its join, chosen when it runs from how many rows each start would read.
///
/// Bound nodes: the join starts at the binding with the fewest nodes (among bindings of at most
/// ``boundLimit`` nodes, the one with the fewest relationships), and every other binding
/// that matches at most ``boundLimit`` nodes is joined right after it, so a relationship
/// between two bound nodes becomes a point probe (`(start_id, type, end_id)`) instead of a
/// walk over one end's relationships. The counts are index probes bounded by ``probeLimit``
/// rows.
///
/// Relationship ranges (a relationship's indexed hot column compared with constants): when the
/// relationships the first binding would walk outnumber those in the range by more than
/// ``walkFactor``, the join starts from the range instead (read in `(type, date)` order, each
/// end then a primary-key lookup): a date range between two countries' people, not a walk over
/// every relationship of one country's people. Both counts are covering-index probes, bounded.
struct AnchorChoice: Sendable {
  /// A candidate binding: the hot column (a fixed name from ``BilatStore/PropertyStorage``)
  /// and the argument index (0-based) of the value it is compared with.
  struct Probe: Sendable {
    var column: String
    var value: Int
  }

  /// A candidate relationship range, and for each ``Probe`` the column (`start_id`, `end_id`)
  /// at which that binding is an end of the relationship (nil: it is not an end).
  struct RangeProbe: Sendable {
    var range: SQLBranch.RangeBound
    var nodeSides: [String?]
    /// Set when the relationship is undirected and its range start reads it both ways by one
    /// row (``SQLCompiler/bothWaysBodies``): the walk it replaces goes both ways too.
    var bothWays = false
  }

  /// Most candidates considered (the others are plain filters); variants grow as n·2^(n-1).
  static let maxCandidates = 3
  /// A binding matching at most this many nodes is joined before the relationships.
  static let boundLimit = 4
  /// Counting stops here: beyond it a binding is only a filter.
  static let probeLimit = 1000
  /// Degrees are counted up to this many relationships per node and direction.
  static let degreeLimit = 50_000
  /// A walk of at most this many relationships is cheap whatever the range: no range probe.
  static let shortWalk = 2000
  /// A range of more relationships than this never starts the join.
  static let rangeLimit = 100_000
  /// The range starts the join when the walk reads more than this many times its rows (each
  /// range row costs its ends' lookups; a walked row costs its relationship's).
  static let walkFactor = 1.5

  var probes: [Probe]
  var ranges: [RangeProbe] = []
  /// The statement's SQL for each start: candidate indexes, the first one the outermost loop;
  /// `[probes.count + k]` starts from range `k`.
  var variants: [[Int]: String]
  /// Variants of bound-node starts in which other bound nodes are tested by membership
  /// (``membershipSQL(_:counts:_:_:rangeRows:)``).
  var membershipVariants: [MembershipKey: String] = [:]
  /// For each ``Probe``, the relationships at its node (the first hop of a walk from it).
  var hops: [[Hop]] = []

  /// The starts to compile: each candidate first, followed by any subset of the others.
  static func starts(_ count: Int) -> [[Int]] {
    var result: [[Int]] = []
    for first in 0..<count {
      let others = (0..<count).filter { $0 != first }
      for mask in 0..<(1 << others.count) {
        result.append([first] + others.indices.filter { mask & (1 << $0) != 0 }.map { others[$0] })
      }
    }
    return result
  }

  /// The SQL to run for these argument values.
  func chosenSQL(_ db: Database, _ arguments: [DatabaseValue]) throws -> String? {
    var counts: [Int] = []
    for probe in probes {
      guard probe.value < arguments.count else { return nil }
      // The column is a hot key's fixed name, never input.
      counts.append(try nodeCount(probe, limit: Self.probeLimit, db, arguments))
    }
    guard var first = counts.indices.min(by: { counts[$0] < counts[$1] }) else { return nil }
    let few = counts.indices.filter { counts[$0] <= Self.boundLimit }
    if few.count >= 2, few.contains(first) {
      // Several bindings of a few nodes are all joined first; the join walks the relationships
      // of the first of them and probes the others: the first is the one with the fewest.
      var degrees: [Int: Int] = [:]
      for i in few { degrees[i] = try degree(probes[i], db, arguments) }
      first = few.min { degrees[$0, default: 0] < degrees[$1, default: 0] } ?? first
    }
    for (k, candidate) in ranges.enumerated() {
      guard let inRange = try startsFromRange(candidate, binding: first, db, arguments) else { continue }
      let start = [probes.count + k]
      // Each row of the range reaches the ends' tests once, or once per direction when read both ways.
      let rows = inRange * (candidate.bothWays ? 2 : 1)
      return try membershipSQL(start, counts: counts, db, arguments, rangeRows: rows) ?? variants[start]
    }
    let start = [first] + counts.indices.filter { $0 != first && counts[$0] <= Self.boundLimit }
    if let probed = try membershipSQL(start, counts: counts, db, arguments) { return probed }
    return variants[start]
  }

  /// How many nodes a binding matches, counted up to `limit` (a covering-index range).
  func nodeCount(_ probe: Probe, limit: Int, _ db: Database, _ arguments: [DatabaseValue]) throws -> Int {
    // The column is a hot key's fixed name, never input.
    let statement = try db.boundStatement(
      "SELECT count(*) FROM (SELECT 1 FROM node WHERE \(probe.column) = ?1 LIMIT ?2)", [arguments[probe.value], limit])
    return try Int.fetchOne(statement) ?? 0
  }

  /// How many relationships the nodes of a binding have, counted up to ``degreeLimit`` per
  /// node and direction (covering-index counts).
  private func degree(_ probe: Probe, _ db: Database, _ arguments: [DatabaseValue]) throws -> Int {
    // The column is a hot key's fixed name, never input.
    let statement = try db.boundStatement(
      "SELECT coalesce(sum((SELECT count(*) FROM (SELECT 1 FROM relationship WHERE start_id = n.id LIMIT ?2))"
        + " + (SELECT count(*) FROM (SELECT 1 FROM relationship WHERE end_id = n.id LIMIT ?2))), 0)"
        + " FROM node n WHERE n.\(probe.column) = ?1",
      [arguments[probe.value], Self.degreeLimit])
    return try Int.fetchOne(statement) ?? 0
  }

  /// The relationships in the range when binding `binding`'s walk over the range's
  /// relationship reads more than ``walkFactor`` times as many (the range starts the join);
  /// nil otherwise.
  private func startsFromRange(
    _ candidate: RangeProbe, binding: Int, _ db: Database, _ arguments: [DatabaseValue]
  ) throws -> Int? {
    guard binding < candidate.nodeSides.count, let side = candidate.nodeSides[binding] else { return nil }
    let probe = probes[binding]
    let sides = candidate.bothWays ? ["start_id", "end_id"] : [side]
    func walk(_ limit: Int) throws -> Int {
      var walked = 0
      for side in sides where walked < limit {
        // Column names are fixed: a hot key, `start_id` or `end_id`.
        let statement = try db.boundStatement(
          "SELECT count(*) FROM (SELECT 1 FROM node n CROSS JOIN relationship r WHERE n.\(probe.column) = ?1"
            + " AND r.\(side) = n.id AND r.type_id = \(RelationshipTypeSQL.id("?2")) LIMIT ?3)",
          [arguments[probe.value], candidate.range.type.databaseValue, limit - walked])
        walked += try Int.fetchOne(statement) ?? 0
      }
      return walked
    }
    guard try walk(Self.shortWalk) >= Self.shortWalk, let inRange = try rangeCount(candidate.range, db, arguments),
      inRange < Self.rangeLimit
    else { return nil }
    let bound = Int(Double(inRange) * Self.walkFactor) + 1
    return try walk(bound) >= bound ? inRange : nil
  }

  /// How many relationships the range holds, up to ``rangeLimit``; nil when a limit's value
  /// is not a string (the column holds only strings: the query then matches nothing).
  private func rangeCount(_ range: SQLBranch.RangeBound, _ db: Database, _ arguments: [DatabaseValue]) throws
    -> Int?
  {
    var sql = "SELECT count(*) FROM (SELECT 1 FROM relationship WHERE type_id = \(RelationshipTypeSQL.id("?1"))"
    var values: [DatabaseValue] = [range.type.databaseValue]
    for (limit, op) in [(range.lower, ">"), (range.upper, "<")] {
      guard let limit else { continue }
      guard limit.argument < arguments.count, case .string = arguments[limit.argument].storage else { return nil }
      values.append(arguments[limit.argument])
      // The column is a hot key's fixed name, never input.
      sql += " AND \(range.column) \(op)\(limit.inclusive ? "=" : "") ?\(values.count)"
    }
    values.append(Self.rangeLimit.databaseValue)
    sql += " LIMIT ?\(values.count))"
    return try Int.fetchOne(db.boundStatement(sql, SQLArguments(values)))
  }
}
