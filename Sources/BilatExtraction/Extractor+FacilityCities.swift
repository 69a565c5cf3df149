import BilatCore

extension ExtractionState {
  /// Words that make a facility join two places rather than stand in one: "the bridge linking A
  /// and B", "the line between A and B".
  static let joiningWords: Set<String> = ["between", "linking", "connecting", "joining", "from", "to"]

  /// A facility named after the one city it stands in is located there when the article also
  /// names the city itself: "the Ahmedabad airport", "the port of Mombasa". A name with two places joined by a dash or
  /// a linking word ("the A–B railway", "the bridge linking A and B") runs between them and is
  /// located in neither.
  mutating func facilitiesNamedAfterCities() {
    for e in table.entities where e.label == "Facility" {
      guard let m = e.mentions.first, let city = Self.soleCity(in: e.name, lexicon: lexicon),
        let c = table.find("City", city)
      else { continue }
      relate(
        "LOCATED_IN", e.id, c, [:],
        Mention(sentence: m.sentence, start: m.start, end: m.end, rule: "facility-named-after-city", confidence: 0.7))
    }
  }

  /// The canonical name of the only city a facility's name contains, if it names one place and
  /// does not join two.
  static func soleCity(in name: String, lexicon: Lexicon) -> String? {
    let u = Array(name.utf16)
    let tokens = Tokenizer.tokenize(u, 0..<u.count)
    if tokens.contains(where: { $0.isDash || joiningWords.contains($0.lower) }) { return nil }
    var city: String?
    for m in lexicon.matches(in: tokens) {
      switch m.best.kind {
      case .city:
        // "Greater Cairo", "Greater London": the metropolitan region, not the city
        guard city == nil, m.tokens.lowerBound == 0 || tokens[m.tokens.lowerBound - 1].lower != "greater" else {
          return nil
        }
        city = m.best.canonical
      case .country, .place: return nil
      default: continue
      }
    }
    return city
  }
}
