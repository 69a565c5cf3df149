/// The statistical tagger inside extraction: after dictionary matches and patterns, its names
/// fill only tokens no rule claimed, behind precision guards; the people rules then refine its
/// persons (titles, countries) as they do for dictionary people.
extension Extractor {
  /// Which recognizers extraction runs (evaluation compares them).
  public struct Options: Sendable, Equatable {
    /// Dictionaries, patterns and the people rules.
    public var rules: Bool
    /// The statistical name tagger (``EntityTagger``).
    public var tagger: Bool

    public init(rules: Bool = true, tagger: Bool = true) {
      self.rules = rules
      self.tagger = tagger
    }

    public static let both = Options()
    public static let rulesOnly = Options(rules: true, tagger: false)
    public static let taggerOnly = Options(rules: false, tagger: true)
  }

  /// An extractor with an explicit tagger (nil: no tagger whatever `options` says).
  public init(lexicon: Lexicon = .shared, options: Options, tagger: EntityTagger?) {
    self.lexicon = lexicon
    self.options = options
    self.tagger = options.tagger ? tagger : nil
  }

  /// The bundled tagger. It is built into the package, so a missing or corrupt model is a
  /// packaging fault that stops the program with the file and the fix; callers that want to
  /// handle it check ``EntityTagger/bundled`` first.
  static func bundledTagger() -> EntityTagger {
    switch EntityTagger.bundled {
    case .success(let t): return t
    case .failure(let e): preconditionFailure(e.description)
    }
  }

  /// Pass 1 without the rules: only the tagger's names.
  func analyzeWithTaggerOnly(_ analysis: SentenceAnalysis, _ matches: [Lexicon.Match]) -> SentenceAnalysis {
    var a = analysis
    let pending = addTaggedPeople(&a, matches)
    addTaggedNames(&a, pending, matches)
    for k in a.spans.indices where a.spans[k].name.isEmpty { a.spans[k].name = a.cleanText(a.spans[k].tokens) }
    return a
  }

  /// Tags the sentence and adds its persons where no rule span lies (before the people rules,
  /// which then treat them as names to attach titles to); returns the other names for
  /// ``addTaggedNames(_:_:_:)``, which runs after the people rules.
  func addTaggedPeople(_ a: inout SentenceAnalysis, _ matches: [Lexicon.Match]) -> [TaggedEntity] {
    guard let tagger, !a.tokens.isEmpty else { return [] }
    let (tags, margins) = tagger.tag(a.tokens, lexiconMatches: matches, lexicon: lexicon)
    var pending: [TaggedEntity] = []
    for var e in TaggedEntity.entities(tags, margins: margins) {
      // "his wife Ana Quispe": a spouse's name is a person's, whatever the tagger thought
      if e.type != .person, Extractor.isAfterSpouseWord(a.tokens, e.tokens) { e.type = .person }
      // "Poland's Radoslaw Sikorski", "Mr Novak": a person's slot
      if e.type == .location {
        // with a surname's article the tagger left out ("Sudan's Omar al-Bashir")
        var hi = e.tokens.upperBound
        while hi < a.tokens.count, hi - e.tokens.lowerBound < 5, a.cover[hi] < 0,
          Extractor.isArticleSurname(a.tokens[hi])
        {
          hi += 1
        }
        if isPersonSlot(a, e.tokens.lowerBound..<hi, matches) {
          e.type = .person
          e.tokens = e.tokens.lowerBound..<hi
        }
      }
      guard e.type == .person else {
        pending.append(e)
        continue
      }
      var lo = e.tokens.lowerBound
      var hi = e.tokens.upperBound
      // rules override: a person keeps only the free edge of a name a rule span cuts into
      // ("Prime Minister" is the title rule's, the name after it the tagger's)
      while lo < hi && a.cover[lo] >= 0 { lo += 1 }
      while hi > lo && a.cover[hi - 1] >= 0 { hi -= 1 }
      while lo < hi && !Extractor.isNameWord(a.tokens[lo]) { lo += 1 }
      while hi > lo && !Extractor.isNameWord(a.tokens[hi - 1]) { hi -= 1 }
      // a capitalised function word or sentence adverb before the name: "Afterwards Quispe said"
      while hi - lo > 1 && Patterns.isFunctionCapital(a.tokens[lo]) { lo += 1 }
      // the last word of a portfolio the title rules did not read ("... and Geodesy Ali Raza")
      while hi - lo > 2 && People.portfolioWords.contains(a.tokens[lo].lower) { lo += 1 }
      guard lo < hi, a.isFree(lo..<hi) else { continue }
      // "Kofi Mensah told reporters": an unknown given name the tagger left out of a surname
      if hi - lo == 1, lo > 0, isLeftOutGivenName(a, lo - 1, matches, tagger) { lo -= 1 }
      hi = Extractor.throughMiddleInitial(a, lo..<hi)
      hi = Extractor.throughPatronymic(a, hi)
      // a surname with its article that the tagger left out: "Walled Shamlan Al-Bahar"
      while hi < a.tokens.count, hi - lo < 5, a.cover[hi] < 0, Extractor.isArticleSurname(a.tokens[hi]) { hi += 1 }
      if let span = taggerSpan(
        TaggedEntity(tokens: lo..<hi, type: e.type, confidence: e.confidence), a, matches, tagger)
      {
        a.add(span)
      }
    }
    possessedNamesUntagged(&a, matches, tagger)
    return pending
  }

