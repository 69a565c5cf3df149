/// A time zone: a fixed offset or an IANA zone name.
public enum TemporalZone: Sendable, Hashable {
  case offset(Int64)
  case named(String)

  /// The zone name, nil for a fixed offset.
  var name: String? {
    if case .named(let n) = self { return n }
    return nil
  }

  /// The offset in force at a local date-time (for fixed offsets, the offset).
  func offset(at local: CypherLocalDateTime) -> Int64 {
    switch self {
    case .offset(let s): return s
    case .named(let id): return TimeZoneRules.resolve(local, id).offset
    }
  }

  /// Reads `Z`, `+01:00`, `-0130`, `+02`, `+02:05:59` or a zone name such as `Europe/Stockholm`.
  static func parse(_ text: String) throws -> TemporalZone {
    if let seconds = parseOffset(Substring(text)) { return .offset(seconds) }
    guard TimeZoneRules.isKnown(text) else { throw TemporalError.invalid("unknown time zone '\(text)'") }
    return .named(text)
  }

  /// Seconds of an offset text, nil when it is not one.
  static func parseOffset(_ text: Substring) -> Int64? {
    if text == "Z" || text == "z" { return 0 }
    guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
    let digits = text.dropFirst().filter { $0 != ":" }
    guard [2, 4, 6].contains(digits.count), digits.allSatisfy(\.isASCII), let value = Int64(digits) else { return nil }
    if text.dropFirst().contains(":"), !(text.count == 6 || text.count == 9) { return nil }
    let (h, m, s) = digits.count == 2 ? (value, 0, 0) : digits.count == 4 ? (value / 100, value % 100, 0)
      : (value / 10000, value / 100 % 100, value % 100)
    guard h <= 18, m < 60, s < 60 else { return nil }
    let total = h * 3600 + m * 60 + s
    guard total <= 18 * 3600 else { return nil }
    return sign == "-" ? -total : total
  }
}
