/// The country of officials an article names without one: the people who accompany a leader
/// ("accompanied by Energy Minister X and Trade Minister Y") are of the leader's country, and a
/// government official of no stated country in a datelined report ("NEW DELHI: Petroleum Minister
/// X held talks ...") is of the dateline's country. Filled after the meetings, so only roles read it.
extension ExtractionState {
  /// Words of a title that make its holder a government's official.
  static let governmentTitleWords: Set<String> = [
    "minister", "president", "premier", "secretary", "chancellor", "spokesperson", "spokesman", "spokeswoman",
    // Kenya's Cabinet Secretary, written "Foreign Affairs CS"
    "cs",
  ]
  /// Words of a title that make its holder a state's official or envoy (a company's chairman is not).
  static let stateTitleWords: Set<String> = governmentTitleWords.union([
    "king", "queen", "emir", "amir", "sultan", "prince", "counsellor", "councillor", "ambassador", "envoy",
    "commissioner", "governor", "mayor", "speaker", "chancellor", "lady",
  ])
  /// Words that may stand between "accompanied by" and a companion in a list of them.
  static let companionListWords: Set<String> = [
    "and", ",", "the", "his", "her", "their", "of", "state", "ministers", "minister", "officials", "deputy", "also",
    "(", ")", "as", "well", ".",
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
    sideListCountries(analyses)
    datelineCountries(analyses, isOfficial)
    otherSideCountries(analyses)
    unmarkedHomeCountries(analyses)
    nameOriginCountries()
  }

  /// Whether a person span's title makes its holder a state's official or envoy (a company's
  /// "Board Chairman and President" is not one).
  static func isStateTitle(_ s: Span) -> Bool {
    guard s.organization == nil, let words = s.title?.lowercased().split(whereSeparator: { !$0.isLetter }) else {
      return false
    }
    return words.contains { ExtractionState.stateTitleWords.contains(String($0)) } && !words.contains("board")
  }

  /// The article's own side: news names its own officials without a country ("President A
  /// welcomed Chilean President B"). When every titled person who meets someone, whose country no
  /// sentence states but the article knows (the dictionary, a meeting), is of one country, and
  /// some other person's country is stated, the officials of no known country are of that side
  /// ("The talks were also attended by Trade Minister C and Finance Minister D").
  mutating func unmarkedHomeCountries(_ analyses: [SentenceAnalysis]) {
    func country(_ e: Int) -> String? { table.entities[e].properties["country"]?.stringValue }
    var marked: Set<Int> = []
    var titled: Set<Int> = []
    for a in analyses {
      for s in a.spans where s.kind == .person {
        guard let p = s.entity else { continue }
        if s.countryStated { marked.insert(p) }
        if s.title != nil { titled.insert(p) }
      }
    }
    // the protagonists only: people who meet; a leader of the past may be named bare too
    let met = Set(relationList.filter { $0.type == "MET_WITH" }.flatMap { [$0.start, $0.end] })
    let votes = Set(titled.subtracting(marked).intersection(met).compactMap { country($0) })
    guard votes.count == 1, let home = votes.first, marked.contains(where: { country($0) != home }) else { return }
    if let (first, second) = articleSides(), home != first && home != second { return }
    for a in analyses {
      for s in a.spans where s.kind == .person && ExtractionState.isStateTitle(s) {
        guard let p = s.entity, country(p) == nil else { continue }
        table.fill(p, "country", home)
      }
    }
  }

  /// An agency's dateline may be far from the story ("BAKU: the Tajik president and the Turkmen
  /// minister discussed ..."): its country must be one the article's text names twice.
  mutating func datelineCountries(_ analyses: [SentenceAnalysis], _ isOfficial: (Span) -> Bool) {
    guard let city = article.datelineCity, let home = lexicon.countryOf[city],
      let id = table.find("Country", home), table.entities[id].mentions.count >= 2
    else { return }
    // someone who met an official of the dateline's country is the guest from elsewhere ("BEIJING:
    // President Xi told his counterpart A"), left to the other-side rule
    var guests: Set<Int> = []
    for r in relationList where r.type == "MET_WITH" {
      if table.entities[r.end].properties["country"]?.stringValue == home { guests.insert(r.start) }
      if table.entities[r.start].properties["country"]?.stringValue == home { guests.insert(r.end) }
    }
    for a in analyses {
      for s in a.spans where s.kind == .person && isOfficial(s) {
        guard let p = s.entity, table.entities[p].properties["country"] == nil, !guests.contains(p) else { continue }
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
      // "accompanied by", "accompanied on the visit by", "accompanied to the talks by"
      let accompanied = w == "by" ? ((max(0, j - 5))..<j).last { t[$0].lower == "accompanied" } : nil
      if let cue = accompanied, ((cue + 1)..<j).allSatisfy({ t[$0].isWord && a.span(at: $0)?.kind != .person }) {
        return a.spans.first { $0.kind == .person && $0.tokens.upperBound <= cue }?.entity
      }
      if w == "with" && ["together", "along"].contains(t[j - 1].lower) {
        return a.spans.first { $0.kind == .person && $0.tokens.upperBound <= j - 1 }?.entity
      }
      guard a.span(at: j) != nil || t[j].isCapitalized || ExtractionState.companionListWords.contains(w) else {
        return nil
      }
      j -= 1
    }
    return nil
  }

  /// The article's two sides: the two countries named most, when a third is named clearly less.
  func articleSides() -> (String, String)? {
    let counted = table.entities.filter { $0.label == "Country" }.map { ($0.name, $0.mentions.count) }
      .sorted { $0.1 > $1.1 }
    guard counted.count >= 2, counted[1].1 >= 1 else { return nil }
    if counted.count >= 3, counted[2].1 >= counted[1].1 { return nil }
    return (counted[0].0, counted[1].0)
  }

  /// The other side of a bilateral story: an official of no stated country who meets an official
  /// of one side ("President A received his Peruvian counterpart, President B", "Prime Minister A
  /// met Danish Minister B") or is named before "his <demonym> counterpart" is of the other side.
  mutating func otherSideCountries(_ analyses: [SentenceAnalysis]) {
    guard let (first, second) = articleSides() else { return }
    func country(_ e: Int) -> String? { table.entities[e].properties["country"]?.stringValue }
    func other(_ c: String) -> String? { c == first ? second : c == second ? first : nil }
    var partners: [Int: Set<String>] = [:]
    for r in relationList where r.type == "MET_WITH" {
      if let c = country(r.end) { partners[r.start, default: []].insert(c) }
      if let c = country(r.start) { partners[r.end, default: []].insert(c) }
    }
    // "A and his Austrian counterpart B": A is not Austrian
    for a in analyses {
      let t = a.tokens
      for i in t.indices where (t[i].lower == "counterpart" || t[i].lower == "counterparts") && i >= 2 {
        guard let d = a.span(at: i - 1), d.kind == .demonym || d.kind == .country, d.tokens.lowerBound > 0,
          ["his", "her", "their"].contains(t[d.tokens.lowerBound - 1].lower)
        else { continue }
        let dc = d.country ?? d.name
        guard let p = a.spans.last(where: { $0.kind == .person && $0.tokens.upperBound < d.tokens.lowerBound }),
          let e = p.entity
        else { continue }
        partners[e, default: []].insert(dc)
      }
    }
    for a in analyses {
      for s in a.spans where s.kind == .person && ExtractionState.isStateTitle(s) {
        guard let p = s.entity, country(p) == nil, let met = partners[p], met.count == 1,
          let c = met.first.flatMap(other)
        else { continue }
        table.fill(p, "country", c)
      }
    }
  }
}
