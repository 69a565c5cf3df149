/// A temporal value or text that is not valid; the message says why.
public enum TemporalError: Error, Sendable {
  case invalid(String)

  public var message: String {
    switch self {
    case .invalid(let m): return m
    }
  }
}
