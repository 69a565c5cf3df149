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
