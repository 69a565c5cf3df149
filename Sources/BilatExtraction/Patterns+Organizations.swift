/// Organization rules: bodies named by their head ("Ministry of Energy"), by an introducing noun
/// ("the state company X"), and the inner bodies that belong to a known organization.
extension Patterns {
  static let orgHeads: Set<String> = [
    "ministry", "ministries", "embassy", "consulate", "committee", "agency", "council", "chamber", "bank", "fund",
    "administration", "office", "service", "department", "commission", "academy", "university", "institute",
    "corporation", "company", "holding", "group", "association", "union", "parliament", "senate", "government",
    "akimat", "secretariat", "foundation", "authority", "inspectorate", "jsc", "llp", "ltd", "inc", "plc",
    "organization", "organisation", "alliance", "cabinet", "industries", "ministerie", "board", "directorate",
    "enterprise", "command", "assembly", "limited", "forces", "police", "confederation", "federation", "party",
    "court", "congress", "exchange",
  ]
  /// Heads that name an organization only when followed by "of ..." (not with left modifiers alone).
  static let orgNeedsComplement: Set<String> = ["government", "office", "department", "service", "cabinet"]
  /// Heads that name an organization only with left modifiers ("Power Development Board",
  /// "Central Command", "General Assembly"); what follows "of" is the body they belong to, and
  /// a board of inner-body words ("Management Board of X") is part of X, found with the title.
  static let orgNeedsModifier: Set<String> = ["board", "command", "assembly"]
  /// Heads of business names and of public bodies, which may begin with their country's name
  /// ("Kenya Ports Authority", "Bangladesh Power Development Board").
  static let corporateHeads: Set<String> = [
    "corporation", "company", "holding", "group", "bank", "fund", "industries", "jsc", "llp", "ltd", "inc", "plc",
    "authority", "board", "agency", "enterprise", "limited",
  ]
  /// Common nouns that introduce an organization's name: "the state company Kazakhstan Engineering".
  static let orgIntroducers: Set<String> = [
    "company", "corporation", "operator", "firm", "group", "developer", "producer", "manufacturer", "maker",
    "holding", "bank", "carrier", "giant", "fund", "agency", "concern", "carmaker", "automaker", "steelmaker",
    "chipmaker", "drugmaker", "shipbuilder", "conglomerate", "miner", "lender", "insurer", "airline",
  ]

  /// "the state company Kazakhstan Engineering", "national gas company QazaqGaz".
  static func introducedOrganizations(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var i = 0
    while i + 1 < t.count {
      guard t[i].has(WordClass.orgIntroducer), !t[i].isCapitalized, t[i + 1].isCapitalized,
        a.isFree((i + 1)..<(i + 2)), !isFunctionCapital(t[i + 1])
      else {
        i += 1
        continue
      }
      var j = i + 1
      while j < t.count && t[j].isWord && t[j].isCapitalized && a.cover[j] < 0 && j - i <= 4 { j += 1 }
      a.add(Span(kind: .organization, tokens: (i + 1)..<j, name: "", rule: "org-introduced", confidence: 0.7))
      i = j
    }
  }

