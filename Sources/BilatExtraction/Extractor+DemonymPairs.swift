/// "The Russian and Tajikistani presidents began talks", "the Kazakh and Uzbek foreign
/// ministers met": two people named only by their countries and a plural office, whom the
/// article names elsewhere.
extension ExtractionState {
  /// The two people a "<demonym> and <demonym> <offices>" phrase stands for, when the article
  /// names exactly one holder of that office for each country.
  func demonymPair(_ a: SentenceAnalysis, recent: [Int]) -> [(entity: Int, tokens: Range<Int>)]? {
    let t = a.tokens
    for s in a.spans where s.kind == .demonym {
      let and = s.tokens.upperBound
      guard and + 1 < t.count, t[and].lower == "and", let other = a.span(at: and + 1), other.kind == .demonym,
        other.tokens.lowerBound == and + 1
      else { continue }
      // the plural office, maybe after a qualifier: "presidents", "foreign ministers"
      let after = other.tokens.upperBound
      guard
        let head = (after..<min(t.count, after + 2)).first(where: { ExtractionState.officeOfGroup[t[$0].lower] != nil })
      else { continue }
      guard let office = ExtractionState.officeOfGroup[t[head].lower] else { continue }
      let phrase = s.tokens.lowerBound..<(head + 1)
      var pair: [(entity: Int, tokens: Range<Int>)] = []
      for country in [s.country, other.country] {
        guard let country, let holder = officeHolder(office, of: country, recent: recent) else { return nil }
        pair.append((holder, phrase))
      }
      return pair[0].entity == pair[1].entity ? nil : pair
    }
    return officesOfCountriesPair(a, recent: recent)
  }

  /// "the presidents of Russia and Kazakhstan", "the heads of state of A and B": a plural office,
  /// "of" and two conjoined countries stand for the one holder of that office in each.
  func officesOfCountriesPair(_ a: SentenceAnalysis, recent: [Int]) -> [(entity: Int, tokens: Range<Int>)]? {
    let t = a.tokens
    for (h, w) in t.enumerated() {
      var office = ExtractionState.officeOfGroup[w.lower]
      var j = h + 1
      // "heads of state", "heads of government": the office a state's or a government's head holds
      if w.lower == "heads", j + 1 < t.count, t[j].lower == "of" {
        office = ExtractionState.headOffices[t[j + 1].lower]
        j += 2
      }
      guard let office, j + 1 < t.count, t[j].lower == "of", let first = a.span(at: j + 1), first.kind == .country,
        first.tokens.lowerBound == j + 1
      else { continue }
      let and = first.tokens.upperBound
      guard and + 1 < t.count, t[and].lower == "and", let second = a.span(at: and + 1), second.kind == .country,
        second.tokens.lowerBound == and + 1
      else { continue }
      let phrase = h..<second.tokens.upperBound
      var pair: [(entity: Int, tokens: Range<Int>)] = []
      for country in [first.country ?? first.name, second.country ?? second.name] {
        guard let holder = officeHolder(office, of: country, recent: recent) else { return nil }
        pair.append((holder, phrase))
      }
      return pair[0].entity == pair[1].entity ? nil : pair
    }
    return nil
  }

  /// The office a head of state or of government holds, as titles write it.
  static let headOffices: [String: String] = ["state": "president", "government": "prime minister"]

  /// The one person of `country` whose title names `office` (or, untitled, the dictionary's
  /// holder of it on the article's date), preferring the one named last.
  func officeHolder(_ office: String, of country: String, recent: [Int]) -> Int? {
    func holds(_ e: Int) -> Bool {
      let x = table.entities[e]
      guard x.label == "Person", x.properties["country"]?.stringValue == country else { return false }
      if let title = x.properties["title"]?.stringValue { return title.lowercased().contains(office) }
      // a person named without his title ("... while Vladimir Putin toured the region") holds the
      // office the dictionary's holders give him on the article's date
      guard let date = article.published else { return false }
      return lexicon.holder(of: office, in: country, on: date) == x.name
    }
    if let e = recent.last(where: holds) { return e }
    let all = table.entities.indices.filter(holds)
    return all.count == 1 ? all[0] : nil
  }
}
