import Foundation

/// Training-data augmentation: copies of sentences whose person names are replaced by invented
/// ones (given names and surnames from the US Census 1990 lists, combined with particles,
/// surname-first order and hyphens) and some locations by world cities, so that the tagger
/// learns names from their context and shape rather than from the few names of the corpus.
public struct NameSubstitution: Sendable {
  var givenNames: [String]
  var surnames: [String]
  var cities: [String]

  /// Reads `dist.male.first`, `dist.female.first` and `dist.all.last` of `censusDirectory`
  /// (the 20,000 most frequent surnames) and takes the cities of `lexicon` (hand-written and
  /// generated world cities), sorted so that training stays deterministic.
  public static func load(censusDirectory: String, lexicon: Lexicon) throws(TaggerModelError) -> NameSubstitution {
    func names(_ file: String, limit: Int) throws(TaggerModelError) -> [String] {
      let text = try TaggerModelError.text(of: (censusDirectory as NSString).appendingPathComponent(file))
      return text.split(separator: "\n").prefix(limit).compactMap { line in
        line.split(separator: " ").first.map { $0.prefix(1) + $0.dropFirst().lowercased() }
      }
    }
    let given = try names("dist.male.first", limit: 1500) + names("dist.female.first", limit: 1500)
    let cities = lexicon.cities.filter { $0.allSatisfy { $0.isLetter || $0 == " " } }.sorted()
    return NameSubstitution(givenNames: given, surnames: try names("dist.all.last", limit: 20000), cities: cities)
  }

  static let suffixes = ["ov", "ev", "ova", "uly", "enko", "ovich"]
  static let particles = ["van", "van der", "de", "da", "von", "bin", "ibn", "del", "van den", "dos"]

  /// An invented person name in one of several shapes, `words` long when one word is wanted.
  func person(single: Bool, using rng: inout SeededGenerator) -> String {
    let g = givenNames[Int(rng.next() % UInt64(givenNames.count))]
    let s = surnames[Int(rng.next() % UInt64(surnames.count))]
    if single { return s }
    let g2 = givenNames[Int(rng.next() % UInt64(givenNames.count))]
    let s2 = surnames[Int(rng.next() % UInt64(surnames.count))]
    switch rng.next() % 10 {
    case 0, 1, 2: return "\(g) \(s)"
    case 3: return "\(g) \(g2) \(s)"
    case 4, 5: return "\(g) \(NameSubstitution.particles[Int(rng.next() % 10)]) \(s)"
    case 6: return "\(g) bin \(g2) al-\(s)"
    case 7: return "\(s) \(g)"
    case 8: return "\(g) \(s)-\(s2)"
    default: return "\(g) \(s)\(NameSubstitution.suffixes[Int(rng.next() % 6)])"
    }
  }

  /// `copies` altered copies of each sentence that has a person or location name.
  public func augment(_ sentences: [TaggedSentence], copies: Int, seed: UInt64) -> [TaggedSentence] {
    var rng = SeededGenerator(seed: seed &+ 0x5eed)
    var out: [TaggedSentence] = []
    for s in sentences {
      let entities = s.entities.filter { $0.type != .organization }
      guard !entities.isEmpty else { continue }
      for _ in 0..<copies {
        var text = ""
        var ranges: [(range: Range<Int>, type: EntityTag.EntityType)] = []
        var i = 0
        while i < s.tokens.count {
          if i > 0 && s.tokens[i].start > s.tokens[i - 1].end { text += " " }
          if let e = entities.first(where: { $0.tokens.lowerBound == i }) {
            let replace = e.type == .person || rng.next() % 2 == 0
            let name =
              !replace
              ? s.tokens[e.tokens].map(\.text).joined(separator: " ")
              : e.type == .person
                ? person(single: e.tokens.count == 1, using: &rng) : cities[Int(rng.next() % UInt64(cities.count))]
            let start = text.utf16.count
            text += name
            ranges.append((start..<text.utf16.count, e.type))
            i = e.tokens.upperBound
          } else {
            text += s.tokens[i].text
            i += 1
          }
        }
        // organizations keep their words and tags
        let kept = TaggedSentence(text: text, entities: ranges)
        var tags = kept.tags
        let orgs = s.entities.filter { $0.type == .organization }.map { s.tokens[$0.tokens].map(\.text) }
        let relabelled = TaggedSentence(tokens: kept.tokens, names: orgs.map { ($0, .organization) })
        for (k, t) in relabelled.tags.enumerated() where t != .outside && tags[k] == .outside { tags[k] = t }
        out.append(TaggedSentence(tokens: kept.tokens, tags: tags))
      }
    }
    return out
  }
}
