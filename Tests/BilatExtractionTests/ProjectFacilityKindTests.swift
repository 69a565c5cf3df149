import BilatExtraction
import Testing

/// Session 18's facility and project rules: facilities named by their kind inside an undertaking
/// (with numbers, units and a nested undertaking), two joined kind-named facilities, a name read
/// as a company after "giant", and the words that tell no project's kind. The sentences are the
/// project's own.
@Suite("Facilities and projects told by their kind")
struct ProjectFacilityKindTests {
  static let source = "2023-04-18-kind.txt"

  @Test(
    "an undertaking about a facility told by its kind, a number and a unit, or inside another undertaking",
    arguments: [
      (
        "Engineers began the construction of a 330 kV transmission line last week.",
        "construction of a 330 kV transmission line", "330 kV transmission line", "energy"
      ),
      (
        "The ministers attended the launch of the construction of a hydrogen electrolysis plant.",
        "launch of the construction of a hydrogen electrolysis plant", "hydrogen electrolysis plant", "energy"
      ),
      (
        "Both sides backed the construction of a metre gauge Railway line to the coast.",
        "construction of a metre gauge Railway line", "metre gauge Railway line", "transport and logistics"
      ),
    ])
  func kindFacility(_ text: String, _ project: String, _ facility: String, _ sector: String) throws {
    let x = try Fixture.article(text, source: Self.source)
    #expect(x.entityNames("Project") == [project], "projects: \(x.entityNames("Project"))")
    #expect(x.entityNames("Facility") == [facility], "facilities: \(x.entityNames("Facility"))")
    #expect(x.relationNames("CONCERNS").map { [$0.0, $0.1] } == [[project, facility]])
    let sectors = x.relationNames("IN_SECTOR").filter { $0.0 == facility }.map(\.1)
    #expect(sectors == [sector], "IN_SECTOR of the facility: \(sectors)")
  }

  @Test("two kind-named facilities joined in one undertaking make two undertakings, each about its own")
  func coordinated() throws {
    let x = try Fixture.article(
      "Investors agreed on the construction of a cement grinding plant and a solar power plant in the south.",
      source: Self.source)
    #expect(
      x.entityNames("Project") == [
        "construction of a cement grinding plant", "construction of a solar power plant",
      ])
    #expect(x.entityNames("Facility") == ["cement grinding plant", "solar power plant"])
    let concerns = Set(x.relationNames("CONCERNS").map { "\($0.0) -> \($0.1)" })
    #expect(
      concerns == [
        "construction of a cement grinding plant -> cement grinding plant",
        "construction of a solar power plant -> solar power plant",
      ])
    let sectors = Set(
      x.relationNames("IN_SECTOR").filter { x.entityNames("Facility").contains($0.0) }.map { "\($0.0) -> \($0.1)" })
    #expect(sectors == ["cement grinding plant -> industry", "solar power plant -> energy"])
  }

  @Test(
    "a bare head or a definite object still names no facility",
    arguments: [
      "Engineers began the construction of a line last week.",
      "The ministers attended the launch of the construction of the plant.",
      "Investors agreed on the construction of a plant and a terminal in the south.",
    ])
  func noFacility(_ text: String) throws {
    let x = try Fixture.article(text, source: Self.source)
    #expect(x.entityNames("Facility").isEmpty, "facilities: \(x.entityNames("Facility"))")
  }

  @Test("a name after 'giant' before a facility's kind names the facility, not a company")
  func giantField() throws {
    let x = try Fixture.article(
      "The firms signed a deal on the development of the giant Tamarisk gas field in Chile.", source: Self.source)
    #expect(x.entityNames("Facility") == ["Tamarisk gas field"], "\(x.entityNames("Facility"))")
    #expect(x.entityNames("Organization").isEmpty, "\(x.entityNames("Organization"))")
    #expect(
      x.relationNames("CONCERNS").map { [$0.0, $0.1] } == [
        ["development of the giant Tamarisk gas field", "Tamarisk gas field"]
      ])
  }

  @Test(
    "kind words between a name and its head: export, high-voltage, offshore",
    arguments: [
      (
        "Officials inspected the Arica-Oruro export pipeline on Monday.",
        "Arica-Oruro export pipeline"
      ),
      ("The Ruvu-Kibaha high-voltage line was opened.", "Ruvu-Kibaha high-voltage line"),
      ("They discussed the Tromso-Lulea offshore wind farm.", "Tromso-Lulea offshore wind farm"),
    ])
  func modifiers(_ text: String, _ facility: String) throws {
    let x = try Fixture.article(text, source: Self.source)
    #expect(x.entityNames("Facility") == [facility], "\(x.entityNames("Facility"))")
  }

  @Test(
    "verbs, adverbs and clause words before 'projects' tell no kind; a lone generic opener or a backer names none",
    arguments: [
      "The ministers praised mutually useful projects.",
      "The talks touched projects in several fields.",
      "Officials reviewed mutual transport projects.",
      "Local firms executing projects were praised.",
      "They welcomed precisely planned projects.",
      "Such projects need more funding.",
      "Another project was mentioned by the ministers at the meeting.",
      "Longer-term projects were not discussed.",
      "Brazil-funded projects were reviewed.",
      "Allies who can project power were named.",
    ])
  func noProject(_ text: String) throws {
    let x = try Fixture.article(text, source: Self.source)
    #expect(x.entityNames("Project").isEmpty, "projects: \(x.entityNames("Project"))")
  }

  @Test(
    "kind words of a project, with a nominal -ing word and past a leading verb",
    arguments: [
      ("The sides reviewed uranium mining projects.", "uranium mining projects"),
      ("They agreed on launching wind power generation projects.", "wind power generation projects"),
      ("The ministers noted copper and zinc exploration projects.", "copper and zinc exploration projects"),
    ])
  func kindProjects(_ text: String, _ project: String) throws {
    let x = try Fixture.article(text, source: Self.source)
    #expect(x.entityNames("Project") == [project], "projects: \(x.entityNames("Project"))")
  }

  @Test(
    "a field named after 'of' is a domain, not a facility; a port named so is a port",
    arguments: [
      ("Chile and Norway signed a memorandum on cooperation in the Field of Fisheries on Monday.", nil),
      ("The ministers visited the port of Talcahuano on Monday.", "port of Talcahuano"),
    ] as [(String, String?)])
  func fieldOf(_ text: String, _ facility: String?) throws {
    let x = try Fixture.article(text, source: Self.source)
    #expect(x.entityNames("Facility") == Set([facility].compactMap { $0 }), "\(x.entityNames("Facility"))")
  }
}
