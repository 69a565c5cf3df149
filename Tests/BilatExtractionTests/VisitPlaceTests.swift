import BilatExtraction
import Testing

/// Where the talks of a visit were when no sentence places them: the visited country's capital
/// (when the article names it), never the city of the visitor's next leg; and the city of a
/// header line, not a wire's initials credited before it, nor the masthead of a saved page.
@Suite("Visit places")
struct VisitPlaceTests {
  @Test(
    "talks of a visit told only by the country are in its capital, when the article names it",
    arguments: [
      "Peruvian President Ana Quispe paid a state visit to Ghana from 3 to 5 May.",
      "Peruvian President Ana Quispe on 5 May concluded an official visit to Ghana.",
      "Peruvian President Ana Quispe arrived in Ghana on 3 May to begin an official visit.",
    ])
  func visitedCapital(_ lead: String) throws {
    let text = """
       date 2019-05-06 \(lead)

      Quispe held talks with Ghanaian President Kofi Mensah on trade and agriculture.

      The two presidents also opened a trade fair in Accra.
      """
    let x = try Fixture.article(text)
    #expect(x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]])
    #expect(x.meetingProperty("place") == "Accra")
  }

  @Test("the capital is not taken when the article never names it, nor for a planned visit")
  func noCapital() throws {
    let unnamed = """
       date 2019-05-06 Peruvian President Ana Quispe paid a state visit to Ghana from 3 to 5 May.

      Quispe held talks with Ghanaian President Kofi Mensah on trade and agriculture.
      """
    #expect(try Fixture.article(unnamed).meetingProperty("place") == nil)
    let planned = """
       date 2019-05-06 Peruvian President Ana Quispe will pay a state visit to Ghana in June.

      Quispe held talks with Ghanaian President Kofi Mensah on trade and agriculture.

      The two presidents also opened a trade fair in Accra.
      """
    #expect(try Fixture.article(planned).meetingProperty("place") == nil)
  }

  @Test("a city the visitor flies on to in another country is not where the talks were")
  func nextLeg() throws {
    let text = """
       date 2019-05-06 Peruvian President Ana Quispe paid a state visit to Ghana from 3 to 5 May.

      Quispe held talks with Ghanaian President Kofi Mensah on trade and agriculture.

      She laid a wreath in Accra and then flew to the Togolese capital of Lome on the same day.
      """
    let x = try Fixture.article(text)
    #expect(x.meetingProperty("place") == "Accra")
  }

  @Test("a wire's initials credited before the header's city are not the city")
  func wireInitials() throws {
    let text = """
      PTI | Lima | Updated: 05-05-2019 18:25 IST

      Ghanaian President Kofi Mensah held talks here with Peruvian President Ana Quispe on trade.
      """
    let x = try Fixture.article(text)
    #expect(x.article.datelineCity == "Lima")
    #expect(x.meetingProperty("place") == "Lima")
    #expect(!x.entityNames("City").contains("Pti"))
  }

  @Test("the masthead's city goes with its date when the story's date replaces it")
  func mastheadCity() throws {
    let text = """
      Montevideo, October 9th 2025 - 10:14 UTC

      Peru and Ghana deepen ties at first summit

      Friday, May 3rd 2019 - 18:40 UTC

      Ghanaian President Kofi Mensah held talks with Peruvian President Ana Quispe on trade.
      """
    let x = try Fixture.article(text)
    #expect(x.article.published?.iso == "2019-05-03")
    #expect(x.article.datelineCity == nil)
    #expect(x.meetingProperty("place") == nil)
  }
}
