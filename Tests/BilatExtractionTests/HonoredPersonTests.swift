import BilatExtraction
import Testing

/// People honoured at a ceremony of a visit (a statue, a memorial, an anniversary) are no
/// participants of its talks. The sentences are the project's own.
@Suite("Honoured people")
struct HonoredPersonTests {
  @Test(
    "a person honoured in the sentence of the talks meets no one",
    arguments: [
      "President Ana Quispe held talks with President Kofi Mensah and laid flowers at the Statue of Jose Marti.",
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
        + "Ghana.\n\nThe two presidents laid flowers at the Statue of Jose Marti.\n\nOfficial talks between the two "
        + "leaders were held in Accra.")
    #expect(!x.meetingPairs().contains { $0.contains("Jose Marti") }, "meetings: \(x.meetingPairs())")
  }

  @Test("a word of homage before a comma honours no one after it")
  func homageEndsAtComma() throws {
    let x = try Fixture.article(
      " date 2024-05-06 On the anniversary of independence, President Ana Quispe held talks with President Kofi Mensah."
    )
    #expect(x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]], "meetings: \(x.meetingPairs())")
  }
}
