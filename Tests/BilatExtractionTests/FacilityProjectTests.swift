import BilatExtraction
import Testing

/// "The A–B railway project" is an undertaking about the named facility. The sentences are the
/// project's own.
@Suite("Projects named after their facility")
struct FacilityProjectTests {
  @Test(
    "a named facility followed by 'project' is a project concerning that facility",
    arguments: [
      (
        "The ministers reviewed the Lamu–Garissa railway project on Tuesday.", "Lamu–Garissa railway project",
        "Lamu–Garissa railway", "transport and logistics"
      ),
      (
        "Funding for the Kivu–Goma gas pipeline project was approved.", "Kivu–Goma gas pipeline project",
        "Kivu–Goma gas pipeline", "energy"
      ),
    ])
  func facilityProject(_ text: String, _ project: String, _ facility: String, _ sector: String) throws {
    let x = try Fixture.article(text, source: "2025-02-11-rail.txt")
    #expect(x.entityNames("Project") == [project], "projects: \(x.entityNames("Project"))")
    #expect(x.entityNames("Facility") == [facility], "facilities: \(x.entityNames("Facility"))")
    let concerns = x.relationNames("CONCERNS")
    #expect(concerns.count == 1 && concerns.first?.0 == project && concerns.first?.1 == facility, "\(concerns)")
    let sectors = x.relationNames("IN_SECTOR").filter { $0.0 == project }.map(\.1)
    #expect(sectors == [sector], "IN_SECTOR of the project: \(sectors)")
  }
}
