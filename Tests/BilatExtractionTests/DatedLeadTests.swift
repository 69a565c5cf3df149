import BilatExtraction
import Testing

/// A release that opens its lead with its date and a dash ("May 6, 2024 - At the invitation of
/// ..."): the date is the dateline's, and the lead's sentence is read as if it opened the
/// paragraph. The sentences are the project's own.
@Suite("A release's date before its lead")
struct DatedLeadTests {
  @Test("the lead after a date and a dash gives its meeting", arguments: ["-", "–"])
  func datedLead(_ dash: String) throws {
    let x = try Fixture.article(
      " date 2024-05-07 Joint statement of the foreign ministers\n\nMay 7, 2024 \(dash) At the invitation of Kofi "
        + "Mensah, Ghana's Minister of Foreign Affairs, Peru's Minister of Foreign Affairs Ana Quispe paid an "
        + "official visit to Accra on May 6, 2024.")
    #expect(x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]], "\(x.relationNames("MET_WITH"))")
    #expect(x.meetingProperty("date") == "2024-05-06")
    #expect(!x.entityNames("City").contains { $0.hasPrefix("May") })
  }
}
