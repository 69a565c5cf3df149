import BilatCore

/// Reads ISO 8601 durations: unit form (`P1Y2M3W4DT5H6M7.5S`, with fractions and signs on the
/// components, and a sign before the `P`) and date form (`P2012-02-02T14:37:21.545`).
enum DurationParser {
  static func parse(_ text: String) throws -> CypherDuration {
    let failure = TemporalError.invalid("'\(text)' is not a valid duration")
    var rest = Substring(text)
    var sign: Int64 = 1
    if rest.first == "-" || rest.first == "+" {
      sign = rest.first == "-" ? -1 : 1
      rest = rest.dropFirst()
    }
    guard rest.first == "P" || rest.first == "p" else { throw failure }
    rest = rest.dropFirst()
    guard !rest.isEmpty else { throw failure }
    let duration: CypherDuration
    if rest.uppercased().allSatisfy({ !"YMWDHS".contains($0) }) {
      duration = try dateForm(rest, failure)
    } else {
      duration = try unitForm(rest, failure)
    }
    return sign < 0 ? try duration.negated() : duration
  }

  /// `2012-02-02T14:37:21.545`, `20120202T143721`, or only the time after `T`.
  private static func dateForm(_ text: Substring, _ failure: TemporalError) throws -> CypherDuration {
    let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
    var months: Int64 = 0
    var days: Int64 = 0
    if let datePart = parts.first, !datePart.isEmpty {
      let digits = datePart.filter { $0 != "-" }
      guard digits.count == 8, digits.allSatisfy(\.isASCII), let v = Int64(digits) else { throw failure }
      let (y, m, d) = (v / 10000, v / 100 % 100, v % 100)
      guard m <= 12, d <= 31 else { throw failure }
      months = y * 12 + m
      days = d
    }
    var seconds: Int64 = 0
    var nanos: Int64 = 0
    if parts.count == 2 {
      let t = try TemporalParser.localTime(String(parts[1]))
      seconds = t.nanoOfDay / CivilCalendar.nanosPerSecond
      nanos = t.nanosecond
    }
    return CypherDuration(months: months, days: days, seconds: seconds, nanos: nanos)
  }

  private static func unitForm(_ text: Substring, _ failure: TemporalError) throws -> CypherDuration {
    var rest = text
    var inTime = false
    var seen = ""
    var whole: [Character: Int64] = [:]
    var fractional: [Character: Double] = [:]
    var secondNanos: Int64 = 0
    while !rest.isEmpty {
      if rest.first == "T" || rest.first == "t" {
        guard !inTime else { throw failure }
        inTime = true
        rest = rest.dropFirst()
        guard !rest.isEmpty else { throw failure }
        continue
      }
      var number = ""
      while let c = rest.first, c.isNumber || c == "-" || c == "+" || c == "." || c == "," {
        number.append(c == "," ? "." : c)
        rest = rest.dropFirst()
      }
      guard let unitChar = rest.first?.uppercased().first, !number.isEmpty else { throw failure }
      rest = rest.dropFirst()
      let unit: Character = inTime ? (unitChar == "M" ? "m" : unitChar) : unitChar
      let order = inTime ? "HmS" : "YMWD"
      guard let position = order.firstIndex(of: unit), seen.allSatisfy({ c in
        order.firstIndex(of: c).map { $0 < position } ?? true
      }) else { throw failure }
      seen.append(unit)
      if let dot = number.firstIndex(of: ".") {
        if unit == "S" {
          guard let s = Int64(number[..<dot]) else { throw failure }
          var digits = String(number[number.index(after: dot)...])
          guard (1...9).contains(digits.count), digits.allSatisfy(\.isNumber) else { throw failure }
          digits += String(repeating: "0", count: 9 - digits.count)
          let n = Int64(digits) ?? 0
          whole[unit] = s
          secondNanos = number.hasPrefix("-") ? -n : n
        } else {
          guard let v = Double(number) else { throw failure }
          fractional[unit] = v
        }
      } else {
        guard let v = Int64(number) else { throw failure }
        whole[unit] = v
      }
    }
    func value(_ u: Character) -> Double { fractional[u] ?? Double(whole[u] ?? 0) }
    if !fractional.isEmpty {
      return try CypherDuration.approximate(
        months: value("Y") * 12 + value("M"), days: value("W") * 7 + value("D"),
        seconds: value("H") * 3600 + value("m") * 60 + value("S"), nanos: Double(secondNanos))
    }
    let w = { (u: Character) in whole[u] ?? 0 }
    return try CypherDuration.checked(
      months: try CheckedMath.sum([(w("Y"), 12), (w("M"), 1)]), days: try CheckedMath.sum([(w("W"), 7), (w("D"), 1)]),
      seconds: try CheckedMath.sum([(w("H"), 3600), (w("m"), 60), (w("S"), 1)]), nanos: secondNanos)
  }
}
