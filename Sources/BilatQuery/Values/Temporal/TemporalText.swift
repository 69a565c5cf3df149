/// Small text helpers shared by the temporal types.
enum TemporalText {
  static func pad(_ v: Int64, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  /// `.123`, `.123456` or `.123456789`: the fraction of a second in groups of three digits.
  static func fraction(_ nanos: Int64) -> String {
    guard nanos != 0 else { return "" }
    if nanos % 1_000_000 == 0 { return "." + pad(nanos / 1_000_000, 3) }
    if nanos % 1000 == 0 { return "." + pad(nanos / 1000, 6) }
    return "." + pad(nanos, 9)
  }

  /// `Z`, `+01:00` or `+02:05:59`.
  static func offset(_ seconds: Int64) -> String {
    guard seconds != 0 else { return "Z" }
    let a = abs(seconds)
    var s = (seconds < 0 ? "-" : "+") + pad(a / 3600, 2) + ":" + pad(a / 60 % 60, 2)
    if a % 60 != 0 { s += ":" + pad(a % 60, 2) }
    return s
  }
}
