/// Place rules: regions and provinces named by their kind, seas, straits, rivers and islands,
/// and settlements in no dictionary.
extension Patterns {
  static let placeHeads: Set<String> = ["region", "province", "oblast", "peninsula", "district", "prefecture"]
  /// Kinds written before the name: "Lake Balkhash", "Mount Khan Tengri".
  static let placePrefixes: Set<String> = ["Lake", "Mount", "Gulf"]

  /// "Jiangsu province", "Turkistan region", "China's Shaanxi province": places named by their kind.
  static func places(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    for i in t.indices where t[i].has(WordClass.placePrefix) && t[i].isCapitalized && i + 1 < t.count && a.cover[i] < 0
    {
      var e = i + 1
      while e < t.count && e - i <= 3 && t[e].isWord && t[e].isCapitalized && !isFunctionCapital(t[e]) && a.cover[e] < 0
      {
        e += 1
      }
      guard e > i + 1 else { continue }
      a.add(Span(kind: .place, tokens: i..<e, name: "", rule: "place-prefix", confidence: 0.75))
    }
    settlements(&a)
    geographicPlaces(&a)
    for i in t.indices where i > 0 && t[i].has(WordClass.placeHead) && a.cover[i] < 0 {
      guard let lo = properItem(a, endingAt: i), a.spans(in: lo..<i).allSatisfy({ $0.kind == .city }) else { continue }
      var span = Span(kind: .place, tokens: lo..<(i + 1), name: "", rule: "place-head", confidence: 0.75)
      if lo > 1, t[lo - 1].lower == "'s", let c = a.span(at: lo - 2), c.kind == .country { span.country = c.name }
      if lo > 0, let c = a.span(at: lo - 1), c.kind == .demonym { span.country = c.country }
      // "Almaty Oblast", "Kostanay region": the region of a known city is in the city's country
      if span.country == nil, let c = a.spans(in: lo..<i).first(where: { $0.kind == .city }) {
        span.country = c.country
      }
      a.add(span)
    }
  }

  static let settlementWords: Set<String> = ["village", "town", "city", "settlement"]
  /// Plural kinds before the names they list: "the cities of A and B".
  static let settlementPlurals: Set<String> = ["cities", "towns", "villages"]

  /// Settlements in no dictionary, named with their kind: "near Ülken village", "the town of
  /// Zharkent", "the city of Turkistan", "the south-western city of X", "the cities of A and B"
  /// → a City (the kind word is not part of the name).
  static func settlements(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    for i in t.indices
    where (t[i].has(WordClass.settlementWord) || settlementPlurals.contains(t[i].lower)) && !t[i].isCapitalized
      && a.cover[i] < 0
    {
      let named = settlementNamesAfterOf(a, kind: i)
      if !named.isEmpty {
        for r in named {
          a.add(Span(kind: .city, tokens: r, name: a.text(r), rule: "settlement-kind", confidence: 0.7))
        }
        continue
      }
      guard t[i].has(WordClass.settlementWord) else { continue }
      if i > 0, t[i - 1].isWord, t[i - 1].isCapitalized, !isFunctionCapital(t[i - 1]), a.cover[i - 1] < 0,
        i < 2 || !t[i - 2].isCapitalized || t[i - 2].text == "."
      {
        // the kind word stays in the span so that "Ülken village in Almaty region" locates it
        a.add(
          Span(
            kind: .city, tokens: (i - 1)..<(i + 1), name: a.text((i - 1)..<i), rule: "settlement-kind", confidence: 0.7)
        )
      }
    }
  }

  /// A region of the dictionaries joined to another name by a dash or a plus names a format or a
  /// body, not a place: "the Chile-South America Forum", "the Central Asia + Chile Dialogue",
  /// "the Peru – Central Asia Dialogue", "the Zambia-South Africa Commission". The real pages'
  /// gold records no place there.
  static func joinedRegions(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    func joined(_ s: Span) -> Bool {
      let lo = s.tokens.lowerBound
      let hi = s.tokens.upperBound
      // "Chile-South America": a hyphenated name right before it
      if lo > 0, t[lo - 1].isWord, t[lo - 1].isCapitalized, t[lo - 1].text.utf8.contains(0x2D) { return true }
      if lo > 1, t[lo - 1].isDash || t[lo - 1].text == "+", t[lo - 2].isWord, t[lo - 2].isCapitalized { return true }
      return hi + 1 < t.count && (t[hi].isDash || t[hi].text == "+") && t[hi + 1].isWord && t[hi + 1].isCapitalized
    }
    // after the tagger, which would otherwise read the same words as a place again
    let kept = a.spans.filter {
      !($0.kind == .place && ($0.rule.hasSuffix("dictionary-place") || $0.rule.hasPrefix("tagger")) && joined($0))
    }
    guard kept.count != a.spans.count else { return }
    a.spans = kept
    a.reindex()
  }

