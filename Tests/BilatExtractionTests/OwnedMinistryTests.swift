import BilatExtraction
import Testing

/// Ministries named in lower case after their owner ("Norway's fisheries ministry") are
/// organizations of that country. The sentences are the project's own.
@Suite("Lower-case ministries after their owner")
struct OwnedMinistryTests {
  @Test(
    "a possessive country or capital, or a demonym, and one or two portfolio words before 'ministry'",
    arguments: [
      ("Norway's fisheries ministry said the quota would rise.", "Norway's fisheries ministry", "Norway"),
      (
        "A spokesman for the Polish infrastructure ministry declined to comment.", "Polish infrastructure ministry",
        "Poland"
      ),
      ("Nairobi’s transport ministry published the tender on Monday.", "Nairobi’s transport ministry", "Kenya"),
    ])
  func ownedMinistries(_ text: String, _ name: String, _ country: String) throws {
    let x = try Fixture.article(text, source: "2023-10-11-ministry.txt")
    let orgs = x.entities("Organization")
    #expect(orgs.map(\.name) == [name], "organizations: \(orgs.map(\.name))")
    #expect(orgs.first?.properties["country"]?.stringValue == country)
    // the owner is still a country of the story
    #expect(x.entityNames("Country").contains(country), "countries: \(x.entityNames("Country"))")
  }

  @Test(
    "a ministry without an owner, or with a describing word only, is not named",
    arguments: [
      "The ministry said the quota would rise.",
      "Norway's new ministry opened on Monday.",
    ])
  func unowned(_ text: String) throws {
    let x = try Fixture.article(text, source: "2023-10-11-ministry.txt")
    #expect(x.entityNames("Organization").isEmpty, "organizations: \(x.entityNames("Organization"))")
  }
}
