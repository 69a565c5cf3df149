import BilatCore

/// Titles that name nobody in the article ("the Prime Minister", "the Japanese Premier", "his
/// Japanese counterpart") resolve to whoever held that office on the article's date, from the
/// dictionary's and the Factbook's office holders (``Lexicon/holder(of:in:on:)``).
extension ExtractionState {
  static let counterpartWords: Set<String> = ["counterpart", "counterparts"]

  /// Pre-pass: "Smailov met his Japanese counterpart" gets a title span on "counterpart" that
  /// carries the subject's office ("Prime Minister") and the counterpart's country (Japan); the
  /// title-reference fallback (``officeHolder(_:_:sentence:_:)``) then names the holder.
  mutating func markCounterparts(_ analyses: inout [SentenceAnalysis]) {
    guard let date = article.published else { return }
    for si in analyses.indices {
      var a = analyses[si]
      var changed = false
      for i in a.tokens.indices where ExtractionState.counterpartWords.contains(a.tokens[i].lower) && a.cover[i] < 0 {
        // a name right after it is the counterpart itself ("his Japanese counterpart Fumio Kishida"),
        // also after a comma and a title ("his Brazilian counterpart, President Lula da Silva")
        var next = i + 1
        if next < a.tokens.count, a.tokens[next].text == "," { next += 1 }
        if let t = a.span(at: next), t.kind == .title { next = t.tokens.upperBound }
        if next < a.tokens.count, a.tokens[next].isCapitalized, a.span(at: next)?.kind == .person { continue }
        var country: String?
        if i > 0, let s = a.span(at: i - 1), s.kind == .demonym || s.kind == .country {
          country = s.country ?? s.name
        } else if i > 1, a.tokens[i - 1].lower == "'s", let s = a.span(at: i - 2), s.kind == .country {
          country = s.name
        } else if i + 2 < a.tokens.count, ["from", "of"].contains(a.tokens[i + 1].lower),
          let s = a.span(at: i + 2), s.kind == .country
        {
          // "his counterpart from Finland"
          country = s.name
        }
        guard let country else { continue }
        // the subject: the last person named before it, else ("Speaking with his counterpart from
        // Finland, President X said") the first one after, with a title or a known office
        guard
          let subject = a.spans.last(where: { $0.kind == .person && $0.tokens.upperBound <= i })
            ?? a.spans.first(where: { $0.kind == .person && $0.tokens.lowerBound > i })
        else { continue }
        let office = lexicon.office(of: subject.name, on: date)
        // the holder of the office on the article's date, or a person of that country the
        // article names elsewhere (resolved with everyone known, ``titleReference``)
        guard let title = subject.title ?? office?.title, !title.isEmpty,
          (subject.country ?? office?.country) != country
        else { continue }
        a.add(
          Span(kind: .title, tokens: i..<(i + 1), name: title, country: country, rule: "counterpart", confidence: 0.7))
        changed = true
      }
      if changed { analyses[si] = a }
    }
  }

  /// The holder of the office a title reference names, on the article's date, when nobody in the
  /// article holds it: the title's own country ("the Japanese Prime Minister", "the Prime
  /// Minister of Japan"), else the country the article is most about.
  mutating func officeHolder(_ a: SentenceAnalysis, _ k: Int, sentence: Int, _ people: inout [PersonInfo]) -> Int? {
    guard let date = article.published else { return nil }
    let s = a.spans[k]
    let title: String
    if s.rule == "counterpart" {
      title = s.name
    } else {
      let lo = s.tokens.lowerBound
      // "the Vice President of the Asian Development Bank" is an organization's office
      guard lo > 0, !s.attached, s.organization == nil, !ExtractionState.titleModifiesName(a, s) else { return nil }
      let prev = a.tokens[lo - 1].lower
      guard prev == "the" || prev == "'s" || a.span(at: lo - 1)?.kind == .demonym else { return nil }
      title = a.text(lo..<a.titleEnd(s.tokens))
    }
    guard let country = s.country ?? mainCountry(), let name = lexicon.holder(of: title, in: country, on: date) else {
      return nil
    }
    let span = Span(
      kind: .person, tokens: s.tokens, name: name, country: country, rule: "office-holder", confidence: 0.7)
    return person(span, surface: name, &people, sentence: sentence)
  }

  /// The country named most often in the article, when one leads (twice or more, and more often
  /// than any other).
  func mainCountry() -> String? {
    let counts = table.entities.filter { $0.label == "Country" }.map { ($0.name, $0.mentions.count) }
      .sorted { $0.1 > $1.1 }
    guard let first = counts.first, first.1 >= 2 else { return nil }
    if counts.count > 1 && counts[1].1 == first.1 { return nil }
    return first.0
  }

  /// The office a person of the article held on its date: by the full name, else, when the
  /// article gives the same title, by one word of the name, as a listed name or a listed holder's
  /// surname ("Prime Minister Sheikh Hasina" is the holder listed as "Hasina"; a surname match
  /// with another title proves nothing).
  func officeOf(_ name: String, title: String?) -> Lexicon.Office? {
    if let office = lexicon.office(of: name, on: article.published) { return office }
    guard let title else { return nil }
    let wanted = Lexicon.officeTitle(title)
    for word in name.split(separator: " ") where word.count > 2 {
      // the word as a listed name, or as the surname of a listed holder ("President Ashraf Ghani"
      // for "Ashraf Ghani Ahmadzai")
      // ("President Abdel Fatah al-Sisi" for the listed "El-Sisi": the surname without its article)
      let key = NameKey.transliterationFolded(String(word))
      let surnames = [key] + [PersonInfo.withoutJoinedArticle(key)].compactMap { $0 }
      let holders = [String(word)] + surnames.flatMap { lexicon.generatedSurnames[$0] ?? [] }
      for holder in holders {
        if let office = lexicon.office(of: holder, on: article.published), Lexicon.officeTitle(office.title) == wanted {
          return office
        }
      }
    }
    return nil
  }
}