  /// "Ministry of Foreign Affairs", "Kazakh Invest", "China Development Bank", "Government of Kazakhstan".
  static func organizations(_ a: inout SentenceAnalysis, lexicon: Lexicon) {
    let t = a.tokens
    var i = 0
    while i < t.count {
      // "the Japanese government" is no organization of its own: the real pages' gold reads it as
      // its country in 11 of 14 annotators' sets (33 false against 8 found over the development sets)
      // "the government of Kazakhstan" also counts in lower case
      let lowerGovernment =
        t[i].lower == "government" && i + 2 < t.count && t[i + 1].lower == "of" && a.span(at: i + 2)?.kind == .country
      guard t[i].has(WordClass.orgHead), t[i].isCapitalized || lowerGovernment, a.span(at: i)?.kind != .organization,
        a.span(at: i)?.kind != .person
      else {
        i += 1
        continue
      }
      var lo = i
      while lo > 0, t[lo - 1].isWord, t[lo - 1].isCapitalized, !isFunctionCapital(t[lo - 1]),
        a.span(at: lo - 1).map({ $0.kind == .sector }) ?? true,
        !(lo - 1 == 0 && DateFinder.weekdays[t[lo - 1].lower] != nil)
      {
        lo -= 1
        // "State Development and Reform Committee", "Federal Tax and Customs Service":
        // capitalized words joined by "and" before the head belong to the name
        if lo >= 2, lo < i, t[lo - 1].lower == "and", t[lo - 2].isWord, t[lo - 2].isCapitalized,
          !isFunctionCapital(t[lo - 2]), a.span(at: lo - 2).map({ $0.kind == .sector }) ?? true
        {
          lo -= 1
        }
        // "the Yaw bin Kofi Al Mensah Academy": a patronymic in the name
        if lo >= 2, lo < i, Extractor.patronymicParticles.contains(t[lo - 1].text), t[lo - 2].isWord,
          t[lo - 2].isCapitalized, a.cover[lo - 2] < 0
        {
          lo -= 1
        }
      }
      if t[lo].lower == "and" || Extractor.patronymicParticles.contains(t[lo].text) { lo += 1 }
      var hi = i + 1
      var country: String?
      // a company named after its country: "China Energy Engineering Corporation", "Kazakhstan
      // Temir Zholy"; a demonym ("Kazakh Ministry of Energy") stays outside the name
      if lo < i, lo > 0, let c = a.span(at: lo - 1), c.kind == .country, c.tokens.upperBound == lo,
        c.tokens.count == 1, t[c.tokens.lowerBound].isCapitalized, corporateHeads.contains(t[i].lower)
      {
        lo = c.tokens.lowerBound
        country = c.name
      }
      if orgNeedsModifier.contains(t[i].lower),
        lo == i
          || i + 1 < t.count && t[i + 1].lower == "of"
            && a.text(lo..<i).split(separator: " ").allSatisfy({ innerBodyWords.contains($0.lowercased()) })
      {
        i += 1
        continue
      }
      if hi + 1 < t.count, t[hi].lower == "of" || t[hi].lower == "for",
        !orgNeedsModifier.contains(t[i].lower) || a.span(at: hi + 1)?.kind == .country
      {
        var j = hi + 1
        var lastGood = hi
        while j < t.count {
          let tk = t[j]
          if let s = a.span(at: j), s.kind == .country || s.kind == .city {
            country = s.kind == .country ? s.name : lexicon.countryOf[s.name]
            j = s.tokens.upperBound
            lastGood = j
            continue
          }
          // "Council of Foreign Ministers of the Shanghai Cooperation Organisation": the body it
          // belongs to stays an organization of its own
          if let s = a.span(at: j), s.kind != .sector { break }
          // "... Committee of China Zheng Shanjie": capitalized words right after the country are a name
          if j == lastGood, j > hi + 1, let s = a.span(at: j - 1), s.kind == .country, tk.isCapitalized { break }
          // "First Deputy Chairman of the Council of Elders X": a body named after its
          // members ends with them; a capitalized word after them begins a name
          if j == lastGood, j > hi + 1, memberPlurals.contains(t[j - 1].lower), tk.isCapitalized,
            !orgHeads.contains(tk.lower)
          {
            break
          }
          // "the Government of Flanders Thomas Peeters": a common given name and a name word end the body
          if j > hi + 1, j == lastGood, tk.isCapitalized, People.startsPersonAfterBody(a, at: j) { break }
          if tk.isWord && tk.isCapitalized && !isFunctionCapital(tk) || tk.lower == "the" && j == hi + 1 {
            j += 1
            if tk.lower != "the" { lastGood = j }
            continue
          }
          // "... of Mongolia and the Ministry of ... of Hungary", "... Welfare and Ghana's Ministry
          // of Health": a second body begins
          if tk.lower == "and", lastGood == j, secondBodyBegins(a, after: j) { break }
          if (tk.lower == "and" || tk.lower == "of" || tk.lower == "the" || tk.lower == "'s") && j + 1 < t.count
            && (t[j + 1].isCapitalized || t[j + 1].lower == "the")
          {
            j += 1
            continue
          }
          break
        }
        if lastGood > hi { hi = lastGood }
      }
      let hasComplement = hi > i + 1
      let hasModifier = lo < i
      if (hasComplement || hasModifier && !orgNeedsComplement.contains(t[i].lower))
        && !(t[i].lower == "union" && !hasComplement && !hasModifier)
      {
        // a demonym right before names the country ("Kazakh Ministry of Energy")
        if country == nil, lo > 0, let s = a.span(at: lo - 1), s.kind == .demonym || s.kind == .country {
          country = s.country ?? s.name
        }
        for s in a.spans(in: lo..<hi) where s.kind == .country && country == nil { country = s.name }
        if isInnerBody(a, lo..<hi) {
          i = hi
          continue
        }
        // a body named after the known organization it belongs to: "UN General Assembly",
        // "Rosatom State Corporation" is one name
        if lo > 0, let known = a.span(at: lo - 1), known.kind == .organization, known.tokens.upperBound == lo,
          known.rule == Extractor.dictionaryRules[Lexicon.Kind.organization.rawValue]
        {
          lo = known.tokens.lowerBound
        }
        a.add(
          Span(
            kind: .organization, tokens: lo..<hi, name: "", country: country, rule: "org-pattern", confidence: 0.75))
        i = hi
      } else {
        i += 1
      }
    }
  }

