import GRDB

/// Where a statement with several bound nodes (node properties compared for equality with
/// constants) starts its join, chosen when it runs from how many nodes each binding matches:
/// the join starts at the binding with the fewest nodes, and every other binding that matches
/// at most ``boundLimit`` nodes is joined right after it, so a relationship between two bound
/// nodes becomes a point probe (`(start_id, type, end_id)`) instead of a walk over one end's
/// relationships. The counts are index probes bounded by ``probeLimit`` rows.
struct AnchorChoice: Sendable {
  /// A candidate binding: the hot column (a fixed name from ``BilatStore/PropertyStorage``)
  /// and the argument index (0-based) of the value it is compared with.
  struct Probe: Sendable {
    var column: String
    var value: Int
  }

  /// Most candidates considered (the others are plain filters); variants grow as n·2^(n-1).
  static let maxCandidates = 3
  /// A binding matching at most this many nodes is joined before the relationships.
  static let boundLimit = 4
  /// Counting stops here: beyond it a binding is only a filter.
  static let probeLimit = 1000

  var probes: [Probe]
  /// The statement's SQL for each start: candidate indexes, the first one the outermost loop.
  var variants: [[Int]: String]

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
      let statement = try db.boundStatement(
        "SELECT count(*) FROM (SELECT 1 FROM node WHERE \(probe.column) = ?1 LIMIT ?2)",
        [arguments[probe.value], Self.probeLimit])
      counts.append(try Int.fetchOne(statement) ?? 0)
    }
    guard let first = counts.indices.min(by: { counts[$0] < counts[$1] }) else { return nil }
    let start = [first] + counts.indices.filter { $0 != first && counts[$0] <= Self.boundLimit }
    return variants[start]
  }
}
