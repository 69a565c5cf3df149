import BilatExtraction
import Testing

/// Residences and palaces where leaders meet. The sentences are the project's own.
@Suite("Venues of meetings")
struct VenueTests {
  static let source = "2024-06-11-venues.txt"

  @Test(
    "a capitalized venue after a locative preposition is a Facility",
    arguments: [
      ("President Ruiz received President Lagos at State House on Monday.", "State House"),
      ("The talks were held at the Palace of the Nation in Lima.", "Palace of the Nation"),
      ("President Ruiz welcomed President Lagos to the Presidential Villa.", "Presidential Villa"),
      ("The ministers met at the State Guest House on Friday.", "State Guest House"),
    ])
  func venue(_ text: String, _ name: String) throws {
    let x = try Fixture.article(text, source: Self.source)
    #expect(x.entityNames("Facility").contains(name), "\(x.entityNames("Facility"))")
  }

  @Test(
    "a legislature or a name without a locative preposition is no venue",
    arguments: [
      "The bill passed the Upper House of Parliament on Monday.",
      "Members of the House of Representatives met President Lagos.",
      "Green House Holdings announced a new plant on Monday.",
    ])
  func notVenue(_ text: String) throws {
    let x = try Fixture.article(text, source: Self.source)
    #expect(!x.entityNames("Facility").contains { $0.hasSuffix("House") || $0.contains("House of") })
  }

  @Test(
    "a venue is in the city written against it",
    arguments: [
      ("President Ruiz met President Lagos at Lima's Government Palace on Monday.", "Government Palace", "Lima"),
      ("President Ruiz met President Lagos at State House Nairobi on Monday.", "State House", "Nairobi"),
      ("The talks took place at the Presidential Secretariat in Colombo.", "Presidential Secretariat", "Colombo"),
    ])
  func located(_ text: String, _ venue: String, _ city: String) throws {
    let x = try Fixture.article(text, source: Self.source)
    #expect(x.relationNames("LOCATED_IN").contains { $0 == (venue, city) }, "\(x.relationNames("LOCATED_IN"))")
  }
}
