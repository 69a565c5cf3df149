import BilatCore
import Foundation

/// Offsets of named (IANA) time zones, read through Foundation from the system's zone database
/// (`/usr/share/zoneinfo`, the `tzdata` package on Debian).
enum TimeZoneRules {
  static func isKnown(_ id: String) -> Bool { id.contains("/") || id == "UTC" ? TimeZone(identifier: id) != nil : false }

  /// The offset from UTC, in seconds, of zone `id` at an instant.
  static func offset(_ id: String, atEpochSecond seconds: Int64) -> Int64 {
    guard let zone = TimeZone(identifier: id) else { return 0 }
    return Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
  }

  /// The offset in force at a local date-time in zone `id`, and that local date-time itself, moved
  /// forward past a gap (a daylight-saving jump) if it falls into one. In an overlap the earlier
  /// offset wins.
  static func resolve(_ local: CypherLocalDateTime, _ id: String) -> (offset: Int64, local: CypherLocalDateTime) {
    let t = local.epochSeconds
    let before = offset(id, atEpochSecond: t - CivilCalendar.secondsPerDay)
    let after = offset(id, atEpochSecond: t + CivilCalendar.secondsPerDay)
    for candidate in [before, after] where offset(id, atEpochSecond: t - candidate) == candidate {
      return (candidate, local)
    }
    let exact = offset(id, atEpochSecond: t)
    if offset(id, atEpochSecond: t - exact) == exact { return (exact, local) }
    // A gap: keep the instant the earlier offset gives, seen with the later offset.
    let instant = t - before
    let shiftedOffset = offset(id, atEpochSecond: instant)
    return (shiftedOffset, CypherLocalDateTime(epochSeconds: instant + shiftedOffset, nanos: local.time.nanosecond))
  }
}
