/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), as ISO 8601
/// and Cypher use it for every year, including those before 1582.
public enum CivilCalendar {
  public static let nanosPerSecond: Int64 = 1_000_000_000
  public static let secondsPerDay: Int64 = 86_400
  public static let nanosPerDay: Int64 = 86_400 * 1_000_000_000
  /// The average month Cypher uses to turn fractions of months into days: 30.436875 days.
  public static let averageDaysPerMonth = 30.436875
  public static let averageSecondsPerMonth: Int64 = 2_629_746

  public static func isLeap(_ year: Int64) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

  public static func daysInMonth(_ year: Int64, _ month: Int64) -> Int64 {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public static func daysInYear(_ year: Int64) -> Int64 { isLeap(year) ? 366 : 365 }

  /// The day number of a valid calendar date.
  public static func epochDay(_ year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let m = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * m + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Year, month and day of a day number.
  public static func civil(_ epochDay: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = epochDay + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// ISO day of week, 1 (Monday) to 7 (Sunday).
  public static func dayOfWeek(_ epochDay: Int64) -> Int64 { floorMod(epochDay + 3, 7) + 1 }

  /// The day number of the Monday of ISO week 1 of a week-based year.
  public static func firstDayOfWeekYear(_ weekYear: Int64) -> Int64 {
    let jan4 = epochDay(weekYear, 1, 4)
    return jan4 - (dayOfWeek(jan4) - 1)
  }

  /// The ISO week-based year and week of a day number.
  public static func isoWeek(_ epochDay: Int64) -> (weekYear: Int64, week: Int64) {
    let year = civil(epochDay).year
    var weekYear = year + 1
    if epochDay < firstDayOfWeekYear(weekYear) { weekYear = year }
    if epochDay < firstDayOfWeekYear(weekYear) { weekYear = year - 1 }
    return (weekYear, (epochDay - firstDayOfWeekYear(weekYear)) / 7 + 1)
  }

  /// Number of ISO weeks (52 or 53) in a week-based year.
  public static func weeksInWeekYear(_ weekYear: Int64) -> Int64 {
    (firstDayOfWeekYear(weekYear + 1) - firstDayOfWeekYear(weekYear)) / 7
  }

  public static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
  }

  public static func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
    let r = a % b
    return r != 0 && ((r < 0) != (b < 0)) ? r + b : r
  }
}
