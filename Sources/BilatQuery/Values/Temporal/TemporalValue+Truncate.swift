import BilatCore

/// `date.truncate(unit, value, fields)` and its kin: the value cut down to the start of a unit, then
/// adjusted by the fields of an optional map.
extension TemporalValue {
  /// The units `truncate` accepts, from the largest.
  static let truncationUnits: Set<String> = [
    "millennium", "century", "decade", "year", "weekyear", "quarter", "month", "week", "day", "hour", "minute",
    "second", "millisecond", "microsecond",
  ]

  static func truncate(_ kind: TemporalKind, _ unit: String, _ value: TemporalValue, _ fields: [String: CypherValue])
    throws -> TemporalValue
  {
    let u = unit.lowercased()
    guard truncationUnits.contains(u) else { throw TemporalError.invalid("unknown truncation unit '\(unit)'") }
    let dateUnits: Set<String> = ["millennium", "century", "decade", "year", "weekyear", "quarter", "month", "week"]
    if kind == .date && !dateUnits.contains(u) && u != "day" {
      throw TemporalError.invalid("a date cannot be truncated to the \(unit)")
    }
    if !kind.hasDate && dateUnits.contains(u) {
      throw TemporalError.invalid("a \(kind.rawValue) cannot be truncated to the \(unit)")
    }
    var date = value.datePart
    if kind.hasDate {
      guard let d = value.datePart else { throw TemporalError.invalid("\(value.typeName) has no date to truncate") }
      date = truncate(d, u)
    }
    var time = value.timePart ?? .midnight
    if dateUnits.contains(u) || u == "day" {
      time = .midnight
    } else {
      let step: Int64
      switch u {
      case "hour": step = 3_600_000_000_000
      case "minute": step = 60_000_000_000
      case "second": step = 1_000_000_000
      case "millisecond": step = 1_000_000
      default: step = 1000
      }
      time = CypherLocalTime(nanoOfDay: time.nanoOfDay - time.nanoOfDay % step)
    }
    var rest = fields
    let builder = TemporalBuilder(fields)
    let newZone = try builder.zone()
    rest = rest.filter { $0.key.lowercased() != "timezone" }
    let zone = newZone ?? value.zonePart ?? .offset(0)
    let truncated: TemporalValue
    switch kind {
    case .date: truncated = .date(date ?? CypherDate(epochDay: 0))
    case .localTime: truncated = .localTime(time)
    case .time:
      let offset = zone.offset(at: TemporalClock.todayUTC())
      truncated = .time(CypherTime(local: time, offsetSeconds: offset))
    case .localDateTime: truncated = .localDateTime(CypherLocalDateTime(date: date ?? CypherDate(epochDay: 0), time: time))
    case .dateTime:
      truncated = .dateTime(
        CypherDateTime(local: CypherLocalDateTime(date: date ?? CypherDate(epochDay: 0), time: time), zone: zone))
    }
    guard !rest.isEmpty else { return truncated }
    switch kind {
    case .date: rest["date"] = .temporal(truncated)
    case .localTime, .time: rest["time"] = .temporal(truncated)
    case .localDateTime, .dateTime: rest["datetime"] = .temporal(truncated)
    }
    return try TemporalBuilder(rest).build(kind)
  }

  private static func truncate(_ d: CypherDate, _ unit: String) -> CypherDate {
    func start(_ year: Int64, _ month: Int64 = 1) -> CypherDate {
      CypherDate(epochDay: CivilCalendar.epochDay(year, month, 1))
    }
    switch unit {
    case "millennium": return start(CivilCalendar.floorDiv(d.year, 1000) * 1000)
    case "century": return start(CivilCalendar.floorDiv(d.year, 100) * 100)
    case "decade": return start(CivilCalendar.floorDiv(d.year, 10) * 10)
    case "year": return start(d.year)
    case "weekyear": return CypherDate(epochDay: CivilCalendar.firstDayOfWeekYear(d.weekYear))
    case "quarter": return start(d.year, (d.quarter - 1) * 3 + 1)
    case "month": return start(d.year, d.month)
    case "week": return CypherDate(epochDay: d.epochDay + 1 - d.dayOfWeek)
    default: return d
    }
  }
}
