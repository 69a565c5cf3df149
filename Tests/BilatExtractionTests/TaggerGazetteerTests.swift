import Testing

@testable import BilatExtraction

/// The tagger's world-city and world-country features come from the lexicon's generated
/// gazetteers (`Data/gazetteers`), not from lists of its own.
@Suite("Tagger gazetteer features from the lexicon")
struct TaggerGazetteerTests {
  static func tokens(_ text: String) -> [Token] {
    let units = Array(text.utf16)
    return Tokenizer.tokenize(units, 0..<units.count)
  }

  static func bits(_ text: String) -> [String: UInt32] {
    let lexicon = Lexicon.shared
    let t = tokens(text)
    let bits = TaggerGazetteer().bits(t, lexiconMatches: lexicon.matches(in: t), lexicon: lexicon)
    return Dictionary(zip(t.map(\.text), bits), uniquingKeysWith: { a, _ in a })
  }

  @Test("a generated city carries the world-city bit, a hand-written one only the city bit")
  func worldCityBit() {
    let b = TaggerGazetteerTests.bits("The envoys flew from Paris to Tampere on Monday.")
    let world = TaggerGazetteer.Bit.worldCity
    let city = TaggerGazetteer.Bit.city
    #expect(b["Tampere"].map { $0 & (world | city) } == world | city)
    #expect(b["Paris"].map { $0 & (world | city) } == city)
    #expect(b["envoys"] == 0)
  }

  @Test("a tagged location is resolved in the lexicon, with the city's country", arguments: [
    ("Tampere", true, "Finland"), ("Mombasa", true, "Kenya"), ("Bhutan", false, "Bhutan"),
  ])
  func location(_ name: String, _ isCity: Bool, _ country: String) throws {
    let found = try #require(TaggerGazetteer.location(TaggerGazetteerTests.tokens(name), in: Lexicon.shared))
    #expect(found.isCity == isCity)
    #expect(found.country == country)
  }

  @Test("a word that names no city or country is no location")
  func notALocation() {
    #expect(TaggerGazetteer.location(TaggerGazetteerTests.tokens("Harvest"), in: Lexicon.shared) == nil)
  }
}
