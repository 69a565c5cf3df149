import BilatExtraction
import Testing

/// A relative clause that tells a planned meeting ("who is slated to meet C on Monday") names
/// neither a participant of the sentence's talks nor their day. The sentences are the project's own.
@Suite("Plans told in a relative clause")
struct PlannedClauseTests {
  @Test(
    "the person a visitor is due to meet is no participant, and the plan's weekday is not the talks' day",
    arguments: ["slated", "scheduled", "due"])
  func plannedInClause(_ word: String) throws {
    let x = try Fixture.article(
      " date 2016-11-21 Visiting Peruvian Prime Minister Ana Quispe, who is \(word) to meet King Yaw Boateng "
        + "on Monday, had lunch with Prince Kofi Mensah in his villa on Sunday. The visiting prime "
        + "minister also met Trade Minister Kwame Asante.")
    let pairs = Set(x.meetingPairs().map { Set($0) })
    #expect(
      pairs == [["Ana Quispe", "Kofi Mensah"], ["Ana Quispe", "Kwame Asante"]], "\(x.relationNames("MET_WITH"))")
    let dates = Set(x.relations("MET_WITH").compactMap { $0.properties["date"]?.stringValue })
    #expect(dates == ["2016-11-20"])
  }
}
