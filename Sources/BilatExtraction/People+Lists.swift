/// People named in lists of officials: the titles of envoys, a title set off after a name, and
/// officials listed one per semicolon.
extension People {
  /// Words of the titles of a state's envoys, whose "to"/"for" complement names the host.
  static let envoyWords: Set<String> = [
    "ambassador", "ambassadors", "envoy", "envoys", "commissioner", "consul", "representative", "chargé", "charge",
    "attaché", "attache",
  ]
  static func isEnvoyTitle(_ title: String) -> Bool {
    title.lowercased().split { !$0.isLetter && $0 != "é" }.contains { envoyWords.contains(String($0)) }
  }

  /// Whether the title at `lo` follows a person's name and a comma ("Ana Quispe, governor of
  /// ..."): a person span or two name words, after a list separator or the sentence's start.
  static func isAfterNameAndComma(_ a: SentenceAnalysis, _ lo: Int) -> Bool {
    let t = a.tokens
    guard lo >= 3, t[lo - 1].text == "," else { return false }
    if let s = a.span(at: lo - 2), s.kind == .person { return true }
    var k = lo - 2
    var words = 0
    while k >= 0, canBeNameToken(t[k], a, k) || (words > 0 && nameParticles.contains(t[k].lower)) {
      if t[k].isCapitalized { words += 1 }
      k -= 1
    }
    guard words >= 2 && words <= 5 else { return false }
    return k < 0 || [",", ";", ":", "and", "by", "included", "includes", "include", "were", "was"].contains(t[k].lower)
  }

  /// Officials listed one per semicolon, each title before its name: "Present were the First
  /// Vice-President and Minister for Labour and Pensions, Ana Ruiz; the Minister for Fisheries,
  /// Forests and Water, Carlos Vidal; and the Minister for Culture, Marta Gil." A title that names
  /// several portfolios with "and" and commas is read whole up to the comma before the name, which
  /// ends the item.
  static func semicolonListItems(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    let semicolons = t.indices.filter { t[$0].text == ";" }
    guard !semicolons.isEmpty else { return }
    let bounds = [-1] + semicolons + [t.count]
    for k in 0..<(bounds.count - 1) {
      let lo = bounds[k] + 1
      var hi = bounds[k + 1]
      while hi > lo, [".", ")"].contains(t[hi - 1].text) { hi -= 1 }
      guard hi - lo >= 4, let comma = (lo..<hi).last(where: { t[$0].text == "," }), comma > lo + 1 else { continue }
      var start = comma + 1
      guard start < hi else { continue }
      if let s = a.span(at: start), s.kind != .person { continue }
      if a.cover[start] < 0 { start = skipHonorifics(a, from: start) }
      let end = nameEnd(a, from: start, maxWords: 5)
      guard end == hi, nameWordCount(a, start..<end) >= 2 else { continue }
      guard
        let title = a.spans.first(where: {
          $0.kind == .title && $0.tokens.lowerBound >= lo && $0.tokens.upperBound <= comma
        })
      else { continue }
      if let p = a.span(at: start), p.kind == .person, p.title != nil, p.tokens == start..<end { continue }
      // "First Vice-President", "Second Vice-President": capitalized modifiers before the title
      var titleLo = title.tokens.lowerBound
      while titleLo > lo, t[titleLo - 1].isWord, t[titleLo - 1].isCapitalized, a.cover[titleLo - 1] < 0,
        !Patterns.isFunctionCapital(t[titleLo - 1]), t[titleLo - 1].lower != "the"
      {
        titleLo -= 1
      }
      // a title's portfolio words another rule read as a name ("Rural Affairs") are no person
      let inTitle = a.spans.filter {
        $0.kind == .person && $0.tokens.lowerBound >= titleLo && $0.tokens.upperBound <= comma
      }
      if !inTitle.isEmpty {
        a.spans.removeAll { s in inTitle.contains { $0.tokens == s.tokens } && s.kind == .person }
        a.reindex()
      }
      let existing = a.span(at: start).flatMap { $0.kind == .person && $0.tokens == start..<end ? $0 : nil }
      var person = Span(
        kind: .person, tokens: start..<end, name: existing?.name ?? "", country: existing?.country,
        rule: "listed-title-name", confidence: 0.8)
      person.title = a.text(titleLo..<comma)
      a.add(person)
    }
  }
}
