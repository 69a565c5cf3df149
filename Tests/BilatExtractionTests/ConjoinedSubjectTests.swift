import BilatExtraction
import Testing

/// "A and B met C": the people of a conjoined subject each met the people after the trigger, and
/// not each other, whether or not a sentence states the second one's country. The sentences are
/// the project's own.
@Suite("Conjoined subjects of a meeting")
struct ConjoinedSubjectTests {
  @Test(
    "each person of the subject met the person after the trigger",
    arguments: [
      "Peruvian President Ana Quispe and Foreign Minister Jose Rojas met Ghana's President Kofi Mensah in Accra "
        + "on Monday.",
      "President Ana Quispe of Peru and Trade Minister Jose Rojas held talks with President Kofi Mensah of Ghana "
        + "in Accra on Monday.",
    ])
  func twoSubjects(_ sentence: String) throws {
    let x = try Fixture.article(" date 2024-11-17 " + sentence)
    #expect(
      x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"], ["Jose Rojas", "Kofi Mensah"]],
      "\(x.relationNames("MET_WITH"))")
    // no meeting with the Ghanaian president makes the minister Ghanaian: he is of the subject's side
    #expect(x.person("Jose Rojas")?.properties["country"]?.stringValue == "Peru")
  }

  @Test("a subject of three people joined by commas and 'and'")
  func threeSubjects() throws {
    let x = try Fixture.article(
      " date 2024-11-17 Peruvian President Ana Quispe, Foreign Minister Jose Rojas and Trade Minister Luis Paredes "
        + "met Ghana's President Kofi Mensah in Accra on Monday.")
    #expect(
      x.meetingPairs() == [
        ["Ana Quispe", "Kofi Mensah"], ["Jose Rojas", "Kofi Mensah"], ["Kofi Mensah", "Luis Paredes"],
      ],
      "\(x.relationNames("MET_WITH"))")
  }

  @Test("a plural title's names take the countries of the sentence's subject in order")
  func subjectCountriesInOrder() throws {
    let x = try Fixture.article(
      " date 2024-06-28 Paraguay and Argentina settled their dispute over the Paraguay River after Foreign "
        + "Ministers Jose Rojas and Ana Quispe met in Asuncion on Friday.")
    #expect(x.person("Jose Rojas")?.properties["country"]?.stringValue == "Paraguay")
    #expect(x.person("Ana Quispe")?.properties["country"]?.stringValue == "Argentina")
  }
}
