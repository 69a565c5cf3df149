import BilatExtraction
import Testing

/// A title left for the end of the article ("the Foreign Minister" nobody named holds yet) while
/// an earlier span of its sentence is dropped (a lone given name, a word the article also uses in
/// lower case): the title must still be found by its words, not by a position that moved. The
/// extraction fuzzer found this as a crash (index out of range); before that, a stale position
/// could also turn the wrong span into a person.
@Suite struct TitleCoreferenceTests {
  static let sentences = [
    "Minister Peter met the Foreign Minister.",
    "Ambassador Grace met the Foreign Minister.",
    "Mr. Kaspar thanked the Vice President.",
    "Kaspar welcomed the Chinese Foreign Minister.",
    "Ambassador Grace and the Prime Minister held talks.",
  ]

  @Test(arguments: sentences)
  func titleAfterADroppedNameStaysATitle(sentence: String) throws {
    let x = try Fixture.article(
      "Officials gathered in Astana on Monday. \(sentence) The kaspar was late, and grace was shown to all.")
    let people = x.entityNames("Person")
    // the dropped lone word is no person, and no title became one
    #expect(!people.contains("Kaspar") && !people.contains("Grace") && !people.contains("Peter"))
    #expect(!people.contains { $0.contains("Minister") || $0.contains("President") })
    #expect(x.entityNames("City").contains("Astana"))
  }

  @Test("a title that begins a building's name ('the Vice President Office') names no office holder")
  func titleInBuildingName() throws {
    let x = try Fixture.article(
      "Vice President Carla Montes of Ghana met the visiting Chinese Defence Minister Li Wenhao at the Vice President "
        + "Office in Accra on Thursday. She said China and Ghana were old friends, and thanked China for its help.",
      source: "2011-11-24-office.txt")
    #expect(x.entityNames("Person").sorted() == ["Carla Montes", "Li Wenhao"])
    #expect(x.relationNames("MET_WITH").count == 1)
  }

  @Test(
    "'the Kyrgyz PM' and 'the Kyrgyz leader' are the Kyrgyz head of government named before",
    arguments: ["the Chilean PM", "the Chilean leader"])
  func leaderOfACountry(_ reference: String) throws {
    let x = try Fixture.article(
      "Chilean Prime Minister Ansel Varga arrived in Hanoi on Monday.\n\nTrade Minister Nguyen Van Thao of"
        + " Vietnam welcomed the guests at the airport.\n\nDuring the visit, \(reference) laid a wreath at the"
        + " monument.\n\nHe then held talks with President Luong Cuong.",
      source: "2024-05-13-visit.txt")
    #expect(x.meetingPairs().contains(["Ansel Varga", "Luong Cuong"]), "meetings: \(x.meetingPairs())")
    #expect(!x.meetingPairs().contains(["Luong Cuong", "Nguyen Van Thao"]))
  }
}
