import BilatExtraction
import Testing

/// A leader addressed by given name and patronymic, as Russian-language transcripts do, and the
/// pronoun "I" after a title. The names and sentences are the project's own.
@Suite("Given names with a patronymic")
struct PatronymicTests {
  static let fullFirst = """
    President of Russia Boris Kalganov held talks with President of Kyrgyzstan Almaz Tokonov in Bishkek.

    Almaz Tokonov: Our conversation with Boris Petrovich today was open and useful.
    """

  static let patronymicFirst = """
    Almaz Tokonov: Our conversation with Boris Petrovich today was open and useful.

    President of Russia Boris Kalganov held talks with President of Kyrgyzstan Almaz Tokonov in Bishkek.
    """

  @Test(
    "the given name and patronymic is the person with that given name, in either order",
    arguments: [fullFirst, patronymicFirst])
  func onePerson(_ text: String) throws {
    let x = try Fixture.article("---\ndate: 2009-10-09\n---\n" + text, source: "2009-10-09-patronymic.txt")
    #expect(x.entityNames("Person") == ["Boris Kalganov", "Almaz Tokonov"], "\(x.entityNames("Person"))")
    #expect(x.person("Boris Kalganov")?.aliases.contains("Boris Petrovich") == true)
    #expect(x.meetingPairs() == [["Almaz Tokonov", "Boris Kalganov"]], "\(x.meetingPairs())")
  }

  @Test("a patronymic-shaped surname of someone else stays a person of its own")
  func otherPerson() throws {
    let x = try Fixture.article(
      "---\ndate: 2009-10-09\n---\nPresident of Russia Boris Kalganov met businessman Roman Ostapovich in Moscow.",
      source: "2009-10-09-patronymic.txt")
    #expect(x.entityNames("Person").contains("Boris Kalganov"))
    #expect(x.person("Boris Kalganov")?.aliases.contains("Roman Ostapovich") != true)
  }

  @Test("the pronoun I after a title is no one's name")
  func pronoun() throws {
    let x = try Fixture.article(
      """
      ---
      date: 2022-02-22
      ---
      President Ilham Aliyev received President Vladimir Putin in Baku on Monday.

      Speaking to reporters, Putin said the President of Azerbaijan and I agreed to meet again next year.
      """, source: "2022-02-22-pronoun.txt")
    #expect(x.entityNames("Person") == ["Ilham Aliyev", "Vladimir Putin"], "\(x.entityNames("Person"))")
    #expect(!x.entities("Person").contains { $0.aliases.contains("I") })
  }
}
