import BilatCore

/// An amount of time (`duration` in Cypher): months, days, seconds and nanoseconds, kept apart because
/// months and days have no fixed length.
public struct CypherDuration: Sendable, Hashable {
  public var months: Int64
  public var days: Int64
  public var seconds: Int64
  /// Always in `0 ..< 10^9`; the sign lives in `seconds`.
  public var nanos: Int64

  public init(months: Int64, days: Int64, seconds: Int64, nanos: Int64) {
    self.months = months
    self.days = days
    self.seconds = seconds + CivilCalendar.floorDiv(nanos, CivilCalendar.nanosPerSecond)
    self.nanos = CivilCalendar.floorMod(nanos, CivilCalendar.nanosPerSecond)
  }

  public static let zero = CypherDuration(months: 0, days: 0, seconds: 0, nanos: 0)

  /// A duration from fractional amounts: fractions of months become days (of 30.436875 days), fractions
  /// of days become seconds, fractions of seconds nanoseconds; what is left of a nanosecond is dropped.
  static func approximate(months: Double, days: Double, seconds: Double, nanos: Double) throws -> CypherDuration {
    for v in [months, days, seconds, nanos] where !v.isFinite || abs(v) > 9.2e18 {
      throw TemporalError.invalid("duration is out of range")
    }
    let m = months.rounded(.towardZero)
    let allDays = days + CivilCalendar.averageDaysPerMonth * (months - m)
    let d = allDays.rounded(.towardZero)
    let allSeconds = seconds + Double(CivilCalendar.secondsPerDay) * (allDays - d)
    let s = allSeconds.rounded(.towardZero)
    let n = (nanos + 1e9 * (allSeconds - s)).rounded(.towardZero)
    return try checked(
      months: try CheckedMath.int64(m), days: try CheckedMath.int64(d), seconds: try CheckedMath.int64(s),
      nanos: try CheckedMath.int64(n))
  }

  /// A duration from amounts that may overflow once the nanoseconds are carried into the seconds.
  static func checked(months: Int64, days: Int64, seconds: Int64, nanos: Int64) throws -> CypherDuration {
    _ = try CheckedMath.add(seconds, CivilCalendar.floorDiv(nanos, CivilCalendar.nanosPerSecond))
    return CypherDuration(months: months, days: days, seconds: seconds, nanos: nanos)
  }

  /// Seconds of the average length (months of 30.436875 days): what ordering uses.
  var averageSeconds: Int64 {
    seconds &+ days &* CivilCalendar.secondsPerDay &+ months &* CivilCalendar.averageSecondsPerMonth
  }

  /// The component-wise sum.
  func plus(_ b: CypherDuration) throws -> CypherDuration {
    try CypherDuration.checked(
      months: try CheckedMath.add(months, b.months), days: try CheckedMath.add(days, b.days),
      seconds: try CheckedMath.add(seconds, b.seconds), nanos: nanos + b.nanos)
  }

  /// The duration with every component negated.
  func negated() throws -> CypherDuration {
    try CypherDuration.checked(
      months: try CheckedMath.multiply(months, -1), days: try CheckedMath.multiply(days, -1),
      seconds: try CheckedMath.multiply(seconds, -1), nanos: -nanos)
  }
}

extension CypherDuration: CustomStringConvertible {
  /// ISO 8601 as Cypher prints it: `P1Y2M3DT4H5M6.7S`, zero as `PT0S`; the time part keeps one sign
  /// for seconds and their fraction (`PT-1.5S`).
  public var description: String {
    var out = "P"
    func append(_ v: Int64, _ unit: String) { if v != 0 { out += String(v) + unit } }
    append(months / 12, "Y")
    append(months % 12, "M")
    append(days, "D")
    if seconds != 0 || nanos != 0 {
      let negative = seconds < 0
      var s = seconds
      var n = nanos
      if negative && n != 0 {
        s += 1
        n = CivilCalendar.nanosPerSecond - n
      }
      out += "T"
      append(s / 3600, "H")
      s %= 3600
      append(s / 60, "M")
      s %= 60
      var fraction = ""
      if n != 0 {
        var digits = TemporalText.pad(n, 9)
        while digits.hasSuffix("0") { digits.removeLast() }
        fraction = "." + digits
      }
      if s != 0 {
        out += (negative && s >= 0 && n != 0 ? "-" : "") + String(s) + fraction + "S"
      } else if n != 0 {
        out += (negative ? "-" : "") + "0" + fraction + "S"
      }
    }
    return out == "P" ? "PT0S" : out
  }
}
