import BilatExtraction
import Testing

/// A dictionary body's name inside a longer name names nothing of its own: a convention, a
/// conference, or a body "of the" United Nations. The sentences are the project's own.
@Suite("Bodies inside longer names")
struct InnerNameTests {
  @Test(
    "a body's name that goes on into a longer name is no organization",
    arguments: [
      "Peru and Chile stressed their support for the United Nations Convention on Migratory Fish.",
      "President Ana Quispe hopes to go to a United Nations Conference on Desert Farming in Lima.",
      "Peru and Chile met the head of the Food and Water Organization of the United Nations in Lima.",
    ])
  func inner(_ text: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(!x.entityNames("Organization").contains("United Nations"), "\(x.entityNames("Organization"))")
  }

  @Test("the body named alone stays an organization")
  func alone() throws {
    let x = try Fixture.article(" date 2024-05-06 Peru and Chile called on the United Nations to act.")
    #expect(x.entityNames("Organization").contains("United Nations"), "\(x.entityNames("Organization"))")
  }
}
