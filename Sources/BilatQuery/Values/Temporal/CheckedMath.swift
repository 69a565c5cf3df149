/// Integer arithmetic for temporal values that reports overflow as a ``TemporalError`` instead of
/// trapping: years, months and seconds come straight from queries and can be anything.
enum CheckedMath {
  static func add(_ a: Int64, _ b: Int64) throws -> Int64 {
    let (r, overflow) = a.addingReportingOverflow(b)
    if overflow { throw TemporalError.outOfRange }
    return r
  }

  static func multiply(_ a: Int64, _ b: Int64) throws -> Int64 {
    let (r, overflow) = a.multipliedReportingOverflow(by: b)
    if overflow { throw TemporalError.outOfRange }
    return r
  }

  /// Sum of products `Σ value × factor`.
  static func sum(_ terms: [(Int64, Int64)]) throws -> Int64 {
    var total: Int64 = 0
    for (value, factor) in terms { total = try add(total, try multiply(value, factor)) }
    return total
  }

  /// The integer part of a double that fits an Int64.
  static func int64(_ d: Double) throws -> Int64 {
    guard d.isFinite, d > -9.2e18, d < 9.2e18 else { throw TemporalError.outOfRange }
    return Int64(d)
  }
}
