import BilatStore
import Foundation
import Testing

@testable import BilatQuery

/// Temporal values through the query language: each case is a Cypher expression and the text
/// `toString` (or the plain value) gives.
@Suite struct TemporalTests {
  static let engine: CypherEngine = {
    do { return CypherEngine(store: try GraphStore()) } catch { fatalError("no in-memory store: \(error)") }
  }()

  /// The single value `RETURN <expression>` gives, as plain text.
  static func value(_ expression: String) throws(CypherError) -> String {
    let result = try engine.run("RETURN \(expression) AS v")
    return result.rows.first?.first?.displayText ?? "<no row>"
  }

  @Test(arguments: [
    ("date('2015-07-21')", "2015-07-21"),
    ("date('20150721')", "2015-07-21"),
    ("date('2015-W30-2')", "2015-07-21"),
    ("date('2015202')", "2015-07-21"),
    ("date('2023-11')", "2023-11-01"),
    ("date('2023')", "2023-01-01"),
    ("localtime('214032.142')", "21:40:32.142"),
    ("time('2140-02')", "21:40-02:00"),
    ("localdatetime('2015-W30T2140')", "2015-07-20T21:40"),
    ("datetime('2015-07-21T21:40:32.142[Europe/London]')", "2015-07-21T21:40:32.142+01:00[Europe/London]"),
    ("datetime('2015-07-21T21:40:32.142+0845')", "2015-07-21T21:40:32.142+08:45"),
    ("duration('P5M1.5D')", "P5M1DT12H"),
    ("duration('PT0.75M')", "PT45S"),
    ("duration('P2012-02-02T14:37:21.545')", "P2012Y2M2DT14H37M21.545S"),
    ("duration('-P1D')", "P-1D"),
  ])
  func parsesStrings(_ expression: String, _ expected: String) throws {
    #expect(try Self.value(expression) == expected)
  }

  @Test(arguments: [
    ("date({year: 1984, week: 10, dayOfWeek: 3})", "1984-03-07"),
    ("date({year: 1984, quarter: 3, dayOfQuarter: 45})", "1984-08-14"),
    ("date({date: date('1984-11-11'), quarter: 3})", "1984-08-11"),
    ("localtime({hour: 12, minute: 31, second: 14, millisecond: 123, microsecond: 456, nanosecond: 789})",
      "12:31:14.123456789"),
    ("time({time: datetime('1984-10-11T12:00[Europe/Stockholm]'), timezone: '+05:00'})", "16:00+05:00"),
    ("datetime({year: 1984, month: 7, day: 20, timezone: 'Europe/Stockholm'})", "1984-07-20T00:00+02:00[Europe/Stockholm]"),
    ("duration({months: 0.75})", "P22DT19H51M49.5S"),
    ("duration({seconds: -60, milliseconds: -1})", "PT-1M-0.001S"),
    ("datetime.fromepochmillis(237821673987)", "1977-07-15T13:34:33.987Z"),
  ])
  func buildsFromMaps(_ expression: String, _ expected: String) throws {
    #expect(try Self.value(expression) == expected)
  }

  @Test(arguments: [
    ("date('1984-01-01').weekYear", "1983"),
    ("date('1984-01-01').week", "52"),
    ("date('1984-10-11').dayOfWeek", "4"),
    ("date('1984-10-11').quarter", "4"),
    ("date('1984-10-11').ordinalDay", "285"),
    ("localtime('12:31:14.645876123').microsecond", "645876"),
    ("datetime('1984-11-11T12:31:14[Europe/Stockholm]').timezone", "Europe/Stockholm"),
    ("datetime('1984-11-11T12:31:14[Europe/Stockholm]').offset", "+01:00"),
    ("datetime('1984-11-11T12:31:14.645+01:00').epochMillis", "469020674645"),
    ("duration('P1Y4M10DT1H1M1.111111111S').monthsOfYear", "4"),
    ("duration('P1Y4M10DT1H1M1.111111111S').minutes", "61"),
  ])
  func readsComponents(_ expression: String, _ expected: String) throws {
    #expect(try Self.value(expression) == expected)
  }

  @Test(arguments: [
    ("date('1984-10-11') + duration('P12Y5M14DT16H12M70S')", "1997-03-25"),
    ("date('2024-01-31') + duration('P1M')", "2024-02-29"),
    ("localtime('12:31:14') - duration('PT13H')", "23:31:14"),
    ("datetime('2017-10-28T12:00[Europe/Stockholm]') + duration('P1D')", "2017-10-29T12:00+01:00[Europe/Stockholm]"),
    ("duration('P1D') * 2.5", "P2DT12H"),
    ("duration('P1M') / 2", "P15DT5H14M33S"),
    ("duration('P1Y') - duration('P1M')", "P11M"),
    ("duration.between(date('2023-01-15'), date('2024-03-01'))", "P1Y1M15D"),
    ("duration.between(localdatetime('2017-10-28T23:00'), localdatetime('2017-10-29T21:00'))", "PT22H"),
    ("duration.inDays(date('2023-01-01'), date('2023-12-31'))", "P364D"),
    ("duration.inMonths(date('2023-01-31'), date('2023-02-28'))", "PT0S"),
    ("duration.inSeconds(time('12:00+01:00'), time('12:00Z'))", "PT1H"),
    ("date.truncate('quarter', date('1984-11-11'))", "1984-10-01"),
    ("datetime.truncate('weekYear', localdatetime('1984-01-01T12:00'), {day: 5})", "1983-01-05T00:00Z"),
    ("toString(duration({seconds: -2, milliseconds: 1}))", "PT-1.999S"),
  ])
  func computes(_ expression: String, _ expected: String) throws {
    #expect(try Self.value(expression) == expected)
  }

