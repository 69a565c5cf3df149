/// The five temporal instant types, as their constructor functions are named.
enum TemporalKind: String, Sendable {
  case date, localTime = "localtime", time, localDateTime = "localdatetime", dateTime = "datetime"

  var hasDate: Bool { self == .date || self == .localDateTime || self == .dateTime }
  var hasTime: Bool { self != .date }
  var hasZone: Bool { self == .time || self == .dateTime }
}
