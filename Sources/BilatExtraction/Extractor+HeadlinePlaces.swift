/// A headline often tells where the talks were when the body does not: "Peruvian, Ghanaian
/// ministers met in Accra", "Foreign Minister in Lima: ...", "Leaders hold talks in Quito".
extension ExtractionState {
  /// Headline words of a meeting or a stay before "in" and the city.
  static let headlineMeetingWords: Set<String> = [
    "met", "meet", "meets", "meeting", "talks", "hold", "holds", "held", "received", "receives", "hosts", "hosted",
    "welcomes", "welcomed", "minister", "president", "premier", "leaders", "presidents", "ministers", "visit",
  ]

  /// The city the headline puts a meeting in: a city the dictionaries know, right after "in",
  /// with a meeting word (or a leader's title) among the few words before it and no plan
  /// ("to meet", "will hold talks") in the headline.
  func headlineCity() -> String? {
    guard let title = article.title else { return nil }
    let u = Array(title.utf16)
    let t = Tokenizer.tokenize(u, 0..<u.count)
    guard
      !t.contains(where: {
        ExtractionState.planWords.contains($0.lower) || $0.lower == "to" || $0.lower == "ahead"
      })
    else { return nil }
    for m in lexicon.matches(in: t) where m.best.kind == .city {
      let lo = m.tokens.lowerBound
      guard lo > 0, t[lo - 1].lower == "in" else { continue }
      let before = t[max(0, lo - 5)..<(lo - 1)]
      guard before.contains(where: { ExtractionState.headlineMeetingWords.contains($0.lower) }) else { continue }
      return m.best.canonical
    }
    return nil
  }

  /// Meetings in person that nothing placed, or only the dateline, are in the headline's city,
  /// when the body names it too (the headline is no sentence to give evidence).
  mutating func placeInHeadlineCity(_ meetings: inout [MeetingInfo]) {
    guard meetings.contains(where: { ($0.place == nil || $0.placeFiled) && $0.mode == "in person" }),
      let name = headlineCity(), let id = table.find("City", name)
    else { return }
    for k in meetings.indices
    where (meetings[k].place == nil || meetings[k].placeFiled) && meetings[k].mode == "in person" {
      meetings[k].place = id
      meetings[k].placeFiled = false
    }
  }
}
