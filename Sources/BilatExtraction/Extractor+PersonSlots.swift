/// Names the tagger reads as locations where news names a person: "Poland's Radoslaw Sikorski",
/// "Party General Secretary To Lam", "the Minister of Agriculture, Abu Bakar Karim", "Mr Novak".
/// Two unknown foreign words after a country's possessive look like a region to the tagger; the
/// slot says they are a person's name.
extension Extractor {
  /// Words of a region's name ("Egypt's Northwest Coast", "Korea's New Northern Policy").
  static let compassWords: Set<String> = [
    "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "northern", "southern",
    "eastern", "western", "central", "upper", "lower", "coast", "new", "greater", "inner", "outer",
  ]

  /// Nouns of things named after people, written after the name: "the Oruc Reis vessel".
  static let namedThingNouns: Set<String> = [
    "vessel", "ship", "frigate", "tanker", "field", "deposit", "mine", "plant", "refinery", "pipeline", "port",
    "project", "programme", "program", "initiative", "award", "prize", "brand", "company", "group", "model",
  ]

  /// Whether the tagged name at `r` stands where news names a person: after a country's
  /// possessive, right after a title (a comma between or not), or opening with an honorific.
  /// Two words or more, none a place's or a thing's head word, no place the lexicon knows.
  func isPersonSlot(_ a: SentenceAnalysis, _ r: Range<Int>, _ matches: [Lexicon.Match]) -> Bool {
    let t = a.tokens
    guard r.count >= 2, r.allSatisfy({ t[$0].isWord && Extractor.isNameWord(t[$0]) }),
      !r.contains(where: {
        Extractor.nonPersonHeads.contains(t[$0].lower) || Extractor.placeNameEnds.contains(t[$0].lower)
          || Extractor.namedKinds.contains(t[$0].lower) || Extractor.compassWords.contains(t[$0].lower)
      }),
      !matches.contains(where: { $0.tokens.overlaps(r) && $0.best.kind != .person })
    else { return false }
    // "Turkey's Oruc Reis vessel": a name before a thing's noun names the thing
    if r.upperBound < t.count, Extractor.namedThingNouns.contains(t[r.upperBound].lower) { return false }
    let lo = r.lowerBound
    if People.honorifics.contains(t[lo].lower) { return true }
    guard lo >= 1 else { return false }
    if a.possessiveCountry(before: lo) != nil { return true }
    let before = t[lo - 1].text == "," && lo >= 2 ? lo - 2 : lo - 1
    return a.span(at: before)?.kind == .title
  }

  /// Particles of Arabic and Malay names that join a given name to the father's: "bin", "bint".
  static let patronymicParticles: Set<String> = ["bin", "bint", "ibn", "binti"]

  /// The end of a tagged name that a patronymic continues: "Sheikha Munira bint Khalifa Al
  /// Khalifa" when the tagger stopped before "bint" (up to five more words, ending on a name's).
  static func throughPatronymic(_ a: SentenceAnalysis, _ hi: Int) -> Int {
    let t = a.tokens
    guard hi + 1 < t.count, a.cover[hi] < 0, patronymicParticles.contains(t[hi].text) else { return hi }
    var e = hi + 1
    while e < t.count, e - hi <= 5, a.cover[e] < 0, t[e].isWord,
      t[e].isCapitalized || isArticleSurname(t[e]) || patronymicParticles.contains(t[e].text)
    {
      e += 1
    }
    while e > hi + 1, !t[e - 1].isCapitalized, !isArticleSurname(t[e - 1]) { e -= 1 }
    return e > hi + 1 ? e : hi
  }

  /// Names after a country's possessive that the tagger left untagged ("Sudan's Omar al-Bashir
  /// and ..."): two to four free name words, the first a known given name or the last a known
  /// surname, in a person's slot (``isPersonSlot(_:_:_:)``). Added as the tagger's persons.
  func possessedNamesUntagged(_ a: inout SentenceAnalysis, _ matches: [Lexicon.Match], _ tagger: EntityTagger) {
    let t = a.tokens
    for lo in t.indices where a.possessiveCountry(before: lo) != nil {
      var hi = lo
      while hi < t.count, hi - lo < 4, a.cover[hi] < 0, t[hi].isWord, Extractor.isNameWord(t[hi]) { hi += 1 }
      guard hi - lo >= 2 else { continue }
      let first = t[lo]
      let last = t[hi - 1].lower.hasPrefix("al-") ? String(t[hi - 1].lower.dropFirst(3)) : t[hi - 1].lower
      let known =
        tagger.gazetteer.firstNames.contains(first.text) || lexicon.surnames[last] != nil
        || lexicon.generatedSurnames[last] != nil
      guard known, !tagger.gazetteer.commonWords.contains(first.lower), isPersonSlot(a, lo..<hi, matches),
        let span = taggerSpan(TaggedEntity(tokens: lo..<hi, type: .person, confidence: 0.6), a, matches, tagger)
      else { continue }
      a.add(span)
    }
  }
}
