/// Reads ISO 8601 text into temporal values, in the forms Cypher accepts: extended (`2015-07-21`,
/// `21:40:32`) and basic (`20150721`, `214032`) dates and times, week dates (`2015-W30-2`), ordinal
/// dates (`2015-202`), reduced precision (`2015-07`, `2015`, `21:40`, `21`) and zones (`Z`, `+01:00`,
/// `[Europe/Stockholm]`).
struct TemporalParser {
  private let text: String
  private let bytes: [UInt8]
  private var i = 0

  private init(_ text: String) {
    self.text = text
    bytes = Array(text.utf8)
  }

  static func date(_ text: String) throws -> CypherDate {
    var p = TemporalParser(text)
    let d = try p.datePart()
    try p.end("date")
    return d
  }

  static func localTime(_ text: String) throws -> CypherLocalTime {
    var p = TemporalParser(text)
    let t = try p.timePart()
    try p.end("local time")
    return t
  }

  /// A time; without a zone in the text it is UTC.
  static func time(_ text: String) throws -> CypherTime {
    var p = TemporalParser(text)
    let t = try p.timePart()
    let zone = try p.zonePart() ?? .offset(0)
    try p.end("time")
    guard case .offset(let seconds) = zone else { throw p.failure("time") }
    return CypherTime(local: t, offsetSeconds: seconds)
  }

  static func localDateTime(_ text: String) throws -> CypherLocalDateTime {
    var p = TemporalParser(text)
    let l = try p.localDateTimePart()
    try p.end("local date time")
    return l
  }

  /// A date-time; without a zone in the text it is UTC.
  static func dateTime(_ text: String) throws -> CypherDateTime {
    var p = TemporalParser(text)
    let l = try p.localDateTimePart()
    let zone = try p.zonePart() ?? .offset(0)
    try p.end("date time")
    return CypherDateTime(local: l, zone: zone)
  }

  private func failure(_ kind: String) -> TemporalError {
    TemporalError.invalid("'\(text)' is not a valid \(kind)")
  }

  private func end(_ kind: String) throws {
    guard i == bytes.count else { throw failure(kind) }
  }

  private var current: UInt8? { i < bytes.count ? bytes[i] : nil }

  private mutating func accept(_ c: Character) -> Bool {
    guard let b = current, let a = c.asciiValue, b == a else { return false }
    i += 1
    return true
  }

  /// Reads up to `max` digits (at least `min`); nil when fewer are there.
  private mutating func digits(min: Int, max: Int) -> (value: Int64, count: Int)? {
    var value: Int64 = 0
    var count = 0
    while count < max, let b = current, (48...57).contains(b) {
      value = value * 10 + Int64(b - 48)
      count += 1
      i += 1
    }
    return count >= min ? (value, count) : nil
  }

  private mutating func exactly(_ n: Int, _ kind: String) throws -> Int64 {
    guard let d = digits(min: n, max: n) else { throw failure(kind) }
    return d.value
  }

  private mutating func datePart() throws -> CypherDate {
    let kind = "date"
    var year: Int64
    if let b = current, b == 43 || b == 45 {
      i += 1
      guard let d = digits(min: 4, max: 9) else { throw failure(kind) }
      year = b == 45 ? -d.value : d.value
    } else {
      year = try exactly(4, kind)
    }
    do {
      if current == nil || current == 84 { return try CypherDate(year: year, month: 1, day: 1) }
      if accept("-") {
        if accept("W") {
          let week = try exactly(2, kind)
          let day = accept("-") ? try exactly(1, kind) : 1
          return try CypherDate(weekYear: year, week: week, dayOfWeek: day)
        }
        guard let d = digits(min: 2, max: 3) else { throw failure(kind) }
        if d.count == 3 { return try CypherDate(year: year, ordinalDay: d.value) }
        let day = accept("-") ? try exactly(2, kind) : 1
        return try CypherDate(year: year, month: d.value, day: day)
      }
      if accept("W") {
        let week = try exactly(2, kind)
        let day = digits(min: 1, max: 1)?.value ?? 1
        return try CypherDate(weekYear: year, week: week, dayOfWeek: day)
      }
      guard let d = digits(min: 2, max: 4) else { throw failure(kind) }
      switch d.count {
      case 4: return try CypherDate(year: year, month: d.value / 100, day: d.value % 100)
      case 3: return try CypherDate(year: year, ordinalDay: d.value)
      default: return try CypherDate(year: year, month: d.value, day: 1)
      }
    } catch let error as TemporalError {
      throw TemporalError.invalid("'\(text)' is not a valid date: \(error.message)")
    }
  }

  private mutating func timePart() throws -> CypherLocalTime {
    let kind = "time"
    let hour = try exactly(2, kind)
    var minute: Int64 = 0
    var second: Int64 = 0
    var nanos: Int64 = 0
    let extended = current == 58
    if extended ? accept(":") : true, let m = digits(min: 2, max: 2) {
      minute = m.value
      if extended ? accept(":") : true, let s = digits(min: 2, max: 2) {
        second = s.value
        if accept(".") || accept(",") {
          guard let f = digits(min: 1, max: 9) else { throw failure(kind) }
          nanos = f.value
          for _ in f.count..<9 { nanos *= 10 }
        }
      } else if extended && bytes[i - 1] == 58 {
        throw failure(kind)
      }
    } else if extended {
      throw failure(kind)
    }
    do {
      return try CypherLocalTime(hour: hour, minute: minute, second: second, nanosecond: nanos)
    } catch let error as TemporalError {
      throw TemporalError.invalid("'\(text)' is not a valid time: \(error.message)")
    }
  }

  private mutating func localDateTimePart() throws -> CypherLocalDateTime {
    let date = try datePart()
    guard accept("T") else { return CypherLocalDateTime(date: date, time: .midnight) }
    return CypherLocalDateTime(date: date, time: try timePart())
  }

  /// An offset and/or a bracketed zone name, nil when the text has neither.
  private mutating func zonePart() throws -> TemporalZone? {
    var zone: TemporalZone?
    if let b = current, b == 43 || b == 45 || b == 90 {
      let start = i
      i += 1
      while let c = current, (48...57).contains(c) || c == 58 { i += 1 }
      let offsetText = Substring(String(decoding: bytes[start..<i], as: UTF8.self))
      guard let seconds = TemporalZone.parseOffset(offsetText) else { throw failure("time zone") }
      zone = .offset(seconds)
    }
    if accept("[") {
      let start = i
      while let c = current, c != 93 { i += 1 }
      let name = String(decoding: bytes[start..<i], as: UTF8.self)
      guard accept("]") else { throw failure("time zone") }
      zone = try TemporalZone.parse(name)
    }
    return zone
  }
}
