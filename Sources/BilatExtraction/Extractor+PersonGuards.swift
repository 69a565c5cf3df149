/// Guards on a tagged person's words: names of places, bodies and things that the tagger reads as
/// two capitalized words of a person ("Talvor Segment", "Gandor Monastery", "Ferreira Prize").
extension Extractor {
  /// Last words of a capitalized phrase that name a thing, a place or a programme, never a person:
  /// a border "Segment", a "Monastery", a "Prize", "Grant Aid".
  static let nonPersonHeads: Set<String> = [
    "segment", "segments", "section", "monastery", "temple", "mosque", "cathedral", "church", "shrine", "prize",
    "award", "awards", "aid", "assistance", "programme", "program", "fund", "corridor",
    "bridge", "dam", "port", "field", "fields", "basin", "province", "region", "island", "islands", "valley",
    "peninsula", "district", "county", "prefecture", "zone", "lake", "river", "mountains", "desert", "forum",
    "summit", "declaration", "treaty", "accord", "initiative", "plan", "strategy", "diwan", "heads",
    // a monarch's household and ceremonial units: "the Royal Court", "the Honor Guard"
    "court", "guard", "guards",
    // buildings and sites where visits take place: "the Golf and Beach Resort", "the Ocean Palace"
    // ("Hall", "Park", "Villa" and "House" are also surnames)
    "resort", "hotel", "palace", "square", "airport", "stadium", "centre", "center", "museum", "monument",
    "memorial", "mausoleum", "residence", "station", "university", "institute", "hospital", "games", "olympics",
    // an office: "Adviser to the Presidency"
    "presidency",
  ]

  /// Adjectives of world regions (the lexicon's demonyms are countries'): a name never ends in one.
  static let regionDemonyms: Set<String> = [
    "african", "asian", "european", "eurasian", "arab", "caribbean", "scandinavian", "nordic", "baltic", "balkan",
    "latin", "pacific", "atlantic", "sub-saharan", "maghrebi",
  ]

  /// Whether words are the plural of a demonym the lexicon knows, of one word or more ("Sri
  /// Lankans", "New Zealanders"): the last word's plural "s" dropped, the words walk the lexicon.
  func isPluralDemonym(_ words: [String]) -> Bool {
    guard let last = words.last, last.count > 3, last.hasSuffix("s") else { return false }
    var node: Int32 = 0
    for w in words.dropLast() + [String(last.dropLast())] {
      guard let next = lexicon.children[Int(node)][w] else { return false }
      node = next
    }
    return lexicon.entriesAt[Int(node)].contains { $0.kind == .demonym }
  }

  /// Kinds of named things written before the name, which make it no person's: "Operation
  /// Sunrise", "Hurricane Sandy" (a storm may bear a given name); after it too ("Desert Storm").
  static let namedKinds: Set<String> = ["operation", "typhoon", "hurricane", "cyclone", "storm"]

  /// Whether a capitalized word opening a sentence is a participle that begins a clause ("Lauding
  /// X for ...", "Recalling X's visit"), not a given name: six letters or more ending in "ing",
  /// not a given name or surname the gazetteers know.
  func isOpeningParticiple(_ t: Token, known: Bool) -> Bool {
    !known && t.isWord && !t.isAllCaps && t.lower.count >= 6 && t.lower.hasSuffix("ing")
  }

  /// Whether a tagged person ends in a word that names a thing or a people, not a person: a head
  /// of ``nonPersonHeads`` ("Ferreira Prize") or a plural demonym ("occupying Germans"), or whether the whole
  /// phrase is a place, country or organization the lexicon knows.
  func endsInNonPersonWord(_ t: [Token], _ r: Range<Int>, _ matches: [Lexicon.Match]) -> Bool {
    guard let last = r.last else { return true }
    let lower = t[last].lower
    if Extractor.nonPersonHeads.contains(lower) || Extractor.namedKinds.contains(lower)
      || isPluralDemonym(t[r].map(\.lower))
    {
      return true
    }
    // "Sub-Sahara African countries", "the Central Asians": a region's people, no person
    if Extractor.regionDemonyms.contains(lower)
      || lower.hasSuffix("s") && Extractor.regionDemonyms.contains(String(lower.dropLast()))
    {
      return true
    }
    let placeKinds: Set<Lexicon.Kind> = [.country, .city, .place, .organization, .demonym, .facility]
    for m in matches where m.tokens.contains(last) && m.tokens.lowerBound >= r.lowerBound {
      if m.entries.allSatisfy({ placeKinds.contains($0.kind) }) && (m.best.kind == .demonym || m.tokens == r) {
        return true
      }
    }
    return false
  }
}
