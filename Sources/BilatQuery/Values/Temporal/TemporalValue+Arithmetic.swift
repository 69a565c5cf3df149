import BilatCore

/// `temporal ± duration`, `duration ± duration`, `duration * number`, `duration / number`.
extension TemporalValue {
  /// `self + d` (or `self - d` when `negate`): months first (clamping the day), then days, then
  /// seconds and nanoseconds; types without a date ignore months and days, and dates take only
  /// the whole days of the seconds.
  func adding(_ duration: CypherDuration, negate: Bool = false) throws -> TemporalValue {
    let d = negate ? try duration.negated() : duration
    let (months, days, seconds, nanos) = (d.months, d.days, d.seconds, d.nanos)
    func time(_ t: CypherLocalTime) -> CypherLocalTime {
      CypherLocalTime(
        nanoOfDay: t.nanoOfDay + CivilCalendar.floorMod(seconds, CivilCalendar.secondsPerDay) * CivilCalendar.nanosPerSecond
          + nanos)
    }
    switch self {
    case .date(let date):
      // Only whole days of the seconds count, truncated toward zero, as Cypher does.
      let wholeDays = (negate ? -1 : 1) * (duration.seconds / CivilCalendar.secondsPerDay)
      return .date(try date.plusMonths(months).plusDays(try CheckedMath.add(days, wholeDays)))
    case .localTime(let t): return .localTime(time(t))
    case .time(let t): return .time(CypherTime(local: time(t.local), offsetSeconds: t.offsetSeconds))
    case .localDateTime(let l):
      let moved = CypherLocalDateTime(date: try l.date.plusMonths(months).plusDays(days), time: l.time)
      return .localDateTime(try moved.plus(seconds: seconds, nanos: nanos))
    case .dateTime(let z):
      let dateMoved = CypherLocalDateTime(date: try z.local.date.plusMonths(months).plusDays(days), time: z.local.time)
      let resolved = CypherDateTime(local: dateMoved, zone: z.zone)
      let instant = try CheckedMath.add(resolved.epochSeconds, seconds)
      guard abs(instant) < 100_000_000_000_000_000 else { throw TemporalError.invalid("the date is out of range") }
      let result = CypherDateTime(epochSeconds: instant, nanos: resolved.nanosecond + nanos, zone: z.zone)
      _ = try CypherDate.checked(result.local.date.epochDay)
      return .dateTime(result)
    case .duration(let x): return .duration(try x.plus(d))
    }
  }
}

extension CypherDuration {
  /// The duration times an integer (exactly) or a float (approximately).
  func multiplied(by factor: CypherValue) throws -> CypherDuration {
    switch factor {
    case .int(let f):
      return try CypherDuration.checked(
        months: try CheckedMath.multiply(months, f), days: try CheckedMath.multiply(days, f),
        seconds: try CheckedMath.multiply(seconds, f), nanos: try CheckedMath.multiply(nanos, f))
    case .float(let f):
      return try CypherDuration.approximate(
        months: Double(months) * f, days: Double(days) * f, seconds: Double(seconds) * f, nanos: Double(nanos) * f)
    default:
      throw TemporalError.invalid("a duration can only be multiplied by a number")
    }
  }

  /// The duration divided by a number, approximately.
  func divided(by divisor: CypherValue) throws -> CypherDuration {
    guard let f = divisor.numeric else { throw TemporalError.invalid("a duration can only be divided by a number") }
    guard f != 0 else { throw TemporalError.invalid("division of a duration by zero") }
    return try CypherDuration.approximate(
      months: Double(months) / f, days: Double(days) / f, seconds: Double(seconds) / f, nanos: Double(nanos) / f)
  }
}
