import BilatCore

/// Signers told after the verb: "A protocol of intentions was signed between the Ministry of
/// Education of A and the University of B", "the peace agreement signed between the Ethiopian
/// government and the TPLF". Real pages name organizations, ministries and companies as signers
/// this way; they, not the article's two countries, sign the document.
extension ExtractionState {
  /// The two parties after "signed between" at the trigger `v`: an organization, a country or a
  /// demonym each ("the Chilean government" is its country), joined by "and"; empty when they
  /// are not named ("between the two countries" leaves the signers to the article's parties).
  static func partiesAfterBetween(_ a: SentenceAnalysis, trigger v: Int) -> [Span] {
    let t = a.tokens
    var k = v + 1
    while k < t.count, Patterns.signingAdverbs.contains(t[k].lower) { k += 1 }
    guard k < t.count, t[k].lower == "between" else { return [] }
    func party(at i: Int) -> Span? {
      var j = i
      if j < t.count, t[j].lower == "the" { j += 1 }
      guard j < t.count, let s = a.span(at: j), s.tokens.lowerBound == j, s.entity != nil,
        [.organization, .country, .demonym].contains(s.kind)
      else { return nil }
      // "the Bolivian Ministry of Energy": the ministry after the demonym signs
      if s.kind == .demonym, let o = a.span(at: s.tokens.upperBound), o.kind == .organization,
        o.tokens.lowerBound == s.tokens.upperBound, o.entity != nil
      {
        return o
      }
      return s
    }
    guard let first = party(at: k + 1) else { return [] }
    var e = first.tokens.upperBound
    // "the Chilean government", "the Bolivian side": the demonym stands for its country
    while e < t.count, e - first.tokens.upperBound < 2, ["government", "side", "authorities"].contains(t[e].lower) {
      e += 1
    }
    guard e < t.count, t[e].lower == "and", let second = party(at: e + 1), second.entity != first.entity else {
      return []
    }
    return [first, second]
  }
}
