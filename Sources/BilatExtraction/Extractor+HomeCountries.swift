/// The country of officials an article names without one: the people who accompany a leader
/// ("accompanied by Energy Minister X and Trade Minister Y") are of the leader's country, and a
/// government official of no stated country in a datelined report ("NEW DELHI: Petroleum Minister
/// X held talks ...") is of the dateline's country. Filled after the meetings, so only roles read it.
extension ExtractionState {
  /// Words of a title that make its holder a government's official.
  static let governmentTitleWords: Set<String> = [
    "minister", "president", "premier", "secretary", "chancellor", "spokesperson", "spokesman", "spokeswoman",
  ]
  /// Words that may stand between "accompanied by" and a companion in a list of them.
  static let companionListWords: Set<String> = [
    "and", ",", "the", "his", "her", "their", "of", "state", "ministers", "minister", "officials", "deputy", "also",
  ]

  mutating func homeCountries(_ analyses: [SentenceAnalysis]) {
    func country(_ e: Int) -> String? { table.entities[e].properties["country"]?.stringValue }
    func isOfficial(_ s: Span) -> Bool {
      guard s.organization == nil, let title = s.title?.lowercased() else { return false }
      return title.split { !$0.isLetter }.contains { ExtractionState.governmentTitleWords.contains(String($0)) }
    }
    for a in analyses {
      for s in a.spans where s.kind == .person && isOfficial(s) {
        guard let p = s.entity, country(p) == nil, let leader = companionOf(a, s.tokens.lowerBound),
          let c = country(leader), leader != p
        else { continue }
        table.fill(p, "country", c)
      }
    }
    listedOfficialCountries(analyses)
    // an agency's dateline may be far from the story ("BAKU: the Tajik president and the Turkmen
    // minister discussed ..."): its country must be one the article's text names twice
    guard let city = article.datelineCity, let home = lexicon.countryOf[city],
      let id = table.find("Country", home), table.entities[id].mentions.count >= 2
    else { return }
    for a in analyses {
      for s in a.spans where s.kind == .person && isOfficial(s) {
        guard let p = s.entity, country(p) == nil else { continue }
        table.fill(p, "country", home)
      }
    }
  }

  /// The person a companion at `lo` accompanies: "X ... was accompanied by (ministers A and) B",
  /// "X, together with A and B, ...": the sentence's first person before the cue.
  func companionOf(_ a: SentenceAnalysis, _ lo: Int) -> Int? {
    let t = a.tokens
    var j = lo - 1
    while j >= 1 {
      let w = t[j].lower
      if (w == "by" && t[j - 1].lower == "accompanied")
        || (w == "with" && ["together", "along"].contains(t[j - 1].lower))
      {
        return a.spans.first { $0.kind == .person && $0.tokens.upperBound <= j - 1 }?.entity
      }
      guard a.span(at: j) != nil || t[j].isCapitalized || ExtractionState.companionListWords.contains(w) else {
        return nil
      }
      j -= 1
    }
    return nil
  }
}
