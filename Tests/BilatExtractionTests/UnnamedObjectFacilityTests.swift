import BilatExtraction
import Testing

/// An undertaking about a facility told only by its kind ("construction of a cement factory")
/// concerns that facility. The sentences are the project's own.
@Suite("Facilities of undertakings told by their kind")
struct UnnamedObjectFacilityTests {
  @Test(
    "a determiner, kind words and a facility head make the project's facility",
    arguments: [
      ("The investors financed the construction of a cement factory near the border.", "cement factory", "industry"),
      ("Officials announced the construction of a new fertilizer plant last week.", "new fertilizer plant", "industry"),
      ("Engineers began the construction of a regional gas pipeline on Monday.", "regional gas pipeline", "energy"),
    ])
  func kindFacility(_ text: String, _ facility: String, _ sector: String) throws {
    let x = try Fixture.article(text, source: "2022-05-17-plant.txt")
    #expect(x.entityNames("Facility") == [facility], "facilities: \(x.entityNames("Facility"))")
    let concerns = x.relationNames("CONCERNS")
    #expect(concerns.count == 1 && concerns.first?.1 == facility, "CONCERNS: \(concerns)")
    let sectors = x.relationNames("IN_SECTOR").filter { $0.0 == facility }.map(\.1)
    #expect(sectors == [sector], "IN_SECTOR of the facility: \(sectors)")
  }

  @Test(
    "a bare head, a plural or a definite object names no facility",
    arguments: [
      "The investors financed the construction of a pipeline near the border.",
      "Officials announced the construction of new fertilizer plants last week.",
      "Engineers began the modernization of the regional gas pipeline on Monday.",
    ])
  func noFacility(_ text: String) throws {
    let x = try Fixture.article(text, source: "2022-05-17-plant.txt")
    #expect(x.entityNames("Facility").isEmpty, "facilities: \(x.entityNames("Facility"))")
  }
}
