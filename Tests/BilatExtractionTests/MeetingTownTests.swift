import BilatExtraction
import Testing

/// A town the gazetteer does not know, named after "in" in the clause of the talks, places them.
/// The town names are invented.
@Suite("Towns the gazetteer does not know")
struct MeetingTownTests {
  @Test(
    "the capitalized words after 'in' in the meeting's clause are its town",
    arguments: [
      ("President Kofi Mensah and President Ana Quispe met in Tamboka for a working day.", "Tamboka"),
      ("President Kofi Mensah held talks with President Ana Quispe in Port Velara on Monday.", "Port Velara"),
    ])
  func town(_ text: String, _ town: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(x.meetingProperty("place") == town)
    #expect(x.entityNames("City").contains(town))
  }

  @Test(
    "a month, a known body or words after the clause's end are no town",
    arguments: [
      "President Kofi Mensah met President Ana Quispe in April.",
      "President Kofi Mensah met President Ana Quispe, who arrived in Tamboka yesterday.",
    ])
  func noTown(_ text: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(x.meetingProperty("place") == nil)
  }
}
