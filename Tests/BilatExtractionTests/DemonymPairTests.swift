import BilatExtraction
import Testing

/// People named only by their countries and a plural office.
@Suite("Demonym pairs")
struct DemonymPairTests {
  @Test("'the Kazakh and Uzbek foreign ministers began talks' joins the two ministers the article names")
  func demonymPair() throws {
    let x = try Fixture.article(
      "Kazakh Foreign Minister Murat Nurtleu arrived in Tashkent on Monday.\n\n"
        + "The Kazakh and Uzbek foreign ministers began bilateral talks at the ministry.\n\n"
        + "Uzbek Foreign Minister Bakhtiyor Saidov called the talks productive.")
    #expect(x.relationNames("MET_WITH").map { [$0.0, $0.1] } == [["Murat Nurtleu", "Bakhtiyor Saidov"]])
  }

  @Test("without a named holder of the office for each country there is no meeting")
  func missingHolder() throws {
    let x = try Fixture.article(
      "Kazakh Foreign Minister Murat Nurtleu arrived in Tashkent on Monday.\n\n"
        + "The Kazakh and Uzbek foreign ministers began bilateral talks at the ministry.")
    #expect(x.relations("MET_WITH").isEmpty)
  }
}
