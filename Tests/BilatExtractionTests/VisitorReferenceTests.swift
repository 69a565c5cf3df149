import BilatExtraction
import Testing

/// "the visiting premier", "the host president": a title after a word of the visit refers to the
/// person of the article with that title; a fronted "Besides his talks with A," leaves the main
/// clause's subject as the one who met. The sentences are the project's own.
@Suite("References to a visitor or a host")
struct VisitorReferenceTests {
  @Test(
    "the visitor named by a title met the people of the main clause",
    arguments: [
      "Besides her lunch with the prince, the visiting prime minister also met",
      "Apart from the lunch with the prince, the visiting premier later met",
      "In addition to a lunch with the prince, the visiting prime minister met",
    ])
  func visitor(_ lead: String) throws {
    let x = try Fixture.article(
      " date 2019-05-06 Visiting Peruvian Prime Minister Ana Quispe held talks with Prince Kofi Mensah "
        + "at his palace on Sunday. \(lead) Trade Minister Yaw Boateng and Deputy Minister of Finance "
        + "Kwame Asante.")
    let pairs = Set(x.meetingPairs().map { Set($0) })
    let expected: Set<Set<String>> = [
      ["Ana Quispe", "Kofi Mensah"], ["Ana Quispe", "Yaw Boateng"], ["Ana Quispe", "Kwame Asante"],
    ]
    #expect(pairs == expected, "\(x.relationNames("MET_WITH"))")
  }
}
