import BilatExtraction
import Testing

/// People honoured at a ceremony of a visit (a statue, a memorial, an anniversary) and the
/// source of a report (a statement's author, a spokesman) are no participants of its talks. The
/// sentences are the project's own.
@Suite("Honoured people and sources")
struct HonoredPersonTests {
  @Test(
    "a person honoured in the sentence of the talks meets no one",
    arguments: [
      "President Ana Quispe held talks with President Kofi Mensah and placed flowers at the Statue of Jose Marti.",
      "On the birth anniversary of Jose Marti, President Ana Quispe held talks with President Kofi Mensah.",
      "President Ana Quispe laid a wreath at the memorial to Jose Marti and held talks with President Kofi Mensah.",
    ])
  func honoured(_ text: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]], "meetings: \(x.meetingPairs())")
  }

  @Test("the honoured are not among 'the two leaders' of the next sentence")
  func notAmongRecentPeople() throws {
    let x = try Fixture.article(
      " date 2024-05-06 At the invitation of President Kofi Mensah, President Ana Quispe paid a state visit to "
        + "Ghana.\n\nBoth presidents placed flowers at the Statue of Jose Marti.\n\nOfficial talks between the two "
        + "leaders were held in Accra.")
    #expect(!x.meetingPairs().contains { $0.contains("Jose Marti") }, "meetings: \(x.meetingPairs())")
  }

  @Test("a statement's author is not one of 'the two leaders'; a joint statement's signers are parties")
  func statementAuthor() throws {
    let x = try Fixture.article(
      " date 2021-02-01 President Ana Quispe of Peru and King Juan Perez of Spain want a gas pipeline.\n\n"
        + "A statement released by Kofi Mensah, Senior Media Adviser to the Presidency, said on Monday that "
        + "the two leaders spoke by telephone on Sunday.")
    #expect(x.meetingPairs() == [["Ana Quispe", "Juan Perez"]], "meetings: \(x.meetingPairs())")
    // "Senior" is the surname of a listed vice-president, not a reference to her here
    #expect(!x.entityNames("Person").contains("Jerrlyn Uduch Sengebau Senior"))
    let signed = try Fixture.article(
      " date 2006-06-09 The two countries issued a joint statement signed by President Ana Quispe and President "
        + "Kofi Mensah after their talks in Lima.")
    #expect(signed.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]], "meetings: \(signed.meetingPairs())")
  }

  @Test("a word of homage before a comma honours no one after it")
  func homageEndsAtComma() throws {
    let x = try Fixture.article(
      " date 2024-05-06 On the anniversary of independence, President Ana Quispe held talks with President Kofi Mensah."
    )
    #expect(x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]], "meetings: \(x.meetingPairs())")
  }
}
