extension Patterns {
  /// Prepositions that tie a region to the capitalized name before it: "Minister for Africa",
  /// "the Heart of Asia process", "Conference on Security in Europe".
  static let regionNameLinks: Set<String> = ["for", "of", "in", "on"]
  /// Office words whose portfolio may be a region: "Minister for Africa", "Envoy for Central Asia".
  static let regionOfficeWords: Set<String> = ExtractionState.stateTitleWords.union([
    "representative", "director", "coordinator", "general", "head",
  ])

  /// A region of the dictionaries of no country (a continent, a part of the world, a sea) that is a word of a
  /// longer capitalized name names a portfolio, a body or a format, not a place the story is
  /// about: "the Minister for Africa", "the Liaison Bureau for Northern Europe and South Asia",
  /// "the Voice of Africa festival", "the Oceania-Andes Trade Council forum", "the Central
  /// Europe plus Korea Format". The real pages' gold records no place there (as with the joined
  /// regions of ``joinedRegions(_:)``). A region after a lowercase word ("partners in Africa") or
  /// after a country or a person ("Kazakhstan in Central Asia") stays a place.
  static func regionsInNames(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var dropped: Set<Int> = []  // the last token of each region dropped, for "for X and Y"
    func nameWord(_ i: Int) -> Bool {
      guard i >= 0, i < t.count, t[i].isWord, t[i].isCapitalized, !isFunctionCapital(t[i]),
        // "the States of Central Asia", "the Heads of State of Central Asia": the region's countries
        !groupWords.contains(t[i].lower), t[i].lower != "state"
      else { return false }
      // a title word belongs to the name ("Minister for Africa"); a country, a city or a person does not
      guard let s = a.span(at: i) else { return true }
      // the title read with its holder's name ("Minister for Africa, X") is still the title
      return s.kind == .title || s.kind == .person && regionOfficeWords.contains(t[i].lower)
    }
    func inName(_ s: Span) -> Bool {
      let lo = s.tokens.lowerBound
      let hi = s.tokens.upperBound
      if lo >= 2, regionNameLinks.contains(t[lo - 1].lower), nameWord(lo - 2) { return true }
      // "the Bureau for Northern Europe and South Asia": the second of two regions of a name
      if lo >= 2, t[lo - 1].lower == "and", dropped.contains(lo - 2) { return true }
      // "Oceania-Andes Trade Council", "Africa Day": a name word right after the region
      if hi < t.count, nameWord(hi), !t[hi].isAllCaps { return true }
      // "the Central Europe plus Korea Format"
      return hi + 1 < t.count && t[hi].lower == "plus" && t[hi + 1].isWord && t[hi + 1].isCapitalized
    }
    var kept: [Span] = []
    for s in a.spans.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
      // a region of no country: a part of the world, a sea (a province of a known country is
      // told by its kind word, "the X Region", and stays)
      if isWorldRegion(s), inName(s) {
        dropped.insert(s.tokens.upperBound - 1)
        continue
      }
      kept.append(s)
    }
    guard !dropped.isEmpty else { return }
    a.spans = kept
    a.reindex()
  }

  /// Whether `s` is a region of the dictionaries that belongs to no country: a part of the world
  /// or a sea ("East Africa", "the Caspian Sea"). In a title it is the office's portfolio ("the
  /// Minister for Africa"), not a place of the story.
  static func isWorldRegion(_ s: Span) -> Bool {
    s.kind == .place && s.rule == "dictionary-place" && s.country == nil
  }
}
