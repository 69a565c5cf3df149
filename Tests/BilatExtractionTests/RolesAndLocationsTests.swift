import BilatExtraction
import Testing

/// Organizations, the roles people hold in them and where places are, as the real pages' gold
/// reads them. Invented sentences and names; real countries and cities.
@Suite("Roles, organizations and locations")
struct RolesAndLocationsTests {
  @Test(
    "a city is located in its country only when the article names that country",
    arguments: [
      ("The foreign ministers of Chile and Peru met in Lisbon on Tuesday.", [String]()),
      ("The foreign ministers of Chile and Peru met in Lima on Tuesday.", ["Lima → Peru"]),
    ])
  func cityCountry(_ text: String, _ located: [String]) throws {
    let x = try Fixture.article(text, source: "2021-03-03-talks.txt")
    let pairs = x.relationNames("LOCATED_IN").map { "\($0.0) → \($0.1)" }
    #expect(pairs.sorted() == located, "LOCATED_IN: \(pairs)")
    #expect(x.entityNames("Country") == ["Chile", "Peru"])
  }

  @Test(
    "a country's government named by its demonym is the country, not an organization",
    arguments: [
      "The Norwegian government funded the clinic in Kisumu.",
      "Ghana thanked the Japanese Government for the grant.",
    ])
  func demonymGovernment(_ text: String) throws {
    let x = try Fixture.article(text, source: "2020-11-23-government.txt")
    #expect(x.entityNames("Organization").isEmpty, "\(x.entityNames("Organization"))")
  }

  @Test(
    "a minister holds the role in a ministry the story names as an actor, in the country when it names it only as a document's party",
    arguments: [
      (
        "Minister of Energy of Chile Rosa Valdés met Minister of Energy of Peru Jorge Salas in Lima. They signed "
          + "a memorandum between the Ministry of Energy of Chile and the Ministry of Energy of Peru.",
        ["Rosa Valdés → Chile", "Jorge Salas → Peru"]
      ),
      (
        "Minister of Energy of Chile Rosa Valdés met Peruvian officials in Lima. The Ministry of Energy of Chile "
          + "said the talks covered power lines.", ["Rosa Valdés → Ministry of Energy of Chile"]
      ),
    ])
  func ministryRoles(_ text: String, _ expected: [String]) throws {
    let roles = try Self.roles(text)
    #expect(roles == Set(expected), "roles: \(roles)")
  }

  /// The HOLDS_ROLE pairs of a text, as "person → holder".
  static func roles(_ text: String) throws -> Set<String> {
    let x = try Fixture.article(text, source: "2021-03-03-roles.txt")
    return Set(x.relationNames("HOLDS_ROLE").map { "\($0.0) → \($0.1)" })
  }
}
