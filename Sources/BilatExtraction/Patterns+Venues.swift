/// Official residences and palaces where leaders meet, named by a capitalized name and a venue
/// head after a locative preposition: "talks at State House", "received at the Presidential
/// Villa", "a ceremony at the Palace of the Nation", "at Lima's Government Palace". The
/// preposition keeps out a legislature ("the Upper House", "House of Representatives") and a
/// company named after a house.
extension Patterns {
  /// Capitalized heads of a venue name.
  static let venueHeads: Set<String> = ["house", "palace", "villa", "secretariat", "bhavan", "residence"]
  /// Prepositions that put a meeting or a ceremony at a place.
  static let locativePrepositions: Set<String> = ["at", "in", "to", "from", "inside", "outside", "near", "into"]
  /// Words that make a "House" a legislature or a body, not a building.
  static let legislativeWords: Set<String> = [
    "upper", "lower", "representatives", "commons", "lords", "parliament", "assembly", "councillors", "delegates",
    "deputies", "senate", "opera",
  ]

  /// Adds a Facility for each venue name after a locative preposition.
  static func venues(_ a: inout SentenceAnalysis) {
    addEach(&a) { a, k in venue(a, head: k).map { ([$0], $0.tokens.upperBound) } }
  }

  /// The venue whose head is token `h`, if the words before it and the preposition before them
  /// make one.
  static func venue(_ a: SentenceAnalysis, head h: Int) -> Span? {
    let t = a.tokens
    // an organization reading of the capitalized words up to the head yields: "at the Presidential
    // Secretariat" is where the talks were held
    guard t[h].isWord, t[h].isCapitalized, venueHeads.contains(t[h].lower),
      a.span(at: h).map({
        $0.kind == .organization && $0.tokens.upperBound == h + 1 && t[$0.tokens].allSatisfy(\.isCapitalized)
      })
        ?? true
    else { return nil }
    // "Palace of the Nation", "Government House of the Russian Federation"
    var end = h + 1
    if end + 1 < t.count, t[end].lower == "of" {
      var k = end + 1
      if t[k].lower == "the" { k += 1 }
      let lo = k
      while k < t.count, k - lo < 3, t[k].isWord, t[k].isCapitalized, !isFunctionCapital(t[k]) { k += 1 }
      if k > lo {
        guard !t[lo..<k].contains(where: { legislativeWords.contains($0.lower) }) else { return nil }
        end = k
      }
    }
    // the name before the head: "State", "Presidential", "Aguda", "President's", "Hyderabad"
    var lo = h
    while lo > 0, h - lo < 3 {
      let p = t[lo - 1]
      if p.lower == "'s", lo >= 2, t[lo - 2].isCapitalized, lo == h,
        a.span(at: lo - 2).map({ $0.kind == .title || $0.kind == .organization && $0.tokens.count == 1 }) ?? true
      {
        lo -= 2  // "President's House", "Government's House"
        continue
      }
      let known = a.span(at: lo - 1)
      guard p.isWord, p.isCapitalized, !isFunctionCapital(p), DateFinder.months[p.lower] == nil,
        known.map({
          [.title, .sector].contains($0.kind) && $0.tokens.count == 1
            || $0.kind == .organization && $0.tokens.upperBound == h + 1
            // a city names the venue only alone ("Hyderabad House"); before other words it is where
            // the venue is ("Bogor Presidential Palace")
            || $0.kind == .city && lo == h && $0.tokens.upperBound == h
        }) ?? true
      else { break }
      if known?.kind == .organization, let o = known { lo = o.tokens.lowerBound; continue }
      lo -= 1
    }
    // "at the Palace of the Nation" names its venue after the head; any other needs a name before it
    guard lo < h || end > h + 1, !t[lo..<h].contains(where: { legislativeWords.contains($0.lower) }) else { return nil }
    // the locative preposition, then "the" or a city's possessive: "at Lima's Government Palace"
    var p = lo - 1
    if p >= 0, t[p].lower == "the" { p -= 1 }
    if p >= 1, t[p].lower == "'s", let c = a.span(at: p - 1), c.kind == .city {
      p = c.tokens.lowerBound - 1
    }
    guard p >= 0, locativePrepositions.contains(t[p].lower) else { return nil }
    return Span(kind: .facility, tokens: lo..<end, name: "", rule: "venue", confidence: 0.65)
  }
}
