import BilatCore
import Foundation

/// The clock behind `date()`, `datetime()` and the other constructors called without a value.
enum TemporalClock {
  /// Seconds and nanoseconds since the epoch.
  typealias Instant = (seconds: Int64, nanos: Int64)

  static func now() -> Instant {
    let t = Date().timeIntervalSince1970
    let s = t.rounded(.down)
    return (Int64(s), Int64((t - s) * 1e9))
  }

  static func todayUTC() -> CypherLocalDateTime {
    let (s, n) = now()
    return CypherLocalDateTime(epochSeconds: s, nanos: n)
  }

  /// The current instant in a zone (UTC by default), as the requested kind.
  static func current(_ kind: TemporalKind, _ zone: TemporalZone?, _ instant: Instant) -> TemporalValue {
    let (s, n) = instant
    let dt = CypherDateTime(epochSeconds: s, nanos: n, zone: zone ?? .offset(0))
    switch kind {
    case .date: return .date(dt.local.date)
    case .localTime: return .localTime(dt.local.time)
    case .time: return .time(CypherTime(local: dt.local.time, offsetSeconds: dt.offsetSeconds))
    case .localDateTime: return .localDateTime(dt.local)
    case .dateTime: return .dateTime(dt)
    }
  }
}
