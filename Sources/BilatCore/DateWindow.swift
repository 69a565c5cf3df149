/// The date window of `--since` / `--until` (`bilat who-met`, `bilat export`) and of the web
/// API's `since` / `until`, with the temporal rule of Cypher queries: a stored date, full or
/// partial (`2023-11-27`, `2023-11`, `2023`, or with a time after a `T`), stands for its first
/// day, as `date(m.date)` makes it; a bound given to a month or a year covers it whole.
/// `--since 2023-11` keeps `2023-11-01` and a stored `2023-11`; `--until 2023` keeps
/// `2023-12-31` but not a stored `2024`.
///
/// The rule is applied by comparing the stored text with two strings, ``lowerBound`` (inclusive)
/// and ``upperBound`` (exclusive), so that SQL reads a date range from the `(type, date)` index:
/// each bound is a day with its trailing `-01` parts left out (the day after `--until`, for the
/// upper one). A stored `2023` is below `2023-01-01` as text but is that day; against the
/// shortened bound `2023` it compares as its day does. Text that does not start with a digit
/// is in no window.
public struct DateWindow: Sendable, Equatable {
  /// The earliest date as given (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or nil.
  public let since: String?
  /// The latest date as given, covering its whole month or year, or nil.
  public let until: String?
  /// Stored date text greater than or equal to this is on or after ``since``.
  public let lowerBound: String
  /// Stored date text less than this is on or before ``until``.
  public let upperBound: String

  /// Below every date text: the digit zero.
  static let noLowerBound = "0"
  /// Above every date text starting with a digit: `:` follows `9` in ASCII.
  static let noUpperBound = ":"

  /// A window from `since` to `until` (either may be nil: open on that side). Each must be a
  /// real date of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and `since` not after `until`.
  public init(since: String? = nil, until: String? = nil) throws(DateWindowError) {
    let from = try since.map { text throws(DateWindowError) in try Self.parse(text, option: "since") }
    let to = try until.map { text throws(DateWindowError) in try Self.parse(text, option: "until") }
    if let from, let to, from.first > to.last {
      throw DateWindowError(option: "since", text: since ?? "", reason: "is after the until date '\(until ?? "")'")
    }
    self.since = since
    self.until = until
    lowerBound = from.map { Self.shortened($0.first) } ?? Self.noLowerBound
    upperBound =
      to.flatMap { $0.last.year == 9999 && $0.last.month == 12 && $0.last.day == 31 ? nil : $0.last }
      .map { Self.shortened(Self.dayAfter($0)) } ?? Self.noUpperBound
  }

  /// True when neither bound is set: every relationship, with a date or without, is kept.
  public var isEmpty: Bool { since == nil && until == nil }

  /// Whether a stored date text lies in the window (the comparison SQL makes with the bounds).
  public func contains(_ storedDate: String) -> Bool { storedDate >= lowerBound && storedDate < upperBound }

  /// Checks one date as `--since` or `--until` takes it.
  public static func validate(_ text: String, option: String) throws(DateWindowError) {
    _ = try parse(text, option: option)
  }

  struct Day: Comparable {
    var year: Int, month: Int, day: Int
    static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
  }

  /// The first and last day a date given to a year, month or day covers.
  static func parse(_ text: String, option: String) throws(DateWindowError) -> (first: Day, last: Day) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let widths = [4, 2, 2]
    guard (1...3).contains(parts.count),
      zip(parts, widths).allSatisfy({ part, width in
        part.count == width && part.allSatisfy { $0.isASCII && $0.isNumber }
      }),
      let year = Int(parts[0])
    else {
      throw DateWindowError(option: option, text: text, reason: "is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    }
    let month = parts.count > 1 ? Int(parts[1]) ?? 0 : nil
    let day = parts.count > 2 ? Int(parts[2]) ?? 0 : nil
    if let month, !(1...12).contains(month) {
      throw DateWindowError(option: option, text: text, reason: "has no month \(parts[1]); months are 01 to 12")
    }
    let monthLength = month.map { Int(CivilCalendar.daysInMonth(Int64(year), Int64($0))) } ?? 31
    if let day, !(1...monthLength).contains(day) {
      throw DateWindowError(
        option: option, text: text, reason: "has no day \(parts[2]); that month has \(monthLength) days")
    }
    let first = Day(year: year, month: month ?? 1, day: day ?? 1)
    let lastMonth = month ?? 12
    let last = Day(
      year: year, month: lastMonth,
      day: day ?? Int(CivilCalendar.daysInMonth(Int64(year), Int64(lastMonth))))
    return (first, last)
  }

  static func dayAfter(_ d: Day) -> Day {
    let epochDay = CivilCalendar.epochDay(Int64(d.year), Int64(d.month), Int64(d.day)) + 1
    let civil = CivilCalendar.civil(epochDay)
    return Day(year: Int(civil.year), month: Int(civil.month), day: Int(civil.day))
  }

  /// The day as ISO text without trailing `-01` parts: 2023-11-01 is `2023-11`, 2023-01-01 `2023`.
  static func shortened(_ d: Day) -> String {
    func pad(_ n: Int, _ width: Int) -> String {
      String(repeating: "0", count: max(0, width - String(n).count)) + String(n)
    }
    if d.day != 1 { return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))" }
    if d.month != 1 { return "\(pad(d.year, 4))-\(pad(d.month, 2))" }
    return pad(d.year, 4)
  }
}

/// A `since` or `until` date that cannot bound a window.
public struct DateWindowError: Error, Equatable, CustomStringConvertible {
  /// `since` or `until`.
  public var option: String
  /// The date as given.
  public var text: String
  /// Why it is refused.
  public var reason: String
  /// For example `since: '2023-13' has no month 13; months are 01 to 12`.
  public var description: String { "\(option): '\(text)' \(reason)" }
}
