import BilatExtraction
import Testing

/// News agencies credited for a story or a photo are no organizations of it; an agency or body
/// that acts in the story still is. The sentences are the project's own.
@Suite("Agency credits")
struct AgencyCreditTests {
  @Test(
    "a credited agency is no organization; an acting one is",
    arguments: [
      ("Muscat (ONA) – Omani Foreign Minister Salim Harthy met Kazakh Foreign Minister Murat Nurtleu.", "ONA", false),
      ("ASTANA, May 4 (Xinhua) -- Kazakh Foreign Minister Murat Nurtleu met Omani envoys.", "Xinhua", false),
      ("Murat Nurtleu greets Salim Harthy in Astana. (Photo: ONA)\n\nThe ministers discussed trade.", "ONA", false),
      ("The ministers discussed trade and grain transit, ONA reported.", "ONA", false),
      ("The ministers discussed grain transit.\n\nAFP", "AFP", false),
      ("The Kenya Ports Authority (KPA) said the new berth opened on Monday.", "Kenya Ports Authority", true),
    ])
  func credits(_ text: String, _ organization: String, _ kept: Bool) throws {
    let x = try Fixture.article(text, source: "2023-05-04-credit.txt")
    #expect(x.entityNames("Organization").contains(organization) == kept, "\(x.entityNames("Organization"))")
  }
}