  /// Members a body is named after: "Cabinet of Ministers", "Council of Elders", "Chamber of Deputies".
  static let memberPlurals: Set<String> = [
    "ministers", "deputies", "representatives", "elders", "governors", "directors", "commissioners", "delegates",
  ]

  /// Words of a party's or parliament's inner bodies: "Standing Committee of the Political Bureau".
  static let innerBodyWords: Set<String> = [
    "standing", "committee", "central", "political", "bureau", "politburo", "presidium", "secretariat", "permanent",
    "management", "supervisory", "executive", "board", "directors", "of", "the",
  ]

  /// A name made only of inner-body words, attached to a known organization ("CPC Central
  /// Committee", "Political Bureau of the Communist Party of China"): a part of that
  /// organization, not an entity of its own (alone, "Central Committee" names nothing).
  static func isInnerBody(_ a: SentenceAnalysis, _ r: Range<Int>) -> Bool {
    let t = a.tokens
    guard a.text(r).split(separator: " ").allSatisfy({ innerBodyWords.contains($0.lowercased()) }) else { return false }
    if r.lowerBound > 0, a.span(at: r.lowerBound - 1)?.kind == .organization { return true }
    var j = r.upperBound
    while j < t.count && ["of", "the"].contains(t[j].lower) && j - r.upperBound < 2 { j += 1 }
    return j > r.upperBound && j < t.count && a.span(at: j)?.kind == .organization
  }
}

extension Patterns {
  /// Whether a second body's name begins after the "and" at `j`: "[the] [<country>['s]] Ministry".
  static func secondBodyBegins(_ a: SentenceAnalysis, after j: Int) -> Bool {
    let t = a.tokens
    var k = j + 1
    if k < t.count, t[k].lower == "the" { k += 1 }
    if k < t.count, let c = a.span(at: k), c.kind == .country || c.kind == .demonym, c.tokens.lowerBound == k {
      k = c.tokens.upperBound
      if k < t.count, t[k].lower == "'s" { k += 1 }
    }
    // "and the Maritime Institute of B": a few capitalized words may come before the head
    var n = 0
    while n < 3, k < t.count, t[k].isWord, t[k].isCapitalized, !t[k].has(WordClass.orgHead), !isFunctionCapital(t[k]) {
      k += 1
      n += 1
    }
    return k < t.count && t[k].has(WordClass.orgHead) && t[k].isCapitalized
  }
}
