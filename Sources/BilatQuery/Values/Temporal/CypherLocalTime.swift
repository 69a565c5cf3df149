import BilatCore

/// A time of day without time zone (`localtime` in Cypher), held as nanoseconds since midnight.
public struct CypherLocalTime: Sendable, Hashable, Comparable {
  /// Nanoseconds since midnight, in `0 ..< 86_400 * 10^9`.
  public var nanoOfDay: Int64

  public init(nanoOfDay: Int64) { self.nanoOfDay = CivilCalendar.floorMod(nanoOfDay, CivilCalendar.nanosPerDay) }

  /// A time from validated fields.
  public init(hour: Int64, minute: Int64, second: Int64, nanosecond: Int64) throws {
    guard (0...23).contains(hour) else { throw TemporalError.invalid("hour \(hour) is out of range 0-23") }
    guard (0...59).contains(minute) else { throw TemporalError.invalid("minute \(minute) is out of range 0-59") }
    guard (0...59).contains(second) else { throw TemporalError.invalid("second \(second) is out of range 0-59") }
    guard (0...999_999_999).contains(nanosecond) else {
      throw TemporalError.invalid("nanosecond \(nanosecond) is out of range")
    }
    nanoOfDay = ((hour * 60 + minute) * 60 + second) * CivilCalendar.nanosPerSecond + nanosecond
  }

  public static let midnight = CypherLocalTime(nanoOfDay: 0)

  public var hour: Int64 { nanoOfDay / (3600 * CivilCalendar.nanosPerSecond) }
  public var minute: Int64 { nanoOfDay / (60 * CivilCalendar.nanosPerSecond) % 60 }
  public var second: Int64 { nanoOfDay / CivilCalendar.nanosPerSecond % 60 }
  public var nanosecond: Int64 { nanoOfDay % CivilCalendar.nanosPerSecond }

  public static func < (a: CypherLocalTime, b: CypherLocalTime) -> Bool { a.nanoOfDay < b.nanoOfDay }
}

extension CypherLocalTime: CustomStringConvertible {
  /// `21:40`, `21:40:32` or `21:40:32.142`: seconds only when not zero, fractions in groups of three.
  public var description: String {
    var s = TemporalText.pad(hour, 2) + ":" + TemporalText.pad(minute, 2)
    if second != 0 || nanosecond != 0 { s += ":" + TemporalText.pad(second, 2) + TemporalText.fraction(nanosecond) }
    return s
  }
}
