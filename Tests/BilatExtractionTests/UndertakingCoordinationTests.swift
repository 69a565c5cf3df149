import BilatExtraction
import Testing

/// Undertakings coordinated in one sentence ("the construction of X and the opening of Y"), the
/// opening of a facility as an undertaking, and one-word field compounds ("oilfield") as
/// facilities (session 16). The sentences are the project's own.
@Suite("Coordinated undertakings and field compounds")
struct UndertakingCoordinationTests {
  static let meeting = "President Santos of Colombia met President Noboa of Ecuador in Quito on Monday. "
  static let source = "2024-06-03-undertaking-coordination.txt"

  @Test("'and the opening of' begins a second undertaking, each with its facility and sector")
  func coordinated() throws {
    let x = try Fixture.article(
      Self.meeting
        + "They discussed the construction of the Guayas thermal power plant and the opening of a new Rumichaca border crossing.",
      source: Self.source)
    #expect(
      x.entityNames("Project") == [
        "construction of the Guayas thermal power plant", "opening of a new Rumichaca border crossing",
      ], "\(x.entityNames("Project"))")
    #expect(
      Set(x.relationNames("CONCERNS").map { [$0.0, $0.1] }) == [
        ["construction of the Guayas thermal power plant", "Guayas thermal power plant"],
        ["opening of a new Rumichaca border crossing", "Rumichaca border crossing"],
      ], "\(x.relationNames("CONCERNS"))")
    #expect(
      x.relationNames("IN_SECTOR").contains {
        $0 == ("opening of a new Rumichaca border crossing", "transport and logistics")
      })
  }

  @Test(
    "a field compound is a facility of its sector, and its development an undertaking",
    arguments: [("oilfield", "energy"), ("gasfield", "energy"), ("coalfield", "mining")])
  func fieldCompound(_ head: String, _ sector: String) throws {
    let x = try Fixture.article(
      Self.meeting + "They discussed the development of the Putumayo \(head).", source: Self.source)
    #expect(x.entityNames("Facility") == ["Putumayo \(head)"], "\(x.entityNames("Facility"))")
    #expect(x.entityNames("Project") == ["development of the Putumayo \(head)"], "\(x.entityNames("Project"))")
    #expect(
      x.relationNames("IN_SECTOR").contains { $0 == ("Putumayo \(head)", sector) }, "\(x.relationNames("IN_SECTOR"))")
  }

  @Test("the opening of something that is no facility is no undertaking")
  func openingSession() throws {
    let x = try Fixture.article(
      Self.meeting + "They attended the opening of the new session of parliament.", source: Self.source)
    #expect(x.entityNames("Project").isEmpty, "\(x.entityNames("Project"))")
  }
}
