@testable import BilatExtraction
import Testing

/// One official written twice with a slip of the keyboard is one person. The sentences are the
/// project's own.
@Suite("Misspelled names")
struct NameTypoTests {
  @Test(
    "a name one letter off an earlier one is that person",
    arguments: [
      "Foreign Minister Amadou Traorre of Mali met Foreign Minister Kwabena Osei of Ghana in Accra. Amadou Traore said the talks went well.",
      "Foreign Minister Amadou Traore of Mali met Foreign Minister Kwabena Osei of Ghana in Accra. Amadou Traorre said the talks went well.",
    ])
  func onePerson(_ text: String) throws {
    let x = try Fixture.article("---\ndate: 2021-05-04\n---\n" + text, source: "2021-05-04-typo.txt")
    #expect(x.entityNames("Person").count == 2, "\(x.entityNames("Person"))")
    #expect(x.meetingPairs().count == 1, "\(x.meetingPairs())")
  }

  @Test("a dictionary's spelling wins over the page's slip")
  func dictionarySpelling() throws {
    let x = try Fixture.article(
      "---\ndate: 2019-06-28\n---\nVladimir Puti, the Russian leader, received South African President Kofi Dlamini in Sochi. "
        + "Putin thanked Dlamini for the visit.",
      source: "2019-06-28-typo.txt")
    #expect(x.entityNames("Person").contains("Vladimir Putin"), "\(x.entityNames("Person"))")
    #expect(!x.entityNames("Person").contains("Vladimir Puti"), "\(x.entityNames("Person"))")
  }

  @Test("a lone surname one letter off a person named in full is that person")
  func loneSurname() throws {
    let x = try Fixture.article(
      "---\ndate: 2014-11-05\n---\nChancellor Greta Lindholm received Colombian President Mateo Cardenas in Berlin.\n\n"
        + "Lindholm praised the plans of President Cardena for the peace process.",
      source: "2014-11-05-typo.txt")
    #expect(x.entityNames("Person") == ["Greta Lindholm", "Mateo Cardenas"], "\(x.entityNames("Person"))")
    #expect(x.person("Mateo Cardenas")?.aliases.contains("Cardena") == true)
  }

  @Test("a surname with a Slavic feminine ending is a relative, not a slip")
  func feminineForm() throws {
    #expect(ExtractionState.isFeminineForm("karimova", "karimov"))
    let x = try Fixture.article(
      "---\ndate: 2010-05-04\n---\nPresident Ruslan Osmanov met President Lukas Brandt in Vienna. "
        + "Ambassador Dilnoza Osmanova attended the talks.",
      source: "2010-05-04-typo.txt")
    #expect(x.entityNames("Person").contains("Dilnoza Osmanova"), "\(x.entityNames("Person"))")
  }

  @Test(
    "names that differ by more, or whose given names are short romanized syllables, stay apart",
    arguments: [
      ("Chinese Premier Li Qiang met Chinese Minister Li Xiang in Beijing.", 2),
      ("President Amadou Traore met Minister Aminata Traoré in Bamako.", 2),
      ("President Amadou Traore met Minister Amadou Touré in Bamako.", 2),
    ])
  func apart(_ text: String, _ people: Int) throws {
    let x = try Fixture.article("---\ndate: 2021-05-04\n---\n" + text, source: "2021-05-04-typo.txt")
    #expect(x.entityNames("Person").count == people, "\(x.entityNames("Person"))")
  }

  @Test(
    "one edit apart",
    arguments: [
      ("narendra", "narendre", true), ("putin", "puti", true), ("shakhym", "shahym", true),
      ("traore", "traore", false), ("kim", "kin", false), ("qureshi", "qureshy", true), ("abcd", "abdc", false),
    ])
  func oneEdit(_ a: String, _ b: String, _ expected: Bool) {
    #expect(ExtractionState.isOneEditApart(a, b) == expected)
    #expect(ExtractionState.isOneEditApart(b, a) == expected)
  }
}
