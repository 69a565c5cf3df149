import BilatCore
import Testing

/// `DateWindow` compares stored date text with two strings; that must give the temporal rule
/// (a stored date stands for its first day, a bound covers its whole year or month) for every
/// stored form: year, month, day, and a day with a time.
@Suite struct DateWindowTests {
  /// Every year, month and day form of 2023 and 2024 (a leap year), with some days carrying a time.
  static let givenDates: [String] = {
    var dates: [String] = []
    for year in [2023, 2024] {
      dates.append("\(year)")
      for month in 1...12 {
        let mm = month < 10 ? "0\(month)" : "\(month)"
        dates.append("\(year)-\(mm)")
        let length = Int(CivilCalendar.daysInMonth(Int64(year), Int64(month)))
        for day in Set([1, 2, 15, 28, length]).sorted() where day <= length {
          dates.append("\(year)-\(mm)-\(day < 10 ? "0\(day)" : "\(day)")")
        }
      }
    }
    return dates
  }()

  static let storedDates = givenDates + givenDates.filter { $0.count == 10 }.map { $0 + "T23:59" }

  /// The first and last epoch day a year, month or day covers, read independently of `DateWindow`.
  static func days(_ text: String) -> (first: Int64, last: Int64) {
    let parts = text.prefix(10).split(separator: "-").compactMap { Int64($0) }
    let year = parts[0]
    let month = parts.count > 1 ? parts[1] : nil
    let day = parts.count > 2 ? parts[2] : nil
    let first = CivilCalendar.epochDay(year, month ?? 1, day ?? 1)
    let lastMonth = month ?? 12
    let last = CivilCalendar.epochDay(year, lastMonth, day ?? CivilCalendar.daysInMonth(year, lastMonth))
    return (first, last)
  }

  @Test(arguments: givenDates)
  func textComparisonIsTheTemporalRule(bound: String) throws {
    let since = try DateWindow(since: bound)
    let until = try DateWindow(until: bound)
    for stored in Self.storedDates {
      let day = Self.days(stored).first
      #expect(since.contains(stored) == (day >= Self.days(bound).first), "since \(bound), stored \(stored)")
      #expect(until.contains(stored) == (day <= Self.days(bound).last), "until \(bound), stored \(stored)")
    }
  }

  @Test(arguments: [
    (String?("2023"), String?.none, "2023", ":"), ("2023-01-01", nil, "2023", ":"), ("2023-11-01", nil, "2023-11", ":"),
    ("2023-11-27", nil, "2023-11-27", ":"), (nil, "2023", "0", "2024"), (nil, "2023-11", "0", "2023-12"),
    (nil, "2023-12-31", "0", "2024"), (nil, "2024-02", "0", "2024-03"), (nil, "2023-11-27", "0", "2023-11-28"),
    (nil, "9999", "0", ":"), ("2023-05", "2023-05", "2023-05", "2023-06"),
  ])
  func boundsArePinned(since: String?, until: String?, lower: String, upper: String) throws {
    let window = try DateWindow(since: since, until: until)
    #expect(window.lowerBound == lower)
    #expect(window.upperBound == upper)
    #expect(window.isEmpty == false)
  }

  @Test func textThatIsNoDateIsInNoWindow() throws {
    let window = try DateWindow(since: "2000")
    for text in ["", "unknown", "-2023", " 2023", "late 2023"] { #expect(!window.contains(text), "\(text)") }
    #expect(try DateWindow().isEmpty)
  }

  @Test(arguments: [
    (String?("2023-13"), String?.none, "since: '2023-13' has no month 13; months are 01 to 12"),
    ("2023-02-29", nil, "since: '2023-02-29' has no day 29; that month has 28 days"),
    (nil, "23-11-27", "until: '23-11-27' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
    (nil, "2023/11", "until: '2023/11' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
    (nil, "2023-11-27T10:00", "until: '2023-11-27T10:00' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2024", "2023-12", "since: '2024' is after the until date '2023-12'"),
  ])
  func badDatesAreRefusedWithTheReason(since: String?, until: String?, message: String) {
    #expect(throws: DateWindowError.self) { try DateWindow(since: since, until: until) }
    do {
      _ = try DateWindow(since: since, until: until)
    } catch {
      #expect(error.description == message)
    }
  }
}
