import BilatCore

/// Finding the lexicon's keywords in a sentence's tokens: the longest listed name at each
/// token, and the guards that keep a listed name from matching where it names something else.
extension Lexicon {
  /// Longest dictionary matches, left to right, not overlapping.
  public func matches(in tokens: [Token]) -> [Match] {
    var out: [Match] = []
    var i = 0
    while i < tokens.count {
      var node = 0
      var best: Match?
      var j = i
      while j < tokens.count {
        var k = j
        // a nickname in quotes inside a name: "Paulo “Paulinho” da Costa" (the quoted word is
        // part of the listed name, and so is the word after the closing quote), "Joseph “Joe”
        // Smith" (it is not)
        if k > i, tokens[k].kind == .punctuation, k + 2 < tokens.count, People.nicknameQuotes.contains(tokens[k].text) {
          if children[node][tokens[k + 1].lower] != nil {
            k += 1
          } else if let close = (k + 2..<min(tokens.count, k + 4)).first(where: {
            People.nicknameQuotes.contains(tokens[$0].text)
          }), close + 1 < tokens.count, children[node][tokens[close + 1].lower] != nil {
            k = close + 1
          }
        }
        guard let next = children[node][tokens[k].lower] else { break }
        node = Int(next)
        j = k + 1
        let here = entriesAt[node]
        if here.isEmpty { continue }
        let valid =
          here.count == 1 ? (accepts(here[0], tokens, i..<j) ? here : []) : here.filter { accepts($0, tokens, i..<j) }
        if !valid.isEmpty {
          best = Match(tokens: i..<j, entries: valid.count == 1 ? valid : valid.sorted { $0.kind < $1.kind })
        }
      }
      if best == nil, tokens[i].isWord,
        let s = prefixSector(tokens[i].lower)
          ?? (tokens[i].lower.utf8.contains(0x2D) ? compoundSector(tokens[i].lower) : nil)
      {
        best = Match(tokens: i..<(i + 1), entries: [Entry(kind: .sector, canonical: s, country: nil, anyCase: true)])
      }
      if var b = best {
        if b.best.generated && b.best.kind == .city && listedAsRegion(tokens, b.tokens) {
          b.entries = [Entry(kind: .place, canonical: b.best.canonical, country: b.best.country, anyCase: false)]
        }
        out.append(b)
        i = b.tokens.upperBound
      } else {
        i += 1
      }
    }
    return out
  }

  /// Office words that follow a city's name without making a longer name ("Osh Mayor ...").
  static let titleWordsAfterPlace: Set<String> = [
    "mayor", "governor", "akim", "president", "prime", "minister", "deputy", "ambassador", "chairman", "head",
    "secretary", "city", "region", "province", "district", "on", "in",
  ]
  /// Lower-case particles inside place names of Romance and other languages.
  static let nameParticles: Set<String> = ["de", "del", "do", "da", "dos", "das", "di", "du", "des", "la", "le"]

  func accepts(_ e: Entry, _ tokens: [Token], _ r: Range<Int>) -> Bool {
    if let exact = e.exact {
      return zip(exact, tokens[r]).allSatisfy { $0 == $1.text }
    }
    if e.needsContext { return tokens[r.lowerBound].isCapitalized && inPlaceContext(tokens, r) }
    // "New Jersey" is no Jersey
    if e.generated, r.lowerBound > 0, tokens[r.lowerBound - 1].text == "New" { return false }
    // "Rio Grande do Sul" has no Sul, "Santiago del Estero" no Estero: a particle after a
    // capitalized word continues a longer name
    if e.generated, e.kind == .city || e.kind == .place, r.lowerBound >= 2,
      Lexicon.nameParticles.contains(tokens[r.lowerBound - 1].text),
      tokens[r.lowerBound - 2].isCapitalized
    {
      return false
    }
    // "Santo Tomé", "Hyderabad House", "Gwadar Port Authority", "Roxas Boulevard": a generated
    // one-word city or region before a capitalized word (not a title, a date or an acronym)
    // begins a longer name
    if e.generated, e.kind == .city || e.kind == .place, r.count == 1, r.upperBound < tokens.count {
      let next = tokens[r.upperBound]
      if next.isWord, next.isCapitalized, !next.isAllCaps, !Lexicon.titleWordsAfterPlace.contains(next.lower),
        DateFinder.months[next.lower] == nil, DateFinder.weekdays[next.lower] == nil
      {
        return false
      }
    }
    switch e.kind {
    case .sector: return true
    case .title: return e.anyCase || tokens[r.lowerBound].isCapitalized
    default: return tokens[r.lowerBound].isCapitalized
    }
  }
}