  @Test(arguments: [
    ("date('2023-01-01') < date('2023-06-01')", "true"),
    ("time('10:00+01:00') < time('09:35Z')", "true"),
    ("datetime('2023-01-01T12:00+01:00') = datetime('2023-01-01T12:00+01:00')", "true"),
    ("duration('P1D') = duration('PT24H')", "false"),
    ("duration('PT70S') = duration('PT1M10S')", "true"),
    ("date('2023-01-01') < '2023-06-01'", "null"),
    ("date('2023-01-01') < duration('P1D')", "null"),
  ])
  func compares(_ expression: String, _ expected: String) throws {
    #expect(try Self.value(expression) == expected)
  }

  @Test(arguments: [
    ("date('2023-13-01')", "'2023-13-01' is not a valid date: month 13 is out of range 1-12"),
    ("date('27 November 2023')", "'27 November 2023' is not a valid date"),
    ("date('2023-02-30')", "'2023-02-30' is not a valid date: day 30 is out of range for 2023-2"),
    ("localtime('25:00')", "'25:00' is not a valid time: hour 25 is out of range 0-23"),
    ("duration('P1X')", "'P1X' is not a valid duration"),
    ("datetime({year: 2023, timezone: 'Mars/Olympus'})", "unknown time zone 'Mars/Olympus'"),
    ("date.truncate('fortnight', date('2023-01-01'))", "unknown truncation unit 'fortnight'"),
    ("date({month: 3})", "the year must be given to build a date"),
  ])
  func rejectsInvalidValues(_ expression: String, _ message: String) throws {
    do {
      _ = try Self.value(expression)
      Issue.record("\(expression) did not fail")
    } catch {
      #expect(error.kind == .argument)
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  /// Values past what temporal types hold are errors, never integer traps.
  @Test(arguments: [
    "duration({years: 9223372036854775807})",
    "duration('P9223372036854775807Y')",
    "duration('-P-9223372036854775808D')",
    "duration({seconds: 1.0e30})",
    "duration({days: 2}) * 9223372036854775807",
    "duration({seconds: 9223372036854775807}).nanoseconds",
    "date({year: 9223372036854775807})",
    "date({year: 2023, quarter: 9223372036854775807})",
    "date({year: 2023, quarter: 1, dayOfQuarter: 9223372036854775807})",
    "date('+999999999-12-31') + duration('P1D')",
    "date('2023-01-01') + duration({days: 9223372036854775807})",
    "date('2023-01-01') - duration({months: 9223372036854775807})",
    "localdatetime('2023-01-01T00:00') + duration({seconds: 9223372036854775807})",
    "datetime('2023-01-01T00:00Z') + duration({seconds: 9223372036854775000})",
    "datetime.fromepoch(9223372036854775807, 999999999)",
  ])
  func rejectsValuesOutOfRange(_ expression: String) throws {
    do {
      _ = try Self.value(expression)
      Issue.record("\(expression) did not fail")
    } catch {
      #expect(error.kind == .argument)
      #expect(error.message.contains("out of range"), "\(error.message)")
    }
  }

  @Test func nullPropagatesAndTheStatementClockIsConstant() throws {
    #expect(try Self.value("date(null)") == "null")
    #expect(try Self.value("duration.between(null, date())") == "null")
    #expect(try Self.value("duration.between(datetime(), datetime())") == "PT0S")
    #expect(try Self.value("date() = date.statement()") == "true")
  }

  @Test func sumsAndAveragesDurations() throws {
    let result = try Self.engine.run(
      "UNWIND [duration('P1D'), duration('PT12H'), duration('P2D')] AS d RETURN sum(d), avg(d), min(d), max(d)")
    #expect(result.rows.map { $0.map(\.displayText) } == [["P3DT12H", "P1DT4H", "PT12H", "P2D"]])
    #expect(throws: CypherError.self) { try Self.engine.run("UNWIND [duration('P1D'), 1] AS d RETURN sum(d)") }
    let numbers = try Self.engine.run("UNWIND [1, 2, null] AS n RETURN sum(n), avg(n)")
    #expect(numbers.rows.map { $0.map(\.displayText) } == [["3", "1.5"]])
  }

  @Test func ordersTemporalValues() throws {
    let result = try Self.engine.run(
      "UNWIND [date('2023-11-27'), date('2001-01-01'), date('2023-01-05')] AS d RETURN d ORDER BY d DESC")
    #expect(result.rows.map { $0[0].displayText } == ["2023-11-27", "2023-01-05", "2001-01-01"])
  }
}
