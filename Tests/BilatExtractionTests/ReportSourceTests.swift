import BilatExtraction
import Testing

/// A news outlet credited as the report's source is no entity of the news, as a photo credit is
/// none; a government body that reports stays one. The sentences are the project's own.
@Suite("Outlets credited as the source")
struct ReportSourceTests {
  @Test(
    "an outlet that learned or reported the news, or credited in a wire's first line, is no organization",
    arguments: [
      (
        "President Ana Quispe met President Kofi Mensah in Accra, Kazinform has learned from the presidency.",
        "Kazinform"
      ),
      ("President Ana Quispe met President Kofi Mensah in Accra, Xinhua reported.", "Xinhua"),
      (
        "According to the state news agency Valnews, President Ana Quispe met President Kofi Mensah in Accra.",
        "Valnews"
      ),
      ("ACCRA, May 6 (Xinhua) -- President Ana Quispe met President Kofi Mensah in Accra.", "Xinhua"),
    ])
  func outletCredit(_ text: String, _ outlet: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(!x.entityNames("Organization").contains(outlet), "\(x.entityNames("Organization"))")
    #expect(x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]])
  }

  @Test("a ministry that reports stays an organization")
  func ministryReports() throws {
    let x = try Fixture.article(
      " date 2024-05-06 President Ana Quispe met President Kofi Mensah in Accra, Ghana's Ministry of "
        + "Energy reported.")
    #expect(
      x.entityNames("Organization").contains { $0.hasPrefix("Ministry of Energy") }, "\(x.entityNames("Organization"))"
    )
  }
}
