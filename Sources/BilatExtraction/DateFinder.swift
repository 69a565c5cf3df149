/// Finds calendar dates written in English news style within tokens.
///
/// Understands "November 27, 2023", "Nov. 27", "27 November 2023", "28 November, 2023",
/// "2023-11-27", "27.11.2023"; relative forms ("today", "on Tuesday", "yesterday") are
/// resolved against a reference date by ``resolveRelative(_:at:reference:)``.
public enum DateFinder {
  /// A date found in text: the token range it covers and the date, whose year may be missing.
  public struct Match: Sendable, Equatable {
    public var tokens: Range<Int>
    public var year: Int?
    public var month: Int
    public var day: Int

    /// The date, taking the year from `reference` when the text gives none (and stepping back a
    /// year when that would put a day-month far after the reference).
    public func date(reference: CalendarDate?) -> CalendarDate? {
      if let year { return CalendarDate(year: year, month: month, day: day) }
      guard let reference else { return nil }
      guard let d = CalendarDate(year: reference.year, month: month, day: day) else { return nil }
      if d.dayNumber - reference.dayNumber > 60 {
        return CalendarDate(year: reference.year - 1, month: month, day: day)
      }
      return d
    }
  }

  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
  ]

  static let weekdays: [String: Int] = [
    "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
  ]

  static func month(_ t: Token) -> Int? {
    guard t.isWord, let m = months[t.lower] else { return nil }
    // "may" and "mar" are also words: only capitalized forms count
    if (t.lower == "may" || t.lower == "mar") && !t.isCapitalized { return nil }
    return m
  }

  static func number(_ t: Token, in range: ClosedRange<Int>) -> Int? {
    guard t.kind == .number else { return nil }
    var s = Substring(t.lower)
    for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { s = s.dropLast(2) }
    guard let n = Int(s), range.contains(n) else { return nil }
    return n
  }

  /// A day of the month, or the first day of a range written as one token with a hyphen ("April
  /// 11-12", "27-28 November": the talks began on the first; an en dash splits into tokens and
  /// reads the same way).
  static func day(_ t: Token) -> Int? {
    if let d = number(t, in: 1...31) { return d }
    guard t.kind == .number else { return nil }
    let parts = t.text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) }), let first = Int(parts[0]),
      let last = Int(parts[1]), (1...31).contains(first), (1...31).contains(last), first < last
    else { return nil }
    return first
  }

  /// All absolute dates in `tokens`, left to right, not overlapping.
  public static func find(in tokens: [Token]) -> [Match] {
    var out: [Match] = []
    var i = 0
    while i < tokens.count {
      if tokens[i].kind != .number && !tokens[i].has(WordClass.dateWord) {
        i += 1
        continue
      }
      if let m = match(tokens, at: i) {
        out.append(m)
        i = m.tokens.upperBound
      } else {
        i += 1
      }
    }
    return out
  }

  /// The date starting at token `i`, if any.
  public static func match(_ tokens: [Token], at i: Int) -> Match? {
    let t = tokens[i]
    func skipDot(_ j: Int) -> Int { j < tokens.count && tokens[j].text == "." ? j + 1 : j }
    func skipComma(_ j: Int) -> Int { j < tokens.count && tokens[j].text == "," ? j + 1 : j }
    func year(at j: Int) -> Int? { j < tokens.count ? number(tokens[j], in: 1900...2200) : nil }
    if t.kind == .number {
      // ISO 2023-11-27 or 27.11.2023 as one token
      let parts = t.text.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" })
      if parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) {
        if parts[0].count == 4, CalendarDate(year: a, month: b, day: c) != nil {
          return Match(tokens: i..<(i + 1), year: a, month: b, day: c)
        }
        // "01/15/2009", "04/01/2013": with slashes the month comes first, as English-language
        // pages write it (every such date of the development sets); with periods the day
        if parts[2].count == 4, t.text.contains("/"), CalendarDate(year: c, month: a, day: b) != nil {
          return Match(tokens: i..<(i + 1), year: c, month: a, day: b)
        }
        if parts[2].count == 4, CalendarDate(year: c, month: b, day: a) != nil {
          return Match(tokens: i..<(i + 1), year: c, month: b, day: a)
        }
      }
      // 27 November [,] [2023]
      if let d = day(t), i + 1 < tokens.count, let m = month(tokens[i + 1]) {
        var j = skipDot(i + 2)
        let k = skipComma(j)
        var y: Int?
        if let yy = year(at: k) {
          y = yy
          j = k + 1
        }
        return Match(tokens: i..<j, year: y, month: m, day: d)
      }
      return nil
    }
    // November 27 [,] [2023]
    if let m = month(t) {
      let j0 = skipDot(i + 1)
      guard j0 < tokens.count, let d = day(tokens[j0]) else { return nil }
      var j = j0 + 1
      let k = skipComma(j)
      var y: Int?
      if let yy = year(at: k) {
        y = yy
        j = k + 1
      }
      return Match(tokens: i..<j, year: y, month: m, day: d)
    }
    return nil
  }

  /// Words that put the event of the words after them in the future: "will be held on Wednesday",
  /// "is due to arrive on Friday", "the talks scheduled for Monday".
  static let futureMarkers: Set<String> = [
    "will", "shall", "due", "scheduled", "expected", "upcoming", "planned", "slated",
  ]

  /// A relative date at token `i` ("today", "yesterday", "tomorrow", "on Tuesday", "this Monday").
  public static func resolveRelative(_ tokens: [Token], at i: Int, reference: CalendarDate) -> CalendarDate? {
    let t = tokens[i]
    switch t.lower {
    case "today", "tonight": return reference
    case "yesterday": return reference.adding(days: -1)
    case "tomorrow": return reference.adding(days: 1)
    default:
      guard let w = weekdays[t.lower], t.isCapitalized else { return nil }
      // "next Monday" looks forward, a week on when it is Monday today
      let fwd = (w - reference.weekday + 7) % 7
      if i > 0 && tokens[i - 1].lower == "next" { return reference.adding(days: fwd == 0 ? 7 : fwd) }
      // "a forum that will open on Wednesday" looks forward from the report's day, which
      // may be that day itself; everything else ("met on Tuesday") backward
      if inFutureClause(tokens, before: i) { return reference.adding(days: fwd) }
      return reference.previous(weekday: w)
    }
  }

  /// Whether a future marker comes in the five words before token `i` with no punctuation between
  /// ("will meet on Friday"; not "said on Monday" after "will ... ,").
  static func inFutureClause(_ tokens: [Token], before i: Int) -> Bool {
    Token.phrase(tokens, before: i, within: 5, contains: futureMarkers)
  }
}
