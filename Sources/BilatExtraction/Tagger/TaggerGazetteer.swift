import Foundation

/// Name lists the tagger uses as features, beyond the ``Lexicon``'s dictionaries: given names
/// (US Census 1990), world cities (GeoNames) and countries with demonyms (countryinfo), all in
/// `Data/models` (see `Data/models/ATTRIBUTION.md`).
public struct TaggerGazetteer: Sendable {
  /// Capitalized given names.
  var firstNames: Set<String> = []
  /// World cities, countries and demonyms as a token trie (reusing the lexicon's matcher).
  var world = Lexicon()
  /// Words written in lower case in the training texts: at the start of a sentence their
  /// capital is no evidence of a name.
  var commonWords: Set<String> = []
  /// Country name by ISO 3166 alpha-2 code.
  var countryByCode: [String: String] = [:]

  public init() {}

  /// Bits of ``bits(_:lexiconMatches:lexicon:)``.
  enum Bit {
    static let person: UInt32 = 1 << 0
    static let country: UInt32 = 1 << 1
    static let city: UInt32 = 1 << 2
    static let organization: UInt32 = 1 << 3
    static let place: UInt32 = 1 << 4
    static let title: UInt32 = 1 << 5
    static let demonym: UInt32 = 1 << 6
    static let firstName: UInt32 = 1 << 7
    static let worldCity: UInt32 = 1 << 8
    static let worldCountry: UInt32 = 1 << 9
    static let surname: UInt32 = 1 << 10
    static let matchStart: UInt32 = 1 << 11
    /// A capitalized word that is also written in lower case ("Officials", "Harvest").
    static let commonWord: UInt32 = 1 << 12
    static let count = 13
  }

  /// Reads `first-names.tsv`, `world-cities.tsv` and `world-countries.tsv` from `directory`.
  public static func load(directory: URL) throws(TaggerModelError) -> TaggerGazetteer {
    var g = TaggerGazetteer()
    for line in try lines(directory, "first-names.tsv") { g.firstNames.insert(line) }
    for line in try lines(directory, "common-words.tsv") { g.commonWords.insert(line) }
    for line in try lines(directory, "world-countries.tsv") {
      let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      g.world.insert(c[0], Lexicon.Entry(kind: .country, canonical: c[0], country: c[0], anyCase: false))
      if c.count > 1, !c[1].isEmpty {
        g.world.insert(c[1], Lexicon.Entry(kind: .demonym, canonical: c[0], country: c[0], anyCase: false))
      }
      if c.count > 2 {
        for alt in c[2].split(separator: "|") {
          g.world.insert(String(alt), Lexicon.Entry(kind: .country, canonical: c[0], country: c[0], anyCase: false))
        }
      }
      if c.count > 3, !c[3].isEmpty { g.countryByCode[c[3]] = c[0] }
    }
    for line in try lines(directory, "world-cities.tsv") {
      let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let country = c.count > 1 ? g.countryByCode[c[1]] : nil
      g.world.insert(c[0], Lexicon.Entry(kind: .city, canonical: c[0], country: country, anyCase: false))
    }
    return g
  }

  static func lines(_ directory: URL, _ file: String) throws(TaggerModelError) -> [String] {
    let text = try TaggerModelError.text(of: directory.appendingPathComponent(file).path)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
  }

  /// Per-token gazetteer bits: membership in a lexicon match (given, so the extractor's own
  /// matches are reused), in a world city/country, a given name or a known surname.
  func bits(_ tokens: [Token], lexiconMatches: [Lexicon.Match], lexicon: Lexicon) -> [UInt32] {
    var bits = [UInt32](repeating: 0, count: tokens.count)
    for m in lexiconMatches {
      let b: UInt32
      switch m.best.kind {
      case .person: b = Bit.person
      case .country: b = Bit.country
      case .city: b = Bit.city
      case .organization: b = Bit.organization
      case .place, .facility, .project: b = Bit.place
      case .title: b = Bit.title
      case .demonym: b = Bit.demonym
      case .sector: b = 0
      }
      guard b != 0 else { continue }
      for t in m.tokens { bits[t] |= b }
      bits[m.tokens.lowerBound] |= Bit.matchStart
    }
    // world names start with a capital: only a capitalized word that begins one is looked up
    // further (most words need one hash lookup, not a trie walk)
    var i = 0
    while i < tokens.count {
      guard tokens[i].isCapitalized, world.children[0][tokens[i].lower] != nil else {
        i += 1
        continue
      }
      let window = Array(tokens[i..<min(tokens.count, i + 6)])
      guard let m = world.matches(in: window).first, m.tokens.lowerBound == 0 else {
        i += 1
        continue
      }
      let b = m.best.kind == .city ? Bit.worldCity : Bit.worldCountry
      for t in m.tokens { bits[i + t] |= b }
      i += m.tokens.count
    }
    for (i, t) in tokens.enumerated() where t.isCapitalized && t.kind == .word {
      if firstNames.contains(t.text) { bits[i] |= Bit.firstName }
      if lexicon.surnames[t.lower] != nil { bits[i] |= Bit.surname }
      if commonWords.contains(t.lower) { bits[i] |= Bit.commonWord }
    }
    return bits
  }

  /// The country of a world city or country named by `name`, and whether it is a city.
  func location(_ tokens: [Token]) -> (isCity: Bool, country: String?)? {
    guard let m = world.matches(in: tokens).first, m.tokens == 0..<tokens.count else { return nil }
    return (m.best.kind == .city, m.best.country)
  }
}
