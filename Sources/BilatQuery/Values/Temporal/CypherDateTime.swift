/// A date and time with a time zone (`datetime` in Cypher): an offset, and a named zone when one was given.
public struct CypherDateTime: Sendable, Hashable {
  public var local: CypherLocalDateTime
  /// Seconds east of UTC at this instant.
  public var offsetSeconds: Int64
  /// The IANA zone (`Europe/Stockholm`), nil for a fixed offset.
  public var zoneID: String?

  public init(local: CypherLocalDateTime, offsetSeconds: Int64, zoneID: String?) {
    self.local = local
    self.offsetSeconds = offsetSeconds
    self.zoneID = zoneID
  }

  /// The date-time at a local date and time in a zone; for a named zone the offset is the one in force
  /// there then (the earlier one in an overlap, shifted past a gap).
  init(local: CypherLocalDateTime, zone: TemporalZone) {
    switch zone {
    case .offset(let seconds):
      self.init(local: local, offsetSeconds: seconds, zoneID: nil)
    case .named(let id):
      let (offset, shifted) = TimeZoneRules.resolve(local, id)
      self.init(local: shifted, offsetSeconds: offset, zoneID: id)
    }
  }

  /// The date-time at an instant, seen in a zone.
  init(epochSeconds: Int64, nanos: Int64, zone: TemporalZone) {
    let offset: Int64
    switch zone {
    case .offset(let s): offset = s
    case .named(let id): offset = TimeZoneRules.offset(id, atEpochSecond: epochSeconds)
    }
    self.init(
      local: CypherLocalDateTime(epochSeconds: epochSeconds + offset, nanos: nanos), offsetSeconds: offset,
      zoneID: zone.name)
  }

  public var zone: TemporalZone { zoneID.map(TemporalZone.named) ?? .offset(offsetSeconds) }

  /// Seconds since the epoch of this instant.
  public var epochSeconds: Int64 { local.epochSeconds - offsetSeconds }
  public var nanosecond: Int64 { local.time.nanosecond }

  /// This instant seen in another zone.
  func at(_ zone: TemporalZone) -> CypherDateTime {
    CypherDateTime(epochSeconds: epochSeconds, nanos: nanosecond, zone: zone)
  }
}

extension CypherDateTime: CustomStringConvertible {
  /// `2015-07-21T21:40:32.142+01:00`, with `[Europe/Stockholm]` after a named zone.
  public var description: String {
    local.description + TemporalText.offset(offsetSeconds) + (zoneID.map { "[\($0)]" } ?? "")
  }
}
