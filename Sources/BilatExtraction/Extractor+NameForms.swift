import BilatCore

/// Forms of a person's name: surname-first countries, lone unknown words, styles before a name
/// ("Sheikh"), a shorter form of a longer name, and titles that a counterpart phrase gives.
extension ExtractionState {
  /// Countries whose names are written surname first ("Xi Jinping", "Yoon Suk Yeol", "Kikuta
  /// Yutaka" in Japanese house style): the first word alone is the person.
  static let surnameFirstCountries: Set<String> = [
    "China", "South Korea", "North Korea", "Vietnam", "Hungary", "Japan", "Taiwan", "Hong Kong",
  ]

  /// A one-word person span from a pattern (not a dictionary) that names no one the article
  /// has named in full: it is a person only if the guard lets the word through.
  func isLoneUnknownWord(_ s: Span, _ people: [PersonInfo]) -> Bool {
    guard s.tokens.count == 1, !s.rule.hasPrefix("dictionary"), !s.name.contains(" ") else { return false }
    let key = NameKey.transliterationFolded(s.name)
    if lexicon.surnames[key] != nil { return false }
    return !people.contains { $0.hasSurname(key) || ($0.words.count >= 2 && $0.words.first == key) }
  }

  /// The person of the article a lone word names: the one whose surname (or surname-first
  /// first word) it is; of two sharing it ("President Bush", then "first lady Laura Bush"), the
  /// one the article has named most so far, a later one on a tie.
  func surnameOwner(_ key: String, _ people: [PersonInfo]) -> Int? {
    let owners = people.indices.filter {
      people[$0].words.count >= 2 && (people[$0].hasSurname(key) || people[$0].words.first == key)
    }
    guard owners.count > 1 else { return owners.first }
    return owners.max {
      table.entities[people[$0].entity].mentions.count <= table.entities[people[$1].entity].mentions.count
    }
  }

  /// The office holder a title before a lone word names: the span's own title ("President Lula")
  /// and the holder's office must agree, around the story's date. With `givenNamesOnly`, only
  /// for a word that is a common given name (one the guard turned away for being one).
  func titledHolder(_ s: Span, givenNamesOnly: Bool = true) -> (name: String, office: Lexicon.Office)? {
    guard s.rule == "title-name", let title = s.title,
      !givenNamesOnly || People.firstNames.contains(s.name.lowercased())
    else {
      return nil
    }
    return lexicon.titledHolder(NameKey.transliterationFolded(s.name), title: title, on: article.published)
  }

  /// The span without a leading honorific or royal style, when what follows is a full name or a
  /// word of a person already named ("Prince Faisal" after "Faisal bin Farhan").
  func withoutStyle(_ s: Span, _ a: SentenceAnalysis, _ people: [PersonInfo]) -> Span? {
    guard !s.rule.hasPrefix("dictionary"), s.tokens.count >= 2 else { return nil }
    // every style in a row: "H. E. Shri Narendra Modi", "His Highness Sheikh ..."
    var lo = s.tokens.lowerBound
    let t = a.tokens
    while lo < s.tokens.upperBound {
      if t[lo].isCapitalized, People.royalStyles.contains(t[lo].lower) || People.honorifics.contains(t[lo].lower) {
        lo += 1
      } else if t[lo].text == "H", lo + 3 < s.tokens.upperBound, t[lo + 1].text == ".", t[lo + 2].text == "E" {
        lo += 3  // "H. E.", His Excellency, written as two initials
      } else {
        break
      }
      if lo < s.tokens.upperBound, t[lo].text == "." { lo += 1 }
    }
    guard lo > s.tokens.lowerBound, lo < s.tokens.upperBound else { return nil }
    let rest = lo..<s.tokens.upperBound
    if People.nameWordCount(a, rest) < 2 {
      let key = NameKey.transliterationFolded(a.tokens[lo].text)
      guard people.contains(where: { $0.hasSurname(key) || $0.words.first == key || $0.writtenFirst == key })
      else { return nil }
    }
    var out = s
    out.tokens = rest
    out.name = a.cleanText(rest)
    return out
  }

  /// The full name of a person of three or more words that a one-word pattern span begins ("Luiz"
  /// of "Luiz Inácio Lula da Silva", "Yoon" of "Yoon Suk Yeol"); two-word names are matched by
  /// ``person(_:surface:_:sentence:)`` itself.
  func fullName(startingWith s: Span, _ people: [PersonInfo]) -> String? {
    guard !s.rule.hasPrefix("dictionary") else { return nil }
    // "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed ...": the style says nothing of the name
    let words = s.name.split(separator: " ").map(String.init)
    let styles = words.prefix {
      People.royalStyles.contains($0.lowercased()) || People.honorifics.contains($0.lowercased())
    }
    guard words.count - styles.count == 1, let word = words.last else { return nil }
    let key = NameKey.transliterationFolded(word)
    if people.contains(where: { $0.hasSurname(key) }) { return nil }
    return people.last { $0.words.count > 2 && ($0.words.first == key || $0.writtenFirst == key) }?.name
  }

  /// "his Japanese counterpart Fumio Kishida" holds the office of the person met: the title of
  /// the sentence's first other person who has one.
  mutating func counterpartTitles(_ a: inout SentenceAnalysis) {
    // also a name the dictionaries found ("his Dutch counterpart" + a listed person)
    func afterCounterpart(_ s: Span) -> Bool {
      s.kind == .person && s.tokens.lowerBound > 0
        && ExtractionState.counterpartWords.contains(a.tokens[s.tokens.lowerBound - 1].lower)
    }
    for k in a.spans.indices
    where (a.spans[k].rule == "counterpart-name" || afterCounterpart(a.spans[k])) && a.spans[k].title == nil {
      guard let id = a.spans[k].entity else { continue }
      var title: String?
      for s in a.spans where s.kind == .person && title == nil {
        guard let other = s.entity, other != id else { continue }
        title = table.entities[other].properties["title"]?.stringValue
      }
      guard let title else { continue }
      a.spans[k].title = title
      table.fill(id, "title", title)
    }
  }
}
