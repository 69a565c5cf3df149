import BilatExtraction
import Testing

/// One-word names of the open data that stand for something else in the sentence: a variant of a
/// country's name inside a longer name, "Island" as a modifier, a city that is the surname of
/// someone the article has named. The sentences are the project's own.
@Suite("One-word open-data names read in context")
struct OpenDataWordTests {
  @Test(
    "a variant of a country's name inside a longer name, or \"Island\" before a noun, names no country or place",
    arguments: [
      "Speaking on Monday, Jeremiah Manele called the Pacific Island nation ready to talk with Australia.",
      "Fiji and Japan spoke about the Pacific Island Countries and their fisheries.",
    ])
  func islandModifier(_ text: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(!x.entityNames("Country").contains("Iceland"), "\(x.entityNames("Country"))")
    #expect(!x.entityNames("Place").contains { $0.contains("Island") }, "\(x.entityNames("Place"))")
  }

  @Test("a city that is the surname of a person named before refers to the person")
  func surnameNotCity() throws {
    let x = try Fixture.article(
      " date 2021-11-10 President Samia Suluhu Hassan met President Kofi Mensah in Cairo. "
        + "\"Our ties are strong,\" Hassan told journalists.")
    #expect(!x.entityNames("City").contains("Hassan"), "\(x.entityNames("City"))")
  }
}
