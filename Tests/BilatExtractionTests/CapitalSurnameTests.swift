import BilatExtraction
import Testing

/// Surnames written in capitals, as many governments' releases write them: before the given
/// names ("SOK Chenda Sophea") or after them, in two words ("Nkosazana DLAMINI ZUMA"), short
/// words included, which alone would be read as acronyms. The sentences are the project's own.
@Suite("Surnames in capitals")
struct CapitalSurnameTests {
  @Test(
    "a surname in capitals is part of the name, short words included",
    arguments: [
      (
        "Invited by His Excellency Deputy Prime Minister KEO Sovanna Rith, the Lao Foreign Minister paid a "
          + "visit to Phnom Penh.",
        "KEO Sovanna Rith"
      ),
      (
        "Invited by H.E Dr Thandiwe MOLEFE DUBE, Minister of Foreign Affairs of Botswana, the Zambian "
          + "minister paid a working visit to Gaborone.",
        "Thandiwe MOLEFE DUBE"
      ),
    ])
  func capitalSurname(_ text: String, _ name: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(x.entityNames("Person").contains(name), "people: \(x.entityNames("Person"))")
    #expect(!x.entityNames("Organization").contains { name.contains($0) }, "\(x.entityNames("Organization"))")
  }

  @Test(
    "an acronym or a common word in capitals joins no name",
    arguments: [
      ("The IT Minister Kofi Mensah met the Togolese ambassador in Accra on Monday.", "Kofi Mensah"),
      ("President Thabo MOLEFE AND his delegation met the Zambian ambassador in Gaborone.", "Thabo MOLEFE"),
    ])
  func noAcronym(_ text: String, _ name: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(x.entityNames("Person").contains(name), "people: \(x.entityNames("Person"))")
  }

  @Test("a hyphenated portfolio is part of the title, not a name")
  func hyphenatedPortfolio() throws {
    let x = try Fixture.article(
      " date 2024-05-06 Minister Adama Traore, Minister of Regional Co-operation and Trade of Mali, met "
        + "the Ghanaian ambassador in Bamako.")
    #expect(!x.entityNames("Person").contains("Co-operation"), "people: \(x.entityNames("Person"))")
    #expect(x.person("Adama Traore")?.properties["country"]?.stringValue == "Mali")
  }
}
