import BilatCore

/// `temporal ± duration`, `duration ± duration`, `duration * number`, `duration / number`.
extension TemporalValue {
  /// `self + d` (or `self - d` when `negate`): months first (clamping the day), then days, then
  /// seconds and nanoseconds; types without a date ignore months and days, and dates take only
  /// the whole days of the seconds.
  func adding(_ d: CypherDuration, negate: Bool = false) -> TemporalValue {
    let sign: Int64 = negate ? -1 : 1
    let (months, days, seconds, nanos) = (d.months * sign, d.days * sign, d.seconds * sign, d.nanos * sign)
    func time(_ t: CypherLocalTime) -> CypherLocalTime {
      CypherLocalTime(
        nanoOfDay: t.nanoOfDay + CivilCalendar.floorMod(seconds, CivilCalendar.secondsPerDay) * CivilCalendar.nanosPerSecond
          + nanos)
    }
    func local(_ l: CypherLocalDateTime) -> CypherLocalDateTime {
      let moved = CypherLocalDateTime(date: l.date.plusMonths(months).plusDays(days), time: l.time)
      return moved.plus(seconds: seconds, nanos: nanos)
    }
    switch self {
    case .date(let date):
      // Whole days of the time part, truncated toward zero, as Cypher does.
      return .date(date.plusMonths(months).plusDays(days + seconds / CivilCalendar.secondsPerDay))
    case .localTime(let t): return .localTime(time(t))
    case .time(let t): return .time(CypherTime(local: time(t.local), offsetSeconds: t.offsetSeconds))
    case .localDateTime(let l): return .localDateTime(local(l))
    case .dateTime(let z):
      let dateMoved = CypherLocalDateTime(date: z.local.date.plusMonths(months).plusDays(days), time: z.local.time)
      let resolved = CypherDateTime(local: dateMoved, zone: z.zone)
      let instant = resolved.epochSeconds + seconds
      return .dateTime(CypherDateTime(epochSeconds: instant, nanos: resolved.nanosecond + nanos, zone: z.zone))
    case .duration(let x): return .duration(x + (negate ? -d : d))
    }
  }
}

extension CypherDuration {
  /// The duration times an integer (exactly) or a float (approximately).
  func multiplied(by factor: CypherValue) throws -> CypherDuration {
    switch factor {
    case .int(let f):
      let parts = [months, days, seconds, nanos].map { $0.multipliedReportingOverflow(by: f) }
      guard !parts.contains(where: \.overflow) else { throw TemporalError.invalid("duration is out of range") }
      return CypherDuration(months: parts[0].partialValue, days: parts[1].partialValue, seconds: parts[2].partialValue, nanos: parts[3].partialValue)
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
