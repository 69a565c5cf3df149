import BilatExtraction
import Testing

/// Legislatures named by their own word ("the Senate", "Parliament", "the House of
/// Representatives"), with the country word before them as part of the name; the words as part of
/// a building's or another body's name are none. The sentences are the project's own.
@Suite("Legislatures")
struct LegislatureTests {
  @Test(
    "a legislature's word names the body, with its country word",
    arguments: [
      ("The Senate ratified the treaty in May.", "Senate"),
      ("The deal entered into force after Parliament approved it.", "Parliament"),
      ("President Ana Quispe addressed the Peruvian Congress on Monday.", "Peruvian Congress"),
      ("Prime Minister Kofi Mensah addressed Fiji's Parliament on Monday.", "Fiji's Parliament"),
      ("Prime Minister Kofi Mensah addressed the Parliament of Chile on Monday.", "Parliament of Chile"),
      ("The House of Representatives approved the budget.", "House of Representatives"),
      ("The Jogorku Kenesh adopted the law on Tuesday.", "Jogorku Kenesh"),
      ("The Iraqi parliament adopted the law on Tuesday.", "Iraqi parliament"),
    ])
  func named(_ text: String, _ body: String) throws {
    let x = try Fixture.article(text)
    #expect(x.entityNames("Organization").contains(body), "organizations: \(x.entityNames("Organization"))")
  }

  @Test(
    "the word inside a building's or another body's name, or in lower case alone, is no legislature",
    arguments: [
      ("The leaders met at Parliament House in Canberra.", "Parliament"),
      ("He praised the 14th National Congress of the union.", "Congress"),
      ("She called on the Speaker of the Lower House of Parliament.", "Parliament"),
      ("The parliament will vote next week.", "parliament"),
      ("He met the chairman of the National People's Congress.", "Congress"),
    ])
  func notNamed(_ text: String, _ word: String) throws {
    let x = try Fixture.article(text)
    #expect(!x.entityNames("Organization").contains(word), "organizations: \(x.entityNames("Organization"))")
  }

  @Test("a later bare mention is the body named with its country word")
  func laterMention() throws {
    let x = try Fixture.article(
      "Peruvian Senate President Ana Quispe visited Accra on Monday.\n\n"
        + "It was her first trip abroad since she took up her Senate post in July.")
    let bodies = x.entities("Organization")
    #expect(bodies.map(\.name) == ["Peruvian Senate"], "organizations: \(bodies.map(\.name))")
    #expect(bodies.first?.properties["country"]?.stringValue == "Peru")
  }
}
