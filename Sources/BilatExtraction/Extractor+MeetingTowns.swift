/// A town the gazetteer does not know, named where the talks took place: "A and B met in
/// Kasane for a working day" (a town of ten thousand; the gazetteer lists cities of fifteen
/// thousand and more).
extension ExtractionState {
  /// The City of capitalized words no rule took after "in" in the clause of a meeting trigger at
  /// `trigger` ("met in Kasane", "held talks with B in Mpondwe on Monday"), if the sentence names
  /// one.
  mutating func namedTown(_ a: SentenceAnalysis, after trigger: Int) -> Int? {
    let t = a.tokens
    var k = trigger + 1
    while k + 1 < t.count, k - trigger <= 12, t[k].kind != .punctuation || t[k].text == "'s" {
      defer { k += 1 }
      guard t[k].lower == "in", a.cover[k] < 0 else { continue }
      // the tagger read the words as a location: the talks' town ("in Port Velara on Monday")
      if let s = a.span(at: k + 1), s.kind == .place, s.rule.hasPrefix("tagger"), s.tokens.lowerBound == k + 1,
        let id = s.entity, s.tokens.upperBound == t.count || !t[s.tokens.upperBound].isCapitalized
      {
        return table.relabel(id, to: "City")
      }
      var e = k + 1
      while e < t.count, e - k <= 3, t[e].isWord, t[e].isCapitalized, a.cover[e] < 0,
        !Patterns.isFunctionCapital(t[e]), DateFinder.months[t[e].lower] == nil,
        DateFinder.weekdays[t[e].lower] == nil, !People.notNameWords.contains(t[e].lower)
      {
        e += 1
      }
      // the words end the phrase: a comma or period, or a lower-case word ("for", "on")
      guard e > k + 1, e == t.count || !t[e].isCapitalized || t[e].kind == .punctuation,
        t[(k + 1)..<e].contains(where: { $0.text.count >= 3 })
      else { continue }
      let r = (k + 1)..<e
      let id = table.entity("City", a.text(r))
      table.mention(id, mention(a, r, "meeting-town", 0.6))
      return id
    }
    return nil
  }
}
