import BilatCore

/// A time of day with a fixed offset from UTC (`time` in Cypher).
public struct CypherTime: Sendable, Hashable {
  public var local: CypherLocalTime
  /// Seconds east of UTC.
  public var offsetSeconds: Int64

  public init(local: CypherLocalTime, offsetSeconds: Int64) {
    self.local = local
    self.offsetSeconds = offsetSeconds
  }

  /// Nanoseconds since midnight UTC, possibly outside one day: what times compare by.
  var utcNanos: Int64 { local.nanoOfDay - offsetSeconds * CivilCalendar.nanosPerSecond }
}

extension CypherTime: CustomStringConvertible {
  public var description: String { local.description + TemporalText.offset(offsetSeconds) }
}
