/// The day of a story's events when its lead sentence names none: news tells it further on
/// ("Putin arrived in Dushanbe on Friday", "he left for home yesterday afternoon"), and the
/// publication date, the fallback, is often the next day's.
extension ExtractionState {
  static let dayParts: Set<String> = ["morning", "afternoon", "evening"]

  /// Token indices of "this morning", "this afternoon", "this evening": the publication day.
  static func partsOfToday(_ t: [Token]) -> [Int] {
    t.indices.dropFirst().filter { dayParts.contains(t[$0].lower) && t[$0 - 1].lower == "this" }.map { $0 - 1 }
  }

  /// The first day told after sentence `i` that falls in the week before publication: the day of
  /// the events the story reports, when its lead names none and no dateline dates it.
  func storyDate(_ dates: [CalendarDate?], after i: Int) -> CalendarDate? {
    guard let published = article.published, !article.datelineDated else { return nil }
    let earliest = published.adding(days: -7)
    return dates.dropFirst(i + 1).lazy.compactMap { $0 }.first { earliest <= $0 && $0 <= published }
  }

  /// The first day a sentence tells relative to publication ("yesterday", "on Friday",
  /// "Tuesday's meeting"); calendar dates ("celebrated on August 30", "signed on October 27")
  /// are as often of other events as of the story's.
  func toldDate(_ a: SentenceAnalysis) -> CalendarDate? {
    guard let ref = article.published else { return nil }
    let today = ExtractionState.partsOfToday(a.tokens).first
    for i in a.tokens.indices where a.tokens[i].has(WordClass.dateWord) {
      if let today, today < i { return ref }
      if ExtractionState.isNotEventDate(a.tokens, at: i) { continue }
      // "tomorrow", "will meet on Friday": a planned day, not the story's
      if let d = DateFinder.resolveRelative(a.tokens, at: i, reference: ref), d.dayNumber <= ref.dayNumber { return d }
    }
    return today == nil ? nil : ref
  }
}
