import BilatCore

/// Dictionary names that stand inside a longer name, where they name nothing of their own.
extension Extractor {
  /// Whether a match is a one-word variant of an open-data country's name that a capitalized
  /// word before it makes part of a longer name: "the Pacific Island nation" (Iceland's "Island"),
  /// "Thomas Mann". The country's own name ("South China Sea" aside) and the hand dictionaries'
  /// names are read wherever they stand.
  static func isVariantInsideName(_ m: Lexicon.Match, _ t: [Token]) -> Bool {
    let e = m.best
    guard e.generated, e.kind == .country, m.tokens.count == 1, m.tokens.lowerBound > 0,
      NameKey.transliterationFolded(t[m.tokens.lowerBound].text) != NameKey.transliterationFolded(e.canonical)
    else { return false }
    let before = t[m.tokens.lowerBound - 1]
    return before.isWord && before.isCapitalized && !Patterns.isFunctionCapital(before)
  }

  /// Words that go on an international body's name into a longer one: "a United Nations
  /// Conference on Desert Farming", "a United Nations Framework Convention for ...".
  static let longerNameWords: Set<String> = [
    "framework", "convention", "conference", "programme", "program",
  ]

  /// Whether a dictionary organization's match is part of a longer name that no dictionary holds:
  /// a word of a convention, a conference or a programme follows it ("the United Nations Convention
  /// on Migratory Fish"), or it ends a body's name after "of the" ("the Food and Water
  /// Organization of the United Nations").
  static func isBodyInsideLongerName(_ m: Lexicon.Match, _ t: [Token]) -> Bool {
    guard m.best.kind == .organization, !m.best.generated else { return false }
    let hi = m.tokens.upperBound
    let lo = m.tokens.lowerBound
    if hi < t.count, t[hi].isCapitalized, longerNameWords.contains(t[hi].lower) { return true }
    guard lo >= 3, t[lo - 1].lower == "the", t[lo - 2].lower == "of" else { return false }
    let head = t[lo - 3]
    return head.isCapitalized && Patterns.orgHeads.contains(head.lower)
  }

  /// Heads of institutions and sites named after people: "the Nursultan Nazarbayev University",
  /// "the Yaw bin Kofi Al Mensah Academy", "Indira Gandhi Airport".
  static let namedInstitutionHeads: Set<String> = [
    "academy", "university", "institute", "foundation", "fund", "school", "college", "hospital", "centre", "center",
    "airport", "stadium", "museum", "library", "prize", "award", "avenue", "street", "bridge", "park", "square",
    "station", "port", "mosque", "cathedral", "palace",
  ]

  /// Whether a dictionary person's match begins the name of an institution or a site: up to four
  /// capitalized words after it end in an institution's head ("the Nursultan Nazarbayev
  /// University"). The person is not there; the name is the institution's.
  static func isPersonInsideInstitutionName(_ m: Lexicon.Match, _ t: [Token]) -> Bool {
    guard m.best.kind == .person else { return false }
    var k = m.tokens.upperBound
    while k < t.count, k - m.tokens.upperBound < 4, t[k].isWord, t[k].isCapitalized {
      if namedInstitutionHeads.contains(t[k].lower) { return true }
      k += 1
    }
    return false
  }
}

extension ExtractionState {
  /// Whether `tokens` (a body's name) end in "of" and the words of `country`'s name ("the
  /// Trade Office of the Republic of Ghana" names Ghana; a name the country
  /// only modifies, "Kuwait News Agency", "Russian Railways", does not).
  static func namesCountryWords(_ tokens: ArraySlice<Token>, _ country: String) -> Bool {
    let words = country.lowercased().split(separator: " ").map(String.init)
    let lower = tokens.map(\.lower)
    guard !words.isEmpty, lower.count > words.count else { return false }
    let start = lower.count - words.count
    return Array(lower[start...]) == words && lower[start - 1] == "of"
  }
}
