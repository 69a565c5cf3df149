import GRDB

extension SQLPlan {
  /// ORDER BY a count with LIMIT (``SQLCompiler/topRows(_:_:_:_:skip:limit:presort:)``): the
  /// statement keeps the first rows by count, a few more than SKIP + LIMIT; when ties with the
  /// last row needed may have been cut off, the runner runs the full form, which keeps every
  /// row whose count reaches it.
  ///
  /// Both forms wrap the same inner statement, so the full form of whichever variant a run
  /// chose (``SQLPlan/chosenSQL(_:_:)`` swaps parts of the inner text) is that text with the
  /// cut's head and tail swapped for the full ones.
  struct TopCut: Sendable {
    /// Rows kept: `factor × (skip + limit) + slack`.
    static let factor = 2
    static let slack = 64

    var cheapHead: String
    var cheapTail: String
    var fullHead: String
    var fullTail: String
    /// The result column (in ``SQLPlan/columns``) holding the count ordered by.
    var countColumn: Int
    /// Indexes in ``SQLPlan/arguments`` of LIMIT and SKIP.
    var limitArgument: Int
    var skipArgument: Int?

    /// Rows the cheap form may return, for these argument values (nil: not integers).
    func kept(_ values: [DatabaseValue]) -> (needed: Int64, kept: Int64)? {
      guard let limit = Int64.fromDatabaseValue(values[limitArgument]) else { return nil }
      let skip = skipArgument.flatMap { Int64.fromDatabaseValue(values[$0]) } ?? 0
      let needed = limit.addingReportingOverflow(skip)
      guard !needed.overflow else { return nil }
      let kept = needed.partialValue.multipliedReportingOverflow(by: Int64(Self.factor))
      guard !kept.overflow, !kept.partialValue.addingReportingOverflow(Int64(Self.slack)).overflow else { return nil }
      return (needed.partialValue, kept.partialValue + Int64(Self.slack))
    }

    /// True when the cheap form's `counts` (in its order, count first) may have left out rows
    /// tied with the `needed`-th: it returned all it could keep and its last row ties with it.
    static func mayHaveCut(_ counts: [Int64], needed: Int64, kept: Int64) -> Bool {
      guard needed > 0, Int64(counts.count) >= kept, let last = counts.last else { return false }
      return counts[Int(needed) - 1] == last
    }

    /// The full form of `chosen` (a variant of the cheap statement); nil when it is not one.
    func fullSQL(_ chosen: String) -> String? {
      guard chosen.hasPrefix(cheapHead), chosen.hasSuffix(cheapTail),
        chosen.count >= cheapHead.count + cheapTail.count
      else { return nil }
      return fullHead + chosen.dropFirst(cheapHead.count).dropLast(cheapTail.count) + fullTail
    }
  }
}
