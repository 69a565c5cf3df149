/// A city's name that is part of a person's: "Prime Minister Noda", "Minister of Trade Mehmet
/// Muş", "Foreign Minister Hassan Wirayuda". Surnames and given names are often place names; a
/// title or a given name right before one, or a person's name right after it, makes it a name.
/// So does a capitalized word that no rule read next to it: the city names an event, a document,
/// a body or an area ("Riyadh Summit", "Minsk Protocol", "London Stock Exchange", "Metro Manila").
extension Patterns {
  /// Drops the city spans that a title, a given name, a person's name or another name word joins
  /// to a longer name.
  static func citiesInNames(_ a: inout SentenceAnalysis) {
    guard a.spans.contains(where: { $0.kind == .city }) else { return }
    let t = a.tokens
    let before = a.spans.count
    let read = a
    let words = t.filter { $0.kind == .word && $0.text.count > 3 }
    // a headline in title case leaves almost no long word in lower case
    let titleCased = words.count >= 4 && words.filter { !$0.isCapitalized }.count * 5 <= words.count
    a.spans.removeAll { s in
      guard s.kind == .city, s.rule.hasPrefix("dictionary") else { return false }
      let lo = s.tokens.lowerBound
      let hi = s.tokens.upperBound
      if lo > 0, let p = read.span(at: lo - 1), p.tokens.upperBound == lo, p.kind == .title || p.kind == .person {
        return true
      }
      if lo > 0, read.span(at: lo - 1) == nil, t[lo - 1].isCapitalized, People.firstNames.contains(t[lo - 1].lower) {
        return true
      }
      // "Hassan Wirayuda" (not "Mayor of Moscow Yury Luzhkov": the office's city)
      if let p = read.span(at: hi), p.kind == .person, p.tokens.lowerBound == hi,
        lo == 0 || !locativeWords.contains(t[lo - 1].lower) && t[lo - 1].lower != "of"
      {
        return true
      }
      // the last word of a longer name: "Metro Manila", "Expo Astana" (a capitalized word in
      // the middle of a sentence that no rule read)
      if lo > 1, t[lo - 1].kind == .word, t[lo - 1].isCapitalized, read.span(at: lo - 1) == nil, !titleCased,
        t[lo - 2].kind == .word, !Patterns.isFunctionCapital(t[lo - 1])
      {
        return true
      }
      // the first word of a longer name: "Riyadh Summit", "Minsk agreements", "London Stock
      // Exchange", "Dushanbe Declaration" (not in a headline that capitalizes every word)
      if hi < t.count, t[hi].kind == .word, t[hi].isCapitalized, !titleCased,
        DateFinder.months[t[hi].lower] == nil, DateFinder.weekdays[t[hi].lower] == nil,
        !["today", "tomorrow", "yesterday", "tonight"].contains(t[hi].lower)
      {
        if let next = read.span(at: hi) {
          if [.organization, .agreement, .facility, .project].contains(next.kind) { return true }
        } else {
          return true
        }
      }
      return false
    }
    if a.spans.count != before { a.reindex() }
  }
}
