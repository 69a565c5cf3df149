/// The country of officials named in a list without one: "Attending on the Kenyan side were Mr.
/// A, Minister of Roads, and Mr. B, Director of Protocol" (the side names it), and "Chile's
/// Minister of Mines A, Minister of Energy B and Director of Trade C" (the list's first official
/// names it). News names a delegation's members this way once its country has been said.
extension ExtractionState {
  /// Words between two listed officials: separators and the honorifics before a name.
  static let listSeparators: Set<String> = [",", ";", "and", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "."]

  /// Words between a side and its first official: "on the Kenyan side were Mr. A", "from the
  /// Kenyan side: Mr. A", "on the Kenyan side it was represented by A" (not "and": "the Kenyan side
  /// and Minister A" names the other side's minister).
  static let sideListWords: Set<String> = [
    ":", ",", "were", "was", "are", "is", "it", "represented", "by", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr",
    "dr.", ".",
  ]

  /// Fills the country of titled officials of no stated country from the side or the list they
  /// are named in (same sentence only). A leader's title ("President", "Prime Minister") is never
  /// inherited: "President A of X and Prime Minister B" joins two sides as often as one.
  mutating func listedOfficialCountries(_ analyses: [SentenceAnalysis]) {
    for a in analyses {
      let t = a.tokens
      var carried: String?
      var lastEnd = -1
      var afterSide = false
      var carrierIsLeader = false
      var personEnd = 0
      for s in a.spans.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
        switch s.kind {
        case .side:
          carried = s.country
          lastEnd = s.tokens.upperBound
          afterSide = true
          carrierIsLeader = false
        case .country, .demonym, .group:
          carried = nil
        case .person:
          guard let p = s.entity else { continue }
          let own = s.country ?? table.entities[p].properties["country"]?.stringValue
          if own == nil, let c = carried, s.organization == nil, let title = s.title?.lowercased(),
            !ExtractionState.leaderTitles.contains(where: { title.contains($0) }),
            lastEnd >= 0, lastEnd <= s.tokens.lowerBound,
            // "Tajik President A and Foreign Minister B" may name the visitor's host: a leader's
            // country goes on only along a list ("President A, Foreign Minister B and ...")
            !carrierIsLeader || (personEnd..<s.tokens.lowerBound).contains(where: { [",", ";"].contains(t[$0].text) }),
            (lastEnd..<s.tokens.lowerBound).allSatisfy({ k in
              afterSide
                ? ExtractionState.sideListWords.contains(t[k].lower)
                : ExtractionState.listSeparators.contains(t[k].lower) || a.span(at: k)?.kind == .title
            })
          {
            table.fill(p, "country", c)
            carrierIsLeader = false
          } else if own == nil {
            carried = nil
          } else if let title = s.title?.lowercased() {
            carried = own
            carrierIsLeader = ExtractionState.leaderTitles.contains(where: { title.contains($0) })
          } else {
            carried = nil
          }
          // the list goes on after the person's appositive title ("Mr. A, Minister of X;")
          var end = s.tokens.upperBound
          while end < t.count, ExtractionState.listSeparators.contains(t[end].lower) || a.span(at: end)?.kind == .title
          {
            if t[end].lower == "and" || t[end].text == ";" { break }
            end += 1
          }
          lastEnd = end
          personEnd = s.tokens.upperBound
          afterSide = false
        default:
          continue
        }
      }
    }
  }

  /// Words after a side that introduce its list of officials: "on the Chilean side were", "the
  /// Chilean delegation included", "participants from the Chilean side:".
  static let sideListIntroducers: Set<String> = [
    "were", "was", "are", "is", "included", "includes", "include", "comprised", "comprises", ":", "by",
  ]

  /// The officials listed after a side's introduction, up to the next side or the sentence's end,
  /// however long the titles between them ("Attending on the Chilean side were Mr. A, Minister
  /// of Mining, Energy, and Water, Mr. B, Deputy Chief of Staff, and Mr. C, Adviser to the
  /// President"): each of no country of their own is of that side.
  mutating func sideListCountries(_ analyses: [SentenceAnalysis]) {
    for a in analyses {
      let t = a.tokens
      let sides = a.spans.filter { s in
        s.kind == .side
          && (s.tokens.upperBound..<min(t.count, s.tokens.upperBound + 4)).contains {
            ExtractionState.sideListIntroducers.contains(t[$0].lower)
          }
      }
      for (k, side) in sides.enumerated() {
        guard let c = side.country else { continue }
        let end = k + 1 < sides.count ? sides[k + 1].tokens.lowerBound : t.count
        for s in a.spans where s.kind == .person && s.title != nil && !s.countryStated && s.organization == nil {
          guard s.tokens.lowerBound >= side.tokens.upperBound, s.tokens.upperBound <= end, let p = s.entity,
            s.country == nil, table.entities[p].properties["country"] == nil
          else { continue }
          table.fill(p, "country", c)
        }
      }
    }
  }
}
