import BilatExtraction
import Testing

/// "Both of them discussed ...": a pronoun phrase for the two people named just before, who talk
/// together. The sentences are the project's own.
@Suite("A pair told by a pronoun phrase")
struct PairPronounTests {
  @Test("the pair a pronoun phrase refers to met", arguments: ["Both of them", "The two of them"])
  func pronounPair(_ subject: String) throws {
    let x = try Fixture.article(
      " date 2018-04-14 Peru's Foreign Minister Ana Quispe said the visit of Kofi Mensah would open new "
        + "avenues. \(subject) discussed fisheries and several agreements to be signed soon.")
    #expect(x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]], "\(x.relationNames("MET_WITH"))")
  }

  @Test("a plural of an office after a phone call adds no meeting in person")
  func officePlural() throws {
    let x = try Fixture.article(
      " date 2018-04-14 President Ana Quispe of Peru held a phone call with President Kofi Mensah of Ghana. "
        + "The two presidents then talked about fishing quotas and exchanged views.")
    #expect(x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]])
    #expect(x.meetingProperty("mode") == "phone")
  }
}
