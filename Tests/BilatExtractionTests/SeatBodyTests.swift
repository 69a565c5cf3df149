import BilatExtraction
import Testing

/// A residence that reports ("the Kremlin press service said") is the office that sits in it; a
/// residence where people meet stays a facility. The sentences are the project's own.
@Suite("Seats that speak for their office")
struct SeatBodyTests {
  @Test(
    "a dictionary residence before 'press service' or a reporting verb is an organization",
    arguments: [
      ("Talks on grain exports went well, the Kremlin press service said on Friday.", "Kremlin"),
      ("The Akorda’s press service published a photo of the two leaders.", "Akorda"),
      ("The Akorda informed that a state visit would follow in autumn.", "Akorda"),
    ])
  func reportingSeat(_ text: String, _ name: String) throws {
    let x = try Fixture.article(text, source: "2024-09-20-seat.txt")
    #expect(x.entityNames("Organization") == [name], "organizations: \(x.entityNames("Organization"))")
    #expect(x.entityNames("Facility").isEmpty, "facilities: \(x.entityNames("Facility"))")
    #expect(x.relationNames("LOCATED_IN").filter { $0.0 == name }.isEmpty)
  }

  @Test("the same residence as a venue stays a facility in its city")
  func venue() throws {
    let x = try Fixture.article(
      "The presidents met at the Kremlin in Moscow on Friday.", source: "2024-09-20-seat.txt")
    #expect(x.entityNames("Facility") == ["Kremlin"], "facilities: \(x.entityNames("Facility"))")
    #expect(x.entityNames("Organization").isEmpty, "organizations: \(x.entityNames("Organization"))")
  }
}
