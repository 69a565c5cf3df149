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

/// The other signer told after the document: "Kyrgyzstan signed a memorandum on hydropower with
/// the Chinese company Tian Shan Power", "the agency inked a cooperation memorandum with Ghana's
/// Coastal Radio". Real pages name a company or a body there; it, not its country, signs.
extension ExtractionState {
  /// Lower-case words that may stand between "with" and the body's name: its article and kind.
  static let partnerDescriptors: Set<String> = [
    "the", "company", "companies", "firm", "state", "concern", "corporation", "group", "operator", "giant", "its",
    "national", "state-owned", "private", "energy", "oil", "gas", "mining", "power", "bank", "holding",
  ]

  /// The organization after "with" right after the first document the signing at `v` takes, if
  /// the words between are only an article, a kind ("the Chinese company") or a country's
  /// possessive ("China's").
  static func partnerAfterDocument(_ a: SentenceAnalysis, trigger v: Int) -> Span? {
    let t = a.tokens
    guard let doc = a.spans.first(where: { $0.kind == .agreement && $0.tokens.lowerBound > v }),
      doc.tokens.upperBound < t.count, t[doc.tokens.upperBound].lower == "with"
    else { return nil }
    var k = doc.tokens.upperBound + 1
    while k < t.count, k - doc.tokens.upperBound <= 6 {
      if let s = a.span(at: k), s.tokens.lowerBound == k {
        if s.kind == .organization, s.entity != nil { return s }
        guard [.demonym, .country].contains(s.kind) else { return nil }
        k = s.tokens.upperBound
        if k < t.count, t[k].lower == "'s" || t[k].lower == "’s" { k += 1 }
        continue
      }
      guard partnerDescriptors.contains(t[k].lower) else { return nil }
      k += 1
    }
    return nil
  }
}
