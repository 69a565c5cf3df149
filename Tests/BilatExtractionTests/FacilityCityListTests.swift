import BilatExtraction
import Testing

/// A plural facility kind before a list of cities ("ports in A, B and C") is one facility per
/// city, located in it. The sentences are the project's own.
@Suite("Facilities listed by their cities")
struct FacilityCityListTests {
  @Test("each listed city gets its facility, located in it, and stays a city")
  func distributed() throws {
    let x = try Fixture.article(
      "Kenya runs container terminals in Mombasa and Kisumu, the ministry said.", source: "2024-06-18-ports.txt")
    #expect(
      x.entityNames("Facility") == ["Mombasa container terminal", "Kisumu container terminal"],
      "facilities: \(x.entityNames("Facility"))")
    #expect(x.entityNames("City").isSuperset(of: ["Mombasa", "Kisumu"]), "cities: \(x.entityNames("City"))")
    let located = x.relationNames("LOCATED_IN").map { "\($0.0) → \($0.1)" }
    #expect(located.contains("Mombasa container terminal → Mombasa"), "LOCATED_IN: \(located)")
    #expect(located.contains("Kisumu container terminal → Kisumu"), "LOCATED_IN: \(located)")
  }

  @Test(
    "a single city, or a list that runs on into a sentence, names no facility",
    arguments: [
      "Kenya runs container terminals in Mombasa, the ministry said.",
      "The plan covers terminals in Mombasa, Kisumu Governor Amos Otieno said.",
    ])
  func notDistributed(_ text: String) throws {
    let x = try Fixture.article(text, source: "2024-06-18-ports.txt")
    #expect(x.entityNames("Facility").isEmpty, "facilities: \(x.entityNames("Facility"))")
  }
}
