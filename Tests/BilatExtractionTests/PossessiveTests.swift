import BilatExtraction
import Testing

/// The possessive reads the same with a straight or a curly apostrophe: "Chile’s Foreign Minister
/// X" gives X the country, as "Chile's" does. The sentences are the project's own.
@Suite("Possessives")
struct PossessiveTests {
  @Test("a country's title gives the person the country, whatever the apostrophe", arguments: ["'", "’"])
  func countryTitle(_ apostrophe: String) throws {
    let x = try Fixture.article(
      "Chile\(apostrophe)s Foreign Minister Ana Prieto met Kazakh Foreign Minister Murat Nurtleu in Astana.",
      source: "2023-05-04-possessive.txt")
    let p = try #require(x.person("Ana Prieto"))
    #expect(p.properties["country"]?.stringValue == "Chile")
    #expect(x.relationNames("HOLDS_ROLE").contains { $0 == ("Ana Prieto", "Chile") })
  }

  @Test("the possessive token keeps its text and reads as 's")
  func token() {
    let u = Array("Chile’s".utf16)
    let t = Tokenizer.tokenize(u, 0..<u.count)
    #expect(t.map(\.text) == ["Chile", "’s"])
    #expect(t.map(\.lower) == ["chile", "'s"])
  }
}
