import BilatExtraction
import Testing

/// Words next to a name that are not part of it: a salutation ("Dear"), a style ("His Highness"),
/// a chamber's members ("the House of Representatives"), a company's legal form ("Co., Ltd.").
/// Invented names, real countries and cities.
@Suite("Words next to a name")
struct NameSpanTests {
  @Test(
    "the person's name is the name alone",
    arguments: [
      ("Foreign Minister Alisher Karimov met the Speaker of the House of Representatives Kenji Sato.", "Kenji Sato"),
      (
        "Alisher Karimov hosted the Vice President of Silk Road Cargo Co., Ltd. Li Haoran.",
        "Li Haoran"
      ),
      ("Dear Berdi Annayevich, welcome to Moscow, said President Ivan Petrov of Russia.", "Berdi Annayevich"),
      ("His Highness Sheikh Saif bin Rashid met Foreign Minister Alisher Karimov in Tashkent.", "Saif bin Rashid"),
      // words next to it that are part of it: a surname with its article
      ("President Alisher Karimov met Omar Khalid Al-Nasser in Kuwait.", "Omar Khalid Al-Nasser"),
      // and a South Asian name's joined article
      ("Pakistani Minister for Religious Affairs Sami ul Rasheed met Alisher Karimov in Tashkent.", "Sami ul Rasheed"),
    ])
  func nameAlone(_ text: String, _ name: String) throws {
    let x = try Fixture.article(text, source: "2024-03-23-names.txt")
    #expect(x.entityNames("Person").contains(name), "\(x.entityNames("Person"))")
  }

  @Test("a chamber's speaker holds the role in the chamber, as a chairman in the council he chairs")
  func speakerTitle() throws {
    let x = try Fixture.article(
      "Foreign Minister Alisher Karimov met the Speaker of the House of Representatives Kenji Sato in Tokyo.",
      source: "2010-03-23-speaker.txt")
    #expect(x.person("Kenji Sato")?.properties["title"]?.stringValue == "Speaker")
    #expect(x.person("Kenji Sato")?.properties["organization"]?.stringValue == "House of Representatives")
    #expect(x.meetingPairs() == [["Alisher Karimov", "Kenji Sato"]])
  }
}
