import Foundation

/// One of Cypher's temporal values: the payload of ``CypherValue/temporal(_:)``.
public enum TemporalValue: Sendable, Hashable {
  case date(CypherDate)
  case localTime(CypherLocalTime)
  case time(CypherTime)
  case localDateTime(CypherLocalDateTime)
  case dateTime(CypherDateTime)
  case duration(CypherDuration)

  /// The type name used in error messages.
  public var typeName: String {
    switch self {
    case .date: return "Date"
    case .localTime: return "LocalTime"
    case .time: return "Time"
    case .localDateTime: return "LocalDateTime"
    case .dateTime: return "DateTime"
    case .duration: return "Duration"
    }
  }

  /// Rank among the temporal types in the global sort order: datetime, localdatetime, date, time,
  /// localtime, duration.
  var orderRank: Int {
    switch self {
    case .dateTime: return 0
    case .localDateTime: return 1
    case .date: return 2
    case .time: return 3
    case .localTime: return 4
    case .duration: return 5
    }
  }

  /// The date part, for values that have one.
  var datePart: CypherDate? {
    switch self {
    case .date(let d): return d
    case .localDateTime(let l): return l.date
    case .dateTime(let z): return z.local.date
    default: return nil
    }
  }

  /// The local time part, for values that have one.
  var timePart: CypherLocalTime? {
    switch self {
    case .localTime(let t): return t
    case .time(let t): return t.local
    case .localDateTime(let l): return l.time
    case .dateTime(let z): return z.local.time
    default: return nil
    }
  }

  /// The zone, for values that have one.
  var zonePart: TemporalZone? {
    switch self {
    case .time(let t): return .offset(t.offsetSeconds)
    case .dateTime(let z): return z.zone
    default: return nil
    }
  }

  /// `a < b` for two values of the same type; nil for different types and for durations,
  /// which have no order of their own.
  static func compare(_ a: TemporalValue, _ b: TemporalValue) -> ComparisonResult? {
    func cmp<T: Comparable>(_ x: T, _ y: T) -> ComparisonResult {
      x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
    }
    switch (a, b) {
    case (.date(let x), .date(let y)): return cmp(x, y)
    case (.localTime(let x), .localTime(let y)): return cmp(x, y)
    case (.localDateTime(let x), .localDateTime(let y)): return cmp(x, y)
    case (.time(let x), .time(let y)):
      let c = cmp(x.utcNanos, y.utcNanos)
      return c != .orderedSame ? c : cmp(x.offsetSeconds, y.offsetSeconds)
    case (.dateTime(let x), .dateTime(let y)):
      let c = cmp(x.epochSeconds, y.epochSeconds)
      return c != .orderedSame ? c : cmp(x.nanosecond, y.nanosecond)
    default: return nil
    }
  }

  /// The total order used by ORDER BY within one temporal type (durations by average length).
  static func order(_ a: TemporalValue, _ b: TemporalValue) -> ComparisonResult {
    if a.orderRank != b.orderRank { return a.orderRank < b.orderRank ? .orderedAscending : .orderedDescending }
    if case .duration(let x) = a, case .duration(let y) = b {
      let kx = [x.averageSeconds, x.nanos, x.months, x.days, x.seconds]
      let ky = [y.averageSeconds, y.nanos, y.months, y.days, y.seconds]
      return kx == ky ? .orderedSame : (kx.lexicographicallyPrecedes(ky) ? .orderedAscending : .orderedDescending)
    }
    if case .dateTime(let x) = a, case .dateTime(let y) = b, let c = compare(a, b), c == .orderedSame {
      return (x.zoneID ?? "") < (y.zoneID ?? "") ? .orderedAscending : .orderedSame
    }
    return compare(a, b) ?? .orderedSame
  }
}

extension TemporalValue: CustomStringConvertible {
  /// The ISO 8601 text Cypher's `toString` gives.
  public var description: String {
    switch self {
    case .date(let d): return d.description
    case .localTime(let t): return t.description
    case .time(let t): return t.description
    case .localDateTime(let l): return l.description
    case .dateTime(let z): return z.description
    case .duration(let d): return d.description
    }
  }
}
