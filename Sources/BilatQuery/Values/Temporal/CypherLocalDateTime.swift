import BilatCore

/// A date and time without time zone (`localdatetime` in Cypher).
public struct CypherLocalDateTime: Sendable, Hashable, Comparable {
  public var date: CypherDate
  public var time: CypherLocalTime

  public init(date: CypherDate, time: CypherLocalTime) {
    self.date = date
    self.time = time
  }

  /// The local date and time `seconds` (plus nanoseconds) after 1970-01-01T00:00.
  init(epochSeconds: Int64, nanos: Int64) {
    let total = epochSeconds + CivilCalendar.floorDiv(nanos, CivilCalendar.nanosPerSecond)
    let day = CivilCalendar.floorDiv(total, CivilCalendar.secondsPerDay)
    let secondOfDay = total - day * CivilCalendar.secondsPerDay
    date = CypherDate(epochDay: day)
    time = CypherLocalTime(
      nanoOfDay: secondOfDay * CivilCalendar.nanosPerSecond + CivilCalendar.floorMod(nanos, CivilCalendar.nanosPerSecond))
  }

  /// Seconds since 1970-01-01T00:00 as if this were UTC (the nanoseconds of the second left out).
  var epochSeconds: Int64 { date.epochDay * CivilCalendar.secondsPerDay + time.nanoOfDay / CivilCalendar.nanosPerSecond }

  /// Adds seconds and nanoseconds exactly.
  func plus(seconds: Int64, nanos: Int64) throws -> CypherLocalDateTime {
    let total = try CheckedMath.add(epochSeconds, seconds)
    guard abs(total) < 100_000_000_000_000_000 else { throw TemporalError.invalid("the date is out of range") }
    let moved = CypherLocalDateTime(epochSeconds: total, nanos: time.nanosecond + nanos)
    _ = try CypherDate.checked(moved.date.epochDay)
    return moved
  }

  public static func < (a: CypherLocalDateTime, b: CypherLocalDateTime) -> Bool {
    (a.date, a.time) < (b.date, b.time)
  }
}

extension CypherLocalDateTime: CustomStringConvertible {
  public var description: String { date.description + "T" + time.description }
}
