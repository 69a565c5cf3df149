/// A city's name that is part of a person's: "Prime Minister Noda", "Minister of Trade Mehmet
/// Muş", "Foreign Minister Hassan Wirayuda". Surnames and given names are often place names; a
/// title or a given name right before one, or a person's name right after it, makes it a name.
extension Patterns {
  /// Drops the city spans that a title, a given name or a person's name joins to a name.
  static func citiesInNames(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    let before = a.spans.count
    let read = a
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
      return false
    }
    if a.spans.count != before { a.reindex() }
  }
}
