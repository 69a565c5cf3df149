import BilatExtraction
import Testing

/// Undertakings told by words of repair ("rehabilitation of ...") and hydropower plants written as
/// "HPP". The sentences are the project's own.
@Suite("Repair undertakings and HPP facilities")
struct ProjectWordTests {
  static let meeting = "President Boric of Chile met President Petro of Colombia in Bogota on Monday. "

  @Test(
    "a repair of a facility is a project about that facility",
    arguments: [
      (
        "They discussed the rehabilitation of the Cauca railway.", "rehabilitation of the Cauca railway",
        "Cauca railway"
      ),
      ("They backed the revitalization of the Cauca railway.", "revitalization of the Cauca railway", "Cauca railway"),
      ("They funded the refurbishment of the Sinu refinery.", "refurbishment of the Sinu refinery", "Sinu refinery"),
    ])
  func repair(_ text: String, _ project: String, _ facility: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-repair.txt")
    #expect(x.relationNames("CONCERNS").contains { $0 == (project, facility) }, "\(x.relationNames("CONCERNS"))")
  }

  @Test(
    "an HPP is an energy facility, and an HPP construction project an energy project",
    arguments: [
      ("The sides praised the Rio Verde HPP.", "Facility", "Rio Verde HPP"),
      ("The Alto Sinu HPP construction project was also discussed.", "Project", "Alto Sinu HPP construction project"),
    ])
  func hpp(_ text: String, _ label: String, _ name: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-hpp.txt")
    #expect(x.entityNames(label).contains(name), "\(x.entityNames(label))")
    #expect(x.relationNames("IN_SECTOR").contains { $0 == (name, "energy") })
  }
}
