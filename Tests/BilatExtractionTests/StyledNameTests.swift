import BilatExtraction
import Testing

/// Styles written before a name are no part of it, however many come in a row. The sentences
/// are the project's own.
@Suite("Styles before a name")
struct StyledNameTests {
  @Test(
    "every style before the name is left out",
    arguments: [
      ("H. E. Shri Ravi Menon, Prime Minister of India, held talks with President Kofi Mensah.", "Ravi Menon"),
      ("Hon. Shri Ravi Menon, Prime Minister of India, held talks with President Kofi Mensah.", "Ravi Menon"),
      // a capitalized article is a particle, so the four words of the name reach its end
      (
        "His Highness Sheikh Omar bin Khalid Al Nasser, Emir of Qatar, held talks with President Kofi Mensah.",
        "Omar bin Khalid Al Nasser"
      ),
    ])
  func stylesLeftOut(_ text: String, _ name: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(x.entityNames("Person").contains(name), "people: \(x.entityNames("Person"))")
    #expect(!x.entityNames("Person").contains { $0.contains("Shri") || $0.hasPrefix("H.") || $0.hasSuffix(" Al") })
  }
}
