/// Component access (`d.year`, `t.hour`, `dt.timezone`, `dur.days`), names matched without regard to case.
extension TemporalValue {
  /// The component named `key`, nil when this type has no such component; throws when the
  /// component does not fit an integer (the nanoseconds of a very long duration).
  func component(_ key: String) throws -> CypherValue? {
    let k = key.lowercased()
    if case .duration(let d) = self { return try Self.durationComponent(d, k).map(CypherValue.int) }
    if let date = datePart, let v = Self.dateComponent(date, k) { return .int(v) }
    if let time = timePart, let v = Self.timeComponent(time, k) { return .int(v) }
    switch self {
    case .time(let t): return try Self.zoneComponent(k, offset: t.offsetSeconds, zoneID: nil, epoch: nil)
    case .dateTime(let z):
      return try Self.zoneComponent(k, offset: z.offsetSeconds, zoneID: z.zoneID, epoch: (z.epochSeconds, z.nanosecond))
    default: return nil
    }
  }

  private static func dateComponent(_ d: CypherDate, _ k: String) -> Int64? {
    switch k {
    case "year": return d.year
    case "quarter": return d.quarter
    case "month": return d.month
    case "week": return d.week
    case "weekyear": return d.weekYear
    case "day": return d.day
    case "ordinalday": return d.ordinalDay
    case "weekday", "dayofweek": return d.dayOfWeek
    case "dayofquarter": return d.dayOfQuarter
    default: return nil
    }
  }

  private static func timeComponent(_ t: CypherLocalTime, _ k: String) -> Int64? {
    switch k {
    case "hour": return t.hour
    case "minute": return t.minute
    case "second": return t.second
    case "millisecond": return t.nanosecond / 1_000_000
    case "microsecond": return t.nanosecond / 1000
    case "nanosecond": return t.nanosecond
    default: return nil
    }
  }

  private static func zoneComponent(_ k: String, offset: Int64, zoneID: String?, epoch: (Int64, Int64)?) throws
    -> CypherValue?
  {
    switch k {
    case "timezone": return .string(zoneID ?? TemporalText.offset(offset))
    case "offset": return .string(TemporalText.offset(offset))
    case "offsetminutes": return .int(offset / 60)
    case "offsetseconds": return .int(offset)
    case "epochseconds": return epoch.map { .int($0.0) }
    case "epochmillis":
      guard let (seconds, nanos) = epoch else { return nil }
      return .int(try CheckedMath.add(try CheckedMath.multiply(seconds, 1000), nanos / 1_000_000))
    default: return nil
    }
  }

  private static func durationComponent(_ d: CypherDuration, _ k: String) throws -> Int64? {
    switch k {
    case "years": return d.months / 12
    case "quarters": return d.months / 3
    case "months": return d.months
    case "weeks": return d.days / 7
    case "days": return d.days
    case "hours": return d.seconds / 3600
    case "minutes": return d.seconds / 60
    case "seconds": return d.seconds
    case "milliseconds": return try CheckedMath.add(try CheckedMath.multiply(d.seconds, 1000), d.nanos / 1_000_000)
    case "microseconds": return try CheckedMath.add(try CheckedMath.multiply(d.seconds, 1_000_000), d.nanos / 1000)
    case "nanoseconds": return try CheckedMath.add(try CheckedMath.multiply(d.seconds, 1_000_000_000), d.nanos)
    case "quartersofyear": return d.months / 3 % 4
    case "monthsofquarter": return d.months % 3
    case "monthsofyear": return d.months % 12
    case "daysofweek": return d.days % 7
    case "minutesofhour": return d.seconds / 60 % 60
    case "secondsofminute": return d.seconds % 60
    case "millisecondsofsecond": return d.nanos / 1_000_000
    case "microsecondsofsecond": return d.nanos / 1000
    case "nanosecondsofsecond": return d.nanos
    default: return nil
    }
  }
}