  /// The names after "the (describing words) city of": "the city of Zharkent", "the ancient
  /// city of X", "the south-western city of X", "the Uzbek city of X", "the cities of A and B";
  /// each one to three capitalized words that no rule or dictionary has read.
  static func settlementNamesAfterOf(_ a: SentenceAnalysis, kind i: Int) -> [Range<Int>] {
    let t = a.tokens
    guard i + 2 < t.count, t[i + 1].lower == "of" else { return [] }
    // up to two describing words (or a demonym) between "the" and the kind
    var k = i - 1
    while k >= 0, i - k <= 3, t[k].lower != "the",
      t[k].isWord && !t[k].isCapitalized || t[k].isDash || a.span(at: k)?.kind == .demonym
    {
      k -= 1
    }
    guard k >= 0, t[k].lower == "the" else { return [] }
    var names: [Range<Int>] = []
    var j = i + 2
    while j < t.count {
      var e = j
      while e < t.count, e - j < 3, t[e].isWord, t[e].isCapitalized, !isFunctionCapital(t[e]), a.cover[e] < 0,
        DateFinder.months[t[e].lower] == nil
      {
        e += 1
      }
      guard e > j else { break }
      names.append(j..<e)
      guard settlementPlurals.contains(t[i].lower), e + 1 < t.count, t[e].lower == "and" else { break }
      j = e + 1
    }
    return names
  }

  /// Geographic kinds written before "of" and the name: "the Gulf of Oman", "the Strait of Hormuz".
  static let geographicPrefixes: Set<String> = ["gulf", "strait", "straits", "sea", "isthmus", "bay"]
  /// Geographic kinds written after the name: "the Baltic Sea", "the Taiwan Strait", "the Kuril
  /// Islands", "the Andes Mountains".
  static let geographicHeads: Set<String> = [
    "sea", "strait", "straits", "river", "islands", "island", "mountains", "ocean", "lake",
  ]

  /// Seas, straits, rivers, islands and mountains named with their geographic kind: "the Gulf of
  /// Mexico", "the Strait of Malacca", "the Baltic Sea", "the Mataje River", "the Senkaku islands".
  /// Only capitalized kinds count (a lower-case "sea" or "river" is a common noun), except plural
  /// "islands" after a name; a country or city in the name is part of it ("Gulf of Mexico",
  /// "Taiwan Strait").
  static func geographicPlaces(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var i = 0
    while i < t.count {
      guard t[i].has(WordClass.geographicWord), a.cover[i] < 0 else {
        i += 1
        continue
      }
      if let e = geographicNameEnd(a, prefix: i) {
        a.add(Span(kind: .place, tokens: i..<e, name: "", rule: "place-geographic", confidence: 0.75))
        i = e
        continue
      }
      if geographicHeads.contains(t[i].lower), t[i].isCapitalized || t[i].lower == "islands", i > 0,
        !isIslandModifier(t, i), let lo = properItem(a, endingAt: i),
        // "the Japanese-controlled islands": a lower-case kind needs a name in no dictionary
        t[i].isCapitalized || a.isFree(lo..<i) && !(lo..<i).contains(where: { t[$0].text.utf8.contains(0x2D) }),
        a.spans.allSatisfy({
          !$0.tokens.overlaps(lo..<i)
            || [.city, .country, .demonym, .place].contains($0.kind) && $0.tokens.lowerBound >= lo
        })
      {
        a.add(Span(kind: .place, tokens: lo..<(i + 1), name: "", rule: "place-geographic", confidence: 0.75))
      }
      i += 1
    }
  }

  /// Nouns a singular "Island" modifies: "the Pacific Island nation", "Pacific Island Countries".
  static let islandModified: Set<String> = [
    "nation", "nations", "country", "countries", "state", "states", "leaders", "leader", "economies", "affairs",
    "region", "forum", "people", "peoples",
  ]

  /// Whether the singular "Island" at `i` modifies the noun after it, as an adjective does: a kind
  /// of country or a body's subject ("the Pacific Island nation", "Pacific Island Affairs"), no
  /// island's name.
  static func isIslandModifier(_ t: [Token], _ i: Int) -> Bool {
    t[i].lower == "island" && i + 1 < t.count && islandModified.contains(t[i + 1].lower)
  }

  /// The end of "Gulf of X" whose first token is `i`: one to three capitalized words after "of".
  static func geographicNameEnd(_ a: SentenceAnalysis, prefix i: Int) -> Int? {
    let t = a.tokens
    guard geographicPrefixes.contains(t[i].lower), t[i].isCapitalized, i + 2 < t.count, t[i + 1].lower == "of"
    else { return nil }
    var e = i + 2
    while e < t.count && e - i <= 4 && t[e].isWord && t[e].isCapitalized && !isFunctionCapital(t[e])
      && DateFinder.months[t[e].lower] == nil
      && a.span(at: e).map({ [.city, .country, .place].contains($0.kind) }) ?? true
    {
      e += 1
    }
    return e > i + 2 ? e : nil
  }
}
