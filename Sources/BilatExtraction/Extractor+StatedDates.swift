/// The date a sentence states for its event: an absolute date or one relative to the
/// publication ("on Tuesday", "yesterday"), the one nearest the meeting's trigger, without the
/// dates of other events ("since November 10", a plan's weekday, a relative clause's arrival).
extension ExtractionState {
  static let notEventDate: Set<String> = [
    "since", "until", "till", "from", "by", "before", "after", "through", "of", "dated",
  ]

  /// Whether the date at token `i` is not the event's: "since November 10", the end of a range
  /// ("from Wednesday to Friday": a visit's meetings start on its first day, which is kept).
  static func isNotEventDate(_ t: [Token], at i: Int) -> Bool {
    guard i > 0 else { return false }
    let prev = t[i - 1].lower
    let rangeEnd: Set<String> = ["to", "until", "till", "through", "-", "–"]
    if prev == "from" {
      return !t[i..<min(t.count, i + 6)].contains { rangeEnd.contains($0.lower) }
    }
    if rangeEnd.contains(prev) && t[max(0, i - 6)..<(i - 1)].contains(where: { $0.lower == "from" }) { return true }
    return notEventDate.contains(prev)
  }

  /// The date a sentence states for its event (absolute, or relative to the publication date):
  /// the one nearest to `near` (the trigger), skipping "since November 10"-style dates.
  func statedDate(_ a: SentenceAnalysis, near: Int? = nil) -> CalendarDate? {
    statedDateAt(a, near: near)?.date
  }

  /// ``statedDate(_:near:)`` with the token where the date starts.
  func statedDateAt(_ a: SentenceAnalysis, near: Int? = nil) -> (index: Int, date: CalendarDate)? {
    var candidates: [(Int, CalendarDate)] = []
    var absolute: [Int] = []
    for m in DateFinder.find(in: a.tokens) {
      let lo = m.tokens.lowerBound
      if ExtractionState.isNotEventDate(a.tokens, at: lo) { continue }
      guard let d = m.date(reference: article.published) else { continue }
      // "the forum that will open on June 28": a planned event's day, after the report's (a
      // weekday so told looks forward and is left out below), never the day of talks held
      if let ref = article.published, d > ref, DateFinder.inFutureClause(a.tokens, before: lo) { continue }
      candidates.append((lo, d))
      absolute.append(lo)
    }
    // "today, Tuesday 13 March 2018": a relative word the full date right after it spells out
    func spelledOut(_ i: Int) -> Bool { absolute.contains { $0 > i && $0 <= i + 4 } }
    if let ref = article.published {
      for i in a.tokens.indices where a.tokens[i].has(WordClass.dateWord) {
        if ExtractionState.isNotEventDate(a.tokens, at: i) { continue }
        // "who is slated to meet the King on Monday": a weekday of a plan is no day of talks held
        if Token.phrase(a.tokens, before: i, within: 12, contains: DateFinder.futureMarkers) { continue }
        if spelledOut(i) { continue }
        if let d = DateFinder.resolveRelative(a.tokens, at: i, reference: ref), d <= ref { candidates.append((i, d)) }
      }
      for i in ExtractionState.partsOfToday(a.tokens) where !spelledOut(i) { candidates.append((i, ref)) }
    }
    guard let near else { return candidates.min { $0.0 < $1.0 }.map { ($0.0, $0.1) } }
    // a date inside a relative clause the trigger is not in belongs to that clause's event:
    // "Tokaev, who arrived on Tuesday, also held talks with Li Keqiang on Wednesday"
    // ("During the talks, which were held on March 6, ...": a clause about the meeting itself
    // tells its date)
    var clause = ExtractionState.relativeClauses(a.tokens).filter { c in
      c.lowerBound < 2 || !ExtractionState.meetingNouns.contains(a.tokens[c.lowerBound - 2].lower)
    }
    // "According to the ministry on Thursday, A met B Wednesday in Warsaw": the report's date
    if a.tokens.first?.lower == "according", let comma = a.tokens.firstIndex(where: { $0.text == "," }) {
      clause.append(0..<comma)
    }
    func inOtherClause(_ i: Int) -> Bool { clause.contains { $0.contains(i) && !$0.contains(near) } }
    // "Hu, who arrived yesterday, is holding talks with Rahmon": the clause's date is the
    // arrival's, and the talks have none of their own
    let main = candidates.filter { !inOtherClause($0.0) }
    return main.min { abs($0.0 - near) < abs($1.0 - near) }.map { ($0.0, $0.1) }
  }

  /// Whether the date at token `i` starts a span of days ("between May 26 and 28", "from 12 to
  /// 14 June", "12-14 June"): the first day of a visit, which a later sentence telling the talks
  /// with a day of their own corrects.
  static func startsDaySpan(_ t: [Token], at i: Int) -> Bool {
    if i > 0, ["between", "from"].contains(t[i - 1].lower) { return true }
    var k = i + 1
    while k < t.count, k <= i + 3, t[k].text != "," {
      if ["-", "–", "to", "and"].contains(t[k].lower), k + 1 < t.count, t[k + 1].kind == .number { return true }
      k += 1
    }
    return false
  }
}
