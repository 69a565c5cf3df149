/// Where a body's name ends and a person's begins in a title's complement.
extension People {
  /// Whether a person's name starts at `i` inside the capitalized run after "Chairman of the ...":
  /// a person span starts there, or a common given name followed by another name word ("President
  /// of the Alpine Confederation Johann Keller"). The words before are the body's name.
  static func startsPersonAfterBody(_ a: SentenceAnalysis, at i: Int) -> Bool {
    if let s = a.span(at: i), s.kind == .person, s.tokens.lowerBound == i { return true }
    let t = a.tokens
    return firstNames.contains(t[i].lower) && i + 1 < t.count && t[i + 1].isWord && t[i + 1].isCapitalized
  }

  /// Whether the single capitalized word at `w`, between a title's complement and the person at
  /// `person`, is the name's first word rather than a body's name: "Minister for Broadcasting
  /// Chaudhry Farhan Qureshi", "Minister of Industry and Geology Luong Quoc Binh". The word follows a
  /// portfolio word or a country (a body's name follows "the": "Chairman of the Mejlis A B"), is
  /// no common English word, no portfolio and no organization's head, and the person after it is
  /// a name the tagger read (a dictionary person keeps its own name).
  static func beginsNameBeforePerson(_ a: SentenceAnalysis, at w: Int, person: Int) -> Bool {
    let t = a.tokens
    guard person == w + 1, w > 0, a.cover[w] < 0, t[w].isWord, t[w].isCapitalized, !t[w].isAllCaps,
      let p = a.span(at: person), p.kind == .person, !p.rule.hasPrefix("dictionary"),
      !commonWords.contains(t[w].lower), !isPortfolio(t[w].lower), !notNameWords.contains(t[w].lower),
      (WordClass.table[t[w].lower] ?? 0) & (WordClass.orgHead | WordClass.placeHead | WordClass.facilityHead) == 0
    else { return false }
    let before = t[w - 1]
    // a portfolio that is a sector too ("Industry and Trade") is read as a sector
    if let s = a.span(at: w - 1), s.kind != .sector { return [.country, .demonym].contains(s.kind) }
    return before.isWord && before.isCapitalized && isPortfolio(before.lower)
      && !["of", "for", "the", "and", "to"].contains(before.lower)
  }

  /// Offices a region has as well as a country: "the President of Bashkortostan", "the Governor
  /// of Shimane", "the Akim of Mangystau".
  static let regionalOffices: Set<String> = [
    "president", "governor", "head", "mayor", "akim", "hokim", "khokim", "chairman", "premier", "prefect", "leader",
  ]

  /// "President of Bashkortostan Timur Galeyev": after a regional office's "of", three
  /// capitalized words (or a word, initials and a word) no dictionary knows, then the end of the
  /// name, are a region of one word and a name of two. Returns the region's token and the name's
  /// range. Without it, the tagger reads the region and the name as one place ("Bashkortostan
  /// Timur") or one person ("Shimane Daichi Mori"). Longer runs stay with the complement's rules
  /// (a body's name before a person, "the Halk Maslahaty Gurbanguly Berdimuhamedov").
  static func regionAndName(_ a: SentenceAnalysis, title: Span, of: Int) -> (region: Int, name: Range<Int>)? {
    let t = a.tokens
    guard let head = t[title.tokens].last(where: { $0.isWord }), regionalOffices.contains(head.lower),
      of < t.count, t[of].lower == "of"
    else { return nil }
    // a region takes no article ("the Governor of Shimane"; "Chairman of the Board" is a body)
    let k = of + 1
    let end = k + 3
    guard end <= t.count else { return nil }
    for i in k..<end {
      // the name may start with initials: "the Governor of Saint-Petersburg P.K.Orlov"
      if i == k + 1, initialLength(a, at: i) == 1 { continue }
      let tk = t[i]
      guard tk.isWord, tk.kind == .word, tk.isCapitalized, !tk.isAllCaps, !Patterns.isFunctionCapital(tk),
        !notNameWords.contains(tk.lower), a.span(at: i).map({ $0.rule.hasPrefix("tagger") }) ?? true
      else { return nil }
    }
    // the name ends there: no fourth capitalized word
    if end < t.count, t[end].isWord, t[end].isCapitalized { return nil }
    return (k, (k + 1)..<end)
  }
}
