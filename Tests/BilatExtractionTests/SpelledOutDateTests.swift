import BilatExtraction
import Testing

/// "today, Tuesday 13 March 2018": a relative word that the full date right after it spells out
/// takes that date, not the publication's. The sentences are the project's own.
@Suite("Relative dates spelled out")
struct SpelledOutDateTests {
  @Test(
    "the spelled-out date after 'today' or 'yesterday' is the meeting's",
    arguments: ["today, Tuesday 13 March 2018", "yesterday, 13 March 2018", "today (13 March 2018)"])
  func spelledOut(_ when: String) throws {
    let x = try Fixture.article(
      " date 2018-03-15 President Ana Quispe welcomed President Kofi Mensah of Ghana for talks \(when).")
    #expect(x.meetingProperty("date") == "2018-03-13", "\(x.relationNames("MET_WITH"))")
  }

  @Test("'today' alone is the publication's day")
  func todayAlone() throws {
    let x = try Fixture.article(
      " date 2018-03-15 President Ana Quispe welcomed President Kofi Mensah of Ghana for talks today.")
    #expect(x.meetingProperty("date") == "2018-03-15")
  }
}
