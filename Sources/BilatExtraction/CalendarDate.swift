import BilatCore

/// A day in the proleptic Gregorian calendar, without time zone: what news dates need.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// A date if the components form a valid day.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year),
      (1900...2200).contains(year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` (a longer ISO timestamp is accepted and truncated).
  public init?(iso: String) {
    let parts = iso.prefix(10).split(separator: "-")
    guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    func pad(_ n: Int, _ w: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public var description: String { iso }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01.
  public var dayNumber: Int { Int(CivilCalendar.epochDay(Int64(year), Int64(month), Int64(day))) }

  /// The date `dayNumber` days after 1970-01-01.
  public init(dayNumber: Int) {
    let (y, m, d) = CivilCalendar.civil(Int64(dayNumber))
    (year, month, day) = (Int(y), Int(m), Int(d))
  }

  /// The date `n` days later (earlier when negative).
  public func adding(days n: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + n) }

  /// Day of the week, 0 = Sunday ... 6 = Saturday.
  public var weekday: Int {
    let w = (dayNumber + 4) % 7
    return w < 0 ? w + 7 : w
  }

  /// The most recent day with `weekday` on or before this date (news reports past days).
  public func previous(weekday target: Int) -> CalendarDate {
    let back = (weekday - target + 7) % 7
    return adding(days: -back)
  }
}
