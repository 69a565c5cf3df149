import BilatExtraction
import Testing

/// Facility names with a compound modifier ("coal-fired", "gas-powered") between the name and the
/// head, and roads named by the places they join. "Silk Road", "Belt and Road" and "road map" are
/// no roads.
@Suite("Facility compounds and roads")
struct FacilityCompoundTests {
  static func sentence(_ s: String) -> String {
    "MONTEVIDEO, May 16 (Wire) - President Marta Lindqvist of Uruguay met Prime Minister Jaan Oras of Estonia. " + s
  }

  @Test(
    "a compound modifier stands between a facility's name and its head",
    arguments: [
      (
        "The sides agreed on the construction of the Rivera coal-fired thermal power plant.",
        "Rivera coal-fired thermal power plant"
      ),
      ("They visited the Salto gas-powered plant.", "Salto gas-powered plant"),
      ("They discussed the Colonia diesel-fuelled power station.", "Colonia diesel-fuelled power station"),
    ])
  func compoundModifier(_ s: String, _ facility: String) throws {
    let x = try Fixture.article(Self.sentence(s))
    #expect(x.entityNames("Facility").contains(facility), "\(x.entityNames("Facility"))")
  }

  @Test("a technical abbreviation that is not a unit stays in a facility's name")
  func abbreviationInName() throws {
    let x = try Fixture.article(Self.sentence("They visited the Rovuma LNG plant and the Palma LNG terminal."))
    #expect(
      x.entityNames("Facility").isSuperset(of: ["Rovuma LNG plant", "Palma LNG terminal"]),
      "\(x.entityNames("Facility"))")
  }

  @Test("a number's unit is no part of a facility's name")
  func unitBeforeModifier() throws {
    let x = try Fixture.article(
      Self.sentence("Unit 2 of the 900 (2x450) MW coal-fired power station started supplying the grid."))
    #expect(!x.entityNames("Facility").contains { $0.hasPrefix("MW") })
  }

  @Test("a road named by the places it joins is a facility, and its construction a project")
  func namedRoad() throws {
    let x = try Fixture.article(Self.sentence("They noted the construction of the Rivera-Salto road."))
    #expect(x.entityNames("Facility").contains("Rivera-Salto road"))
    #expect(x.entityNames("Project").contains("construction of the Rivera-Salto road"))
    let facility = try #require(x.entities("Facility").first { $0.name == "Rivera-Salto road" })
    #expect(
      x.relations("IN_SECTOR").contains {
        $0.start == facility.id && x.entities[$0.end].name == "transport and logistics"
      })
  }

  @Test(
    "roads of no name, names with a Road and road maps are no facilities",
    arguments: [
      "They agreed on the development of road and rail infrastructure.",
      "Both sides back the Belt and Road Initiative as well as the Silk Road Economic Belt.",
      "They adopted the Uruguay-Estonia road map for 2025-2030.",
      "They discussed the construction of Road R7 near the border.",
    ])
  func noRoad(_ s: String) throws {
    let x = try Fixture.article(Self.sentence(s))
    #expect(!x.entityNames("Facility").contains { $0.lowercased().hasSuffix("road") }, "\(x.entityNames("Facility"))")
    #expect(!x.entityNames("Project").contains { $0.lowercased().hasSuffix("road") }, "\(x.entityNames("Project"))")
    let roadSectors = x.relations("IN_SECTOR").filter {
      x.entities[$0.start].name.contains("Road") && x.entities[$0.end].name == "transport and logistics"
    }
    #expect(roadSectors.isEmpty)
  }
}