  /// After the people rules: their refinements of tagged persons keep a tagger rule name, and
  /// organizations and locations fill tokens no rule claimed (an overlap drops the name).
  func addTaggedNames(_ a: inout SentenceAnalysis, _ pending: [TaggedEntity], _ matches: [Lexicon.Match]) {
    guard let tagger else { return }
    for k in a.spans.indices where a.spans[k].kind == .person && a.spans[k].rule == "dictionary-person+title" {
      let r = a.spans[k].tokens
      if !matches.contains(where: { $0.tokens == r && $0.best.kind == .person }) {
        a.spans[k].rule = "tagger-person+title"
      }
    }
    for e in pending where a.isFree(e.tokens) {
      var r = e.tokens
      while r.count > 1 && !Extractor.isNameWord(a.tokens[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
      while r.count > 1 && !Extractor.isNameWord(a.tokens[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
      if let span = taggerSpan(TaggedEntity(tokens: r, type: e.type, confidence: e.confidence), a, matches, tagger) {
        a.add(span)
      }
    }
  }

  /// Whether the word at `i`, opening the sentence before a surname the tagger found alone, is a
  /// given name it left out: capitalized, no word written in lower case, no rule's, no dictionary's, no title,
  /// style, month or day ("Kofi" in "Kofi Mensah told reporters", where the sentence's first
  /// word says little to the tagger).
  func isLeftOutGivenName(_ a: SentenceAnalysis, _ i: Int, _ matches: [Lexicon.Match], _ tagger: EntityTagger)
    -> Bool
  {
    let w = a.tokens[i]
    // the sentence's first word: its capital tells the tagger nothing
    guard a.tokens[..<i].allSatisfy({ $0.kind == .punctuation }) else { return false }
    guard w.isWord, !w.text.contains("-"), w.isCapitalized, !w.isAllCaps, w.text.count > 1, a.cover[i] < 0,
      !tagger.gazetteer.commonWords.contains(w.lower), !Patterns.isFunctionCapital(w),
      !matches.contains(where: { $0.tokens.contains(i) }),
      DateFinder.months[w.lower] == nil, DateFinder.weekdays[w.lower] == nil,
      !People.honorifics.contains(w.lower), !People.royalStyles.contains(w.lower),
      !People.portfolioWords.contains(w.lower), !People.headlineVerbs.contains(w.lower)
    else { return false }
    return true
  }

  /// An "Al-"/"El-" word whose next letter is a capital ("Al-Bahar", "el-Sisi").
  static func isArticleSurname(_ t: Token) -> Bool {
    guard t.lower.hasPrefix("al-") || t.lower.hasPrefix("el-"), t.text.count > 3 else { return false }
    return t.text.dropFirst(3).first?.isUppercase ?? false
  }

  /// A capitalized word, or an "al-"/"el-" word whose next letter is a capital ("al-Harthami").
  static func isNameWord(_ t: Token) -> Bool {
    t.isCapitalized || isArticleSurname(t)
  }

  /// The span for a tagged name, or nil when a precision guard rejects it.
  func taggerSpan(_ e: TaggedEntity, _ a: SentenceAnalysis, _ matches: [Lexicon.Match], _ tagger: EntityTagger)
    -> Span?
  {
    let t = a.tokens
    var r = e.tokens
    // every word capitalized, except name particles inside ("bin", "van", "de", "of")
    for i in r {
      // the full stop of a middle initial ("Enrique B. Lantana") is inside the name
      let initialStop = t[i].text == "." && i - 1 > r.lowerBound && t[i - 1].text.count == 1
      guard t[i].kind == .word || t[i].text == "-" || t[i].text == "&" || initialStop else { return nil }
      if initialStop { continue }
      if !Extractor.isNameWord(t[i]) && !EntityTagger.connectors.contains(t[i].lower) {
        return nil
      }
      if DateFinder.months[t[i].lower] != nil || DateFinder.weekdays[t[i].lower] != nil { return nil }
    }
    let initial = r.lowerBound == 0 || (r.lowerBound == 1 && t[0].kind == .punctuation)
    switch e.type {
    case .person:
      // a given name or a capitalized word alone is no person; titles and bodies are no names
      if r.contains(where: {
        People.portfolioWords.contains(t[$0].lower) || People.headlineVerbs.contains(t[$0].lower) || t[$0].isAllCaps
      }) {
        return nil
      }
      // a company's or body's head word ("... Electricals Limited", "... Authority") makes no person
      if r.contains(where: { Patterns.orgHeads.contains(t[$0].lower) || t[$0].lower == "limited" }) { return nil }
      if Extractor.isPlaceSlot(t, r) { return nil }
      // a photo's credit: "(Xinhua/Ana Quispe)", "(AP Photo/Ana Quispe)"
      if r.lowerBound > 0, t[r.lowerBound - 1].text == "/", r.upperBound < t.count, t[r.upperBound].text == ")" {
        return nil
      }
      // "the Oruc Reis vessel": a thing named after someone
      if r.upperBound < t.count, Extractor.namedThingNouns.contains(t[r.upperBound].lower) { return nil }
      // an article right before the name makes it a thing's ("build the Luban Workshop", "the
      // Amu Darya river"): a person's name takes no article without a title between
      if r.lowerBound > 0, Extractor.articles.contains(t[r.lowerBound - 1].lower) { return nil }
      if endsInNonPersonWord(t, r, matches) { return nil }
      // "including Forum Engagement and Advocacy": a thing's head word first, and no given name
      if Extractor.namedKinds.contains(t[r.lowerBound].lower)
        || Extractor.nonPersonHeads.contains(t[r.lowerBound].lower)
          && !r.contains(where: { tagger.gazetteer.firstNames.contains(t[$0].text) })
      {
        return nil
      }
      // a title's modifiers before its head word ("Emeritus Senior Minister") end no name
      if People.titleModifiers.contains(t[r.upperBound - 1].lower) { return nil }
      // a capital at the start of a sentence needs evidence: a known given name or surname, a
      // word never written in lower case, or a sure tagger
      let first = t[r.lowerBound]
      let known = tagger.gazetteer.firstNames.contains(first.text) || lexicon.surnames[first.lower] != nil
      if initial && !known && e.confidence < 0.8 && tagger.gazetteer.commonWords.contains(first.lower)
        || initial && isOpeningParticiple(first, known: known)
      {
        r = (r.lowerBound + 1)..<r.upperBound
      }
      guard r.filter({ Extractor.isNameWord(t[$0]) }).count >= 2 else { return nil }
      // no name yet: the people rules may still attach a title, and extraction names it afterwards
      return Span(kind: .person, tokens: r, name: "", rule: "tagger-person", confidence: e.confidence)
    case .organization:
      if r.count == 1 && !t[r.lowerBound].isAllCaps && (e.confidence < 0.8 || initial) { return nil }
      // capitalized common words alone ("Joint Stock Company", "Engineering Division") are a piece
      // of a name or a generic phrase, not a name: the dictionaries hold the common-word names
      if r.allSatisfy({ tagger.gazetteer.commonWords.contains(t[$0].lower) || Patterns.orgHeads.contains(t[$0].lower) })
      {
        return nil
      }
      return Span(
        kind: .organization, tokens: r, name: a.cleanText(r), rule: "tagger-organization", confidence: e.confidence)
    case .location:
      if let m = matches.first(where: { $0.tokens == r }), [.country, .city, .place].contains(m.best.kind) {
        let kind: Span.Kind = m.best.kind == .country ? .country : m.best.kind == .city ? .city : .place
        return Span(
          kind: kind, tokens: r, name: m.best.canonical, country: m.best.country, rule: "tagger-location",
          confidence: e.confidence)
      }
      if let w = TaggerGazetteer.location(Array(t[r]), in: lexicon) {
        let country = w.country.flatMap { lexicon.countries.contains($0) ? $0 : nil }
        return Span(
          kind: w.isCity ? .city : .country, tokens: r, name: a.cleanText(r),
          country: w.isCity ? country : a.cleanText(r),
          rule: w.isCity ? "tagger-city" : "tagger-country", confidence: e.confidence)
      }
      if r.count == 1 && (e.confidence < 0.8 || initial) { return nil }
      // "the Pacific Island nation", "Pacific Island Countries": a kind of country, no place
      if r.contains(where: { Patterns.isIslandModifier(t, $0) }) { return nil }
      return Span(kind: .place, tokens: r, name: a.cleanText(r), rule: "tagger-place", confidence: e.confidence)
    }
  }
}

extension Extractor {
  /// Prepositions after which a bare name is where something happens, not who.
  static let placePrepositions: Set<String> = ["at", "in", "inside", "outside", "near", "into", "across"]
  /// Last words of a name that make it a place: "... Square", "... Palace", "... Street".
  static let placeNameEnds: Set<String> = ["square", "street", "avenue", "palace", "park", "hall", "league"]

  /// Whether an untitled name stands where English news puts a place: after a preposition of
  /// place ("met at Palazzo Verde", "talks in Rome's Villa Doria", "in the Hall Gardens"), or
  /// ending in a place noun ("Liberty Square"). The tagger reads such two-word foreign names as
  /// persons, and a person there would even join the meeting. A possessive after the name keeps
  /// it a person ("in Ruto's words").
  static func isPlaceSlot(_ t: [Token], _ r: Range<Int>) -> Bool {
    if r.count > 1, placeNameEnds.contains(t[r.upperBound - 1].lower) { return true }
    // "on Bac Son street", "the Hai Duong province": a place noun right after the name
    if r.upperBound < t.count, placeNounsAfterName.contains(t[r.upperBound].lower) { return true }
    if r.upperBound < t.count, t[r.upperBound].lower == "'s" { return false }
    var p = r.lowerBound - 1
    // "at Rome's Palazzo Chigi": a possessive place before the name
    if p >= 1, t[p].lower == "'s", t[p - 1].isCapitalized { p -= 2 }
    if p >= 0, t[p].lower == "the" { p -= 1 }
    // "went to Cidade Alta, where he met ...": one goes to a place, not to a person
    if p >= 1, t[p].lower == "to", motionVerbs.contains(t[p - 1].lower) { return true }
    return p >= 0 && placePrepositions.contains(t[p].lower)
  }

  /// Nouns after a place's name that never follow a person's: "Bac Son street", "Dong Nai province".
  static let placeNounsAfterName: Set<String> = [
    "street", "avenue", "road", "boulevard", "lane", "highway", "square", "district", "province", "county",
    "village", "river", "lake", "island", "islands", "mountains", "valley", "bay", "airport", "port",
  ]

  /// Articles, which a person's bare name never follows.
  static let articles: Set<String> = ["the", "a", "an"]

  /// Verbs of going somewhere, before "to" and a place.
  static let motionVerbs: Set<String> = [
    "went", "go", "goes", "travelled", "traveled", "flew", "headed", "proceeded", "returned", "drove", "moved",
  ]
}

extension Extractor {
  /// The end of a tagged name that stops at a middle initial: the tagger reads the full stop of
  /// "Enrique B. Lantana" as a boundary and gives "Enrique B", a given name and an initial; the
  /// surname after the initial belongs to the name.
  static func throughMiddleInitial(_ a: SentenceAnalysis, _ r: Range<Int>) -> Int {
    let t = a.tokens
    var hi = r.upperBound
    guard People.initialLength(a, at: hi - 1) == 2 || hi < t.count && People.initialLength(a, at: hi) == 2
    else { return hi }
    if People.initialLength(a, at: hi - 1) == 2 { hi -= 1 }
    // the initial, its full stop, then the free capitalized words of the surname
    var e = hi + 2
    while e < t.count, e - hi < 5, t[e].isWord, t[e].isCapitalized, a.cover[e] < 0 { e += 1 }
    return e > hi + 2 ? e : r.upperBound
  }
}

extension Extractor {
  /// Whether `r` is two or more capitalized words right after "wife", "husband" or "spouse"
  /// (and a comma at most): a spouse's name.
  static func isAfterSpouseWord(_ t: [Token], _ r: Range<Int>) -> Bool {
    guard r.count >= 2, r.allSatisfy({ t[$0].isWord && t[$0].isCapitalized }) else { return false }
    var k = r.lowerBound - 1
    if k >= 0, t[k].text == "," { k -= 1 }
    return k >= 0 && ExtractionState.spouseWords.contains(t[k].lower)
  }
}
