/// A temporal value or text that is not valid; the message says why.
public enum TemporalError: Error, Sendable {
  case invalid(String)

  /// A value beyond what temporal values hold (years past ±999,999,999, durations past 2^63 units).
  static let outOfRange = TemporalError.invalid("the value is out of range")

  public var message: String {
    switch self {
    case .invalid(let m): return m
    }
  }
}
