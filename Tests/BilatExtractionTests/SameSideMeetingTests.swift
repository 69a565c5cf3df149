import BilatExtraction
import Testing

/// A meeting of two officials of one country is no bilateral contact: the graph links people of
/// two countries. The sentences are the project's own.
@Suite("Officials of one country")
struct SameSideMeetingTests {
  @Test("two officials of one country who meet get no MET_WITH; their guest still does")
  func sameCountry() throws {
    let alone = try Fixture.article(
      " date 2024-05-06 Peruvian President Ana Quispe met Peruvian Prime Minister Luis Paredes in Lima on "
        + "Monday to prepare the visit.")
    #expect(alone.meetingPairs().isEmpty, "\(alone.relationNames("MET_WITH"))")
    let guest = try Fixture.article(
      " date 2024-05-06 Peruvian President Ana Quispe met Ghanaian President Kofi Mensah in Lima on Monday. "
        + "Peruvian Prime Minister Luis Paredes then met Quispe to review the visit.")
    #expect(guest.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]], "\(guest.relationNames("MET_WITH"))")
  }
}
