import Foundation

/// Name lists the tagger uses as features beyond the ``Lexicon``, in `Data/models` (see
/// `Data/models/ATTRIBUTION.md`): given names (US Census 1990) and common lower-case words. World
/// cities and countries are not listed here: they come from the lexicon, which loads the open
/// gazetteers of `Data/gazetteers` (one source of truth).
public struct TaggerGazetteer: Sendable {
  /// Capitalized given names.
  var firstNames: Set<String> = []
  /// Words written in lower case in the training texts: at the start of a sentence their
  /// capital is no evidence of a name.
  var commonWords: Set<String> = []
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
    /// Some reading of a lexicon match is a city known only from the generated world gazetteer
    /// (`Data/gazetteers`), not from the hand-written dictionaries: less sure than ``city``.
    static let worldCity: UInt32 = 1 << 8
    /// Some reading of a lexicon match is a generated country name or demonym.
    static let worldCountry: UInt32 = 1 << 9
    static let surname: UInt32 = 1 << 10
    static let matchStart: UInt32 = 1 << 11
    /// A capitalized word that is also written in lower case ("Officials", "Harvest").
    static let commonWord: UInt32 = 1 << 12
    static let count = 13
  }

  /// Reads `first-names.tsv` (every given name of its first column) and `common-words.tsv` from
  /// `directory`.
  public static func load(directory: URL) throws(TaggerModelError) -> TaggerGazetteer {
    var g = TaggerGazetteer()
    for line in try lines(directory, "first-names.tsv") {
      g.firstNames.insert(String(line.prefix { $0 != "\t" }))
    }
    for line in try lines(directory, "common-words.tsv") { g.commonWords.insert(line) }
    return g
  }

  static func lines(_ directory: URL, _ file: String) throws(TaggerModelError) -> [String] {
    let text = try TaggerModelError.text(of: directory.appendingPathComponent(file).path)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
  }

  /// Per-token gazetteer bits: membership in a lexicon match (given, so the extractor's own
  /// matches are reused, and with them the lexicon's world cities and countries), a given name
  /// or a known surname.
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
      var world: UInt32 = 0
      for e in m.entries {
        if e.kind == .city && e.generated { world |= Bit.worldCity }
        if (e.kind == .country || e.kind == .demonym) && e.generated { world |= Bit.worldCountry }
      }
      for t in m.tokens { bits[t] |= b | world }
      bits[m.tokens.lowerBound] |= Bit.matchStart
    }
    for (i, t) in tokens.enumerated() where t.isCapitalized && t.kind == .word {
      if firstNames.contains(t.text) { bits[i] |= Bit.firstName }
      if lexicon.surnames[t.lower] != nil { bits[i] |= Bit.surname }
      if commonWords.contains(t.lower) { bits[i] |= Bit.commonWord }
    }
    return bits
  }

  /// The lexicon's city or country named by exactly `tokens` (a tagged location), with its
  /// country. A city whose name is also a word ("Nice") needs no context here: the tagger's tag
  /// is that context.
  static func location(_ tokens: [Token], in lexicon: Lexicon) -> (isCity: Bool, country: String?)? {
    var node = 0
    for t in tokens {
      guard let next = lexicon.children[node][t.lower] else { return nil }
      node = Int(next)
    }
    // a country before a city of the same name, as in the lexicon's own matches
    let readings = lexicon.entriesAt[node].filter { $0.kind == .city || $0.kind == .country }
    guard let e = readings.min(by: { $0.kind < $1.kind }) else { return nil }
    return (e.kind == .city, e.country)
  }
}
