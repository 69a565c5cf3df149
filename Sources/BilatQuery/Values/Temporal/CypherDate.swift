import BilatCore

/// A calendar date without time or time zone (`date` in Cypher), held as a day number.
public struct CypherDate: Sendable, Hashable, Comparable {
  /// Days since 1970-01-01 in the proleptic Gregorian calendar.
  public var epochDay: Int64

  public init(epochDay: Int64) { self.epochDay = epochDay }

  /// Years a date can have, as in ISO 8601 expanded representations.
  public static let years: ClosedRange<Int64> = -999_999_999...999_999_999
  static let epochDays = CivilCalendar.epochDay(years.lowerBound, 1, 1)...CivilCalendar.epochDay(years.upperBound, 12, 31)

  /// A date from a day number, throwing when it lies outside ``years``.
  static func checked(_ epochDay: Int64) throws -> CypherDate {
    guard epochDays.contains(epochDay) else { throw TemporalError.invalid("the date is out of range") }
    return CypherDate(epochDay: epochDay)
  }

  private static func checkYear(_ year: Int64) throws {
    guard years.contains(year) else { throw TemporalError.invalid("year \(year) is out of range") }
  }

  /// A date from validated calendar fields; throws on a month or day out of range.
  public init(year: Int64, month: Int64, day: Int64) throws {
    try Self.checkYear(year)
    guard (1...12).contains(month) else { throw TemporalError.invalid("month \(month) is out of range 1-12") }
    guard (1...CivilCalendar.daysInMonth(year, month)).contains(day) else {
      throw TemporalError.invalid("day \(day) is out of range for \(year)-\(month)")
    }
    epochDay = CivilCalendar.epochDay(year, month, day)
  }

  /// The date of ISO week `week`, day `dayOfWeek` (1 = Monday) of a week-based year.
  public init(weekYear: Int64, week: Int64, dayOfWeek: Int64) throws {
    try Self.checkYear(weekYear)
    guard (1...CivilCalendar.weeksInWeekYear(weekYear)).contains(week) else {
      throw TemporalError.invalid("week \(week) is out of range for \(weekYear)")
    }
    guard (1...7).contains(dayOfWeek) else { throw TemporalError.invalid("day of week \(dayOfWeek) is out of range 1-7") }
    epochDay = CivilCalendar.firstDayOfWeekYear(weekYear) + (week - 1) * 7 + dayOfWeek - 1
  }

  /// The `ordinalDay`-th day of a year.
  public init(year: Int64, ordinalDay: Int64) throws {
    try Self.checkYear(year)
    guard (1...CivilCalendar.daysInYear(year)).contains(ordinalDay) else {
      throw TemporalError.invalid("ordinal day \(ordinalDay) is out of range for \(year)")
    }
    epochDay = CivilCalendar.epochDay(year, 1, 1) + ordinalDay - 1
  }

  /// The `dayOfQuarter`-th day of a quarter.
  public init(year: Int64, quarter: Int64, dayOfQuarter: Int64) throws {
    try Self.checkYear(year)
    guard (1...4).contains(quarter) else { throw TemporalError.invalid("quarter \(quarter) is out of range 1-4") }
    guard (1...92).contains(dayOfQuarter) else {
      throw TemporalError.invalid("day of quarter \(dayOfQuarter) is out of range")
    }
    let start = CivilCalendar.epochDay(year, (quarter - 1) * 3 + 1, 1)
    let end = quarter == 4 ? CivilCalendar.epochDay(year + 1, 1, 1) : CivilCalendar.epochDay(year, quarter * 3 + 1, 1)
    guard dayOfQuarter >= 1, start + dayOfQuarter - 1 < end else {
      throw TemporalError.invalid("day of quarter \(dayOfQuarter) is out of range")
    }
    epochDay = start + dayOfQuarter - 1
  }

  var civil: (year: Int64, month: Int64, day: Int64) { CivilCalendar.civil(epochDay) }
  public var year: Int64 { civil.year }
  public var month: Int64 { civil.month }
  public var day: Int64 { civil.day }
  public var quarter: Int64 { (month - 1) / 3 + 1 }
  public var dayOfWeek: Int64 { CivilCalendar.dayOfWeek(epochDay) }
  public var ordinalDay: Int64 { epochDay - CivilCalendar.epochDay(year, 1, 1) + 1 }
  public var dayOfQuarter: Int64 { epochDay - CivilCalendar.epochDay(year, (quarter - 1) * 3 + 1, 1) + 1 }
  public var week: Int64 { CivilCalendar.isoWeek(epochDay).week }
  public var weekYear: Int64 { CivilCalendar.isoWeek(epochDay).weekYear }

  /// Adds months, keeping the day when it exists and clamping it to the month's last day otherwise.
  public func plusMonths(_ months: Int64) throws -> CypherDate {
    guard months != 0 else { return self }
    let (y, m, d) = civil
    let total = try CheckedMath.add(y * 12 + (m - 1), months)
    let year = CivilCalendar.floorDiv(total, 12)
    try Self.checkYear(year)
    let month = CivilCalendar.floorMod(total, 12) + 1
    return CypherDate(epochDay: CivilCalendar.epochDay(year, month, min(d, CivilCalendar.daysInMonth(year, month))))
  }

  public func plusDays(_ days: Int64) throws -> CypherDate { try Self.checked(try CheckedMath.add(epochDay, days)) }

  public static func < (a: CypherDate, b: CypherDate) -> Bool { a.epochDay < b.epochDay }
}

extension CypherDate: CustomStringConvertible {
  /// ISO 8601: `2015-07-21`; years outside 0000-9999 carry a sign, as in `+10000-01-01`.
  public var description: String {
    let (y, m, d) = civil
    var year: String
    if y > 9999 {
      year = "+" + String(y)
    } else if y < 0 {
      year = "-" + TemporalText.pad(-y, 4)
    } else {
      year = TemporalText.pad(y, 4)
    }
    year += "-" + TemporalText.pad(m, 2) + "-" + TemporalText.pad(d, 2)
    return year
  }
}
