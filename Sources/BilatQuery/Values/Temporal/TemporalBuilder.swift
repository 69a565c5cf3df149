import BilatCore
import Foundation

/// Builds temporal values from maps of fields (`{year: 1984, week: 10, dayOfWeek: 3}`), optionally
/// starting from other temporal values (`{date: d, time: t, day: 28}`) and a `timezone`.
struct TemporalBuilder {
  private var fields: [String: CypherValue] = [:]

  /// Reads the map; keys are matched without regard to case.
  init(_ map: [String: CypherValue]) {
    for (k, v) in map { fields[k.lowercased()] = v }
  }

  private func int(_ key: String) throws -> Int64? {
    switch fields[key] {
    case nil, .null?: return nil
    case .int(let i)?: return i
    case .float(let d)? where d == d.rounded() && abs(d) < 9e18: return Int64(d)
    case let v?: throw TemporalError.invalid("\(key) must be an integer, not \(v.typeName)")
    }
  }

  private func temporal(_ key: String) throws -> TemporalValue? {
    switch fields[key] {
    case nil, .null?: return nil
    case .temporal(let t)?: return t
    case let v?: throw TemporalError.invalid("\(key) must be a temporal value, not \(v.typeName)")
    }
  }

  /// The value of `timezone`, if given.
  func zone() throws -> TemporalZone? {
    switch fields["timezone"] {
    case nil, .null?: return nil
    case .string(let s)?: return try TemporalZone.parse(s)
    case let v?: throw TemporalError.invalid("timezone must be a string, not \(v.typeName)")
    }
  }

  /// True when the map holds only a time zone (or nothing): the constructors then give the current time.
  var asksForNow: Bool { fields.keys.allSatisfy { $0 == "timezone" } }

  func build(_ kind: TemporalKind) throws -> TemporalValue {
    let whole = try temporal("datetime")
    let dateBase = try temporal("date")?.datePart ?? whole?.datePart
    let timeSource = try temporal("time") ?? whole
    let newZone = try zone()
    // The zone the selected time is in: that of the `time` or `datetime` value it comes from.
    let baseZone = timeSource?.zonePart
    let time = kind.hasTime ? try buildTime(timeSource?.timePart) : .midnight
    switch kind {
    case .date:
      return .date(try buildDate(dateBase))
    case .localTime:
      return .localTime(time)
    case .localDateTime:
      return .localDateTime(CypherLocalDateTime(date: try buildDate(dateBase), time: time))
    case .time:
      let local = CypherLocalDateTime(date: CypherDate(epochDay: 0), time: time)
      let offset = baseZone.map { $0.offset(at: local) } ?? 0
      guard let newZone else { return .time(CypherTime(local: time, offsetSeconds: offset)) }
      let target = newZone.offset(at: TemporalClock.todayUTC())
      if baseZone == nil { return .time(CypherTime(local: time, offsetSeconds: target)) }
      return .time(
        CypherTime(
          local: CypherLocalTime(nanoOfDay: time.nanoOfDay + (target - offset) * CivilCalendar.nanosPerSecond),
          offsetSeconds: target))
    case .dateTime:
      let local = CypherLocalDateTime(date: try buildDate(dateBase), time: time)
      let inBase = CypherDateTime(local: local, zone: baseZone ?? newZone ?? .offset(0))
      guard let newZone, baseZone != nil else { return .dateTime(inBase) }
      return .dateTime(inBase.at(newZone))
    }
  }

  /// The date from the fields over a base date (from `date` or `datetime`).
  func buildDate(_ base: CypherDate?) throws -> CypherDate {
    let year = try int("year")
    if let week = try int("week") {
      guard let weekYear = year ?? base?.weekYear else { throw TemporalError.invalid("a week needs a year") }
      return try CypherDate(weekYear: weekYear, week: week, dayOfWeek: try int("dayofweek") ?? base?.dayOfWeek ?? 1)
    }
    if let dayOfWeek = try int("dayofweek"), let base {
      return try CypherDate(weekYear: year ?? base.weekYear, week: base.week, dayOfWeek: dayOfWeek)
    }
    guard let year = year ?? base?.year else {
      throw TemporalError.invalid("the year must be given to build a date")
    }
    if let ordinalDay = try int("ordinalday") { return try CypherDate(year: year, ordinalDay: ordinalDay) }
    let quarter = try int("quarter")
    if let dayOfQuarter = try int("dayofquarter") {
      return try CypherDate(year: year, quarter: quarter ?? base?.quarter ?? 1, dayOfQuarter: dayOfQuarter)
    }
    if let quarter {
      guard (1...4).contains(quarter) else { throw TemporalError.invalid("quarter \(quarter) is out of range 1-4") }
      guard let base else { return try CypherDate(year: year, quarter: quarter, dayOfQuarter: 1) }
      let month = (quarter - 1) * 3 + (base.month - 1) % 3 + 1
      return try CypherDate(year: year, month: month, day: min(base.day, CivilCalendar.daysInMonth(year, month)))
    }
    return try CypherDate(year: year, month: try int("month") ?? base?.month ?? 1, day: try int("day") ?? base?.day ?? 1)
  }

  /// The time of day from the fields over a base time (from `time` or `datetime`).
  func buildTime(_ base: CypherLocalTime?) throws -> CypherLocalTime {
    let ms = try int("millisecond")
    let us = try int("microsecond")
    let ns = try int("nanosecond")
    var nanos = base?.nanosecond ?? 0
    if ms != nil || us != nil || ns != nil {
      // Milliseconds are 0-999; microseconds too after milliseconds, else 0-999,999; nanoseconds
      // 0-999 after either, else up to a whole second.
      func check(_ v: Int64?, _ limit: Int64, _ name: String) throws {
        if let v, !(0...limit).contains(v) { throw TemporalError.invalid("\(name) \(v) is out of range 0-\(limit)") }
      }
      try check(ms, 999, "millisecond")
      try check(us, ms == nil ? 999_999 : 999, "microsecond")
      try check(ns, ms == nil && us == nil ? 999_999_999 : 999, "nanosecond")
      if base == nil {
        nanos = (ms ?? 0) * 1_000_000 + (us ?? 0) * 1000 + (ns ?? 0)
      } else {
        // Over a base time each field replaces its own three digits (a larger one all below it).
        if let ms { nanos = ms * 1_000_000 + nanos % 1_000_000 }
        if let us { nanos = (us < 1000 ? nanos / 1_000_000 * 1_000_000 : 0) + us * 1000 + nanos % 1000 }
        if let ns { nanos = ns < 1000 ? nanos / 1000 * 1000 + ns : ns }
      }
      guard nanos < 1_000_000_000 else { throw TemporalError.invalid("the fraction of a second is out of range") }
    }
    return try CypherLocalTime(
      hour: try int("hour") ?? base?.hour ?? 0, minute: try int("minute") ?? base?.minute ?? 0,
      second: try int("second") ?? base?.second ?? 0, nanosecond: nanos)
  }
}
