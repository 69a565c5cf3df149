import BilatCore

/// `duration.between(a, b)`, `duration.inMonths`, `duration.inDays` and `duration.inSeconds`.
extension TemporalValue {
  /// Which difference to compute.
  enum BetweenUnit: Sendable { case all, months, days, seconds }

  /// A point in time with whatever parts a temporal value has, so that two values of different
  /// types can be brought to a common form (a missing date taken from the other, a missing zone too).
  private struct Point {
    var date: CypherDate?
    var time: CypherLocalTime?
    var zone: TemporalZone?

    init(_ v: TemporalValue) {
      date = v.datePart
      time = v.timePart
      zone = v.zonePart
    }

    var local: CypherLocalDateTime {
      CypherLocalDateTime(date: date ?? CypherDate(epochDay: 0), time: time ?? .midnight)
    }

    /// Nanoseconds since the epoch: of the instant when zoned, of the local date-time otherwise.
    var nanos: (seconds: Int64, nanos: Int64) {
      let l = local
      guard let zone else { return (l.epochSeconds, l.time.nanosecond) }
      if date == nil, case .offset(let s) = zone { return (l.epochSeconds - s, l.time.nanosecond) }
      let z = CypherDateTime(local: l, zone: zone)
      return (z.epochSeconds, z.nanosecond)
    }
  }

  /// Fills in each side's missing date, time and zone from the other side.
  private static func unify(_ a: inout Point, _ b: inout Point) {
    if a.date == nil, let d = b.date { a.date = d }
    if b.date == nil, let d = a.date { b.date = d }
    if a.zone == nil, let z = b.zone { a.zone = z }
    if b.zone == nil, let z = a.zone { b.zone = z }
  }

  static func between(_ from: TemporalValue, _ to: TemporalValue, _ unit: BetweenUnit) throws -> CypherDuration {
    if case .duration = from { throw TemporalError.invalid("duration.between needs two instants, not a Duration") }
    if case .duration = to { throw TemporalError.invalid("duration.between needs two instants, not a Duration") }
    var a = Point(from)
    var b = Point(to)
    let bothDates = a.date != nil && b.date != nil
    unify(&a, &b)
    switch unit {
    case .seconds:
      return difference(a, b)
    case .months, .days:
      guard a.date != nil else { return .zero }
      let (la, lb) = sameZoneLocals(a, b)
      if unit == .months { return CypherDuration(months: monthsUntil(la, lb), days: 0, seconds: 0, nanos: 0) }
      var days = lb.date.epochDay - la.date.epochDay
      if days > 0 && lb.time < la.time { days -= 1 }
      if days < 0 && lb.time > la.time { days += 1 }
      return CypherDuration(months: 0, days: days, seconds: 0, nanos: 0)
    case .all:
      guard bothDates else { return difference(a, b) }
      // Whole days only count when the time of day has been reached, as in ISO periods.
      let (la, lb) = sameZoneLocals(a, b)
      let da = la.date
      var db = lb.date
      if db > da && lb.time < la.time { db = CypherDate(epochDay: db.epochDay - 1) }
      if db < da && lb.time > la.time { db = CypherDate(epochDay: db.epochDay + 1) }
      var months = (db.year * 12 + db.month) - (da.year * 12 + da.month)
      var days = db.day - da.day
      if months > 0 && days < 0 {
        months -= 1
        days = db.epochDay - (try da.plusMonths(months)).epochDay
      } else if months < 0 && days > 0 {
        months += 1
        days -= CivilCalendar.daysInMonth(db.year, db.month)
      }
      let afterMonths = try da.plusMonths(months)
      var moved = a
      moved.date = try afterMonths.plusDays(days)
      moved.time = la.time
      let rest = difference(moved, b)
      return CypherDuration(months: months, days: days, seconds: rest.seconds, nanos: rest.nanos)
    }
  }

  /// The exact difference `b - a` in seconds and nanoseconds.
  private static func difference(_ a: Point, _ b: Point) -> CypherDuration {
    let x = a.nanos
    let y = b.nanos
    return CypherDuration(months: 0, days: 0, seconds: y.seconds - x.seconds, nanos: y.nanos - x.nanos)
  }

  /// Both sides as local date-times, the second seen in the first one's zone when zoned.
  private static func sameZoneLocals(_ a: Point, _ b: Point) -> (CypherLocalDateTime, CypherLocalDateTime) {
    guard let za = a.zone, let zb = b.zone else { return (a.local, b.local) }
    let other = CypherDateTime(local: b.local, zone: zb).at(za)
    return (CypherDateTime(local: a.local, zone: za).local, other.local)
  }

  /// Whole months from `a` to `b`, counting a month only when its day and time have been reached.
  private static func monthsUntil(_ a: CypherLocalDateTime, _ b: CypherLocalDateTime) -> Int64 {
    let (ya, ma, _) = a.date.civil
    let (yb, mb, _) = b.date.civil
    var months = (yb * 12 + mb) - (ya * 12 + ma)
    let dayTimeA = (a.date.day, a.time.nanoOfDay)
    let dayTimeB = (b.date.day, b.time.nanoOfDay)
    if months > 0 && dayTimeB < dayTimeA { months -= 1 }
    if months < 0 && dayTimeB > dayTimeA { months += 1 }
    return months
  }
}
