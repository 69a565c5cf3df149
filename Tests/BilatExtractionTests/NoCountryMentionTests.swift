import BilatExtraction
import Testing

/// "U.S. dollars", "Latin America", "South American": no mention of the United States. The
/// sentences are the project's own.
@Suite("Country names that name no country")
struct NoCountryMentionTests {
  @Test(
    "a currency or a part of the Americas names no country",
    arguments: [
      "Trade between Peru and Chile rose to 86 million U.S. dollars last year.",
      "Peru and Chile want closer ties with the rest of Latin America.",
      "Peru and Chile, the two South American countries, agreed to trade more.",
    ])
  func noUnitedStates(_ text: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(x.entityNames("Country") == ["Peru", "Chile"], "\(x.entityNames("Country"))")
  }
}
