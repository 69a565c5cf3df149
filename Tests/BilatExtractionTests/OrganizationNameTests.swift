import BilatExtraction
import Testing

/// Organization names of any country that no dictionary lists: legal forms before quoted names,
/// names joined by "and", public bodies named after their country or their parent body. The
/// sentences are the project's own.
@Suite("Organization names without a dictionary entry")
struct OrganizationNameTests {
  struct NameCase: CustomTestStringConvertible, Sendable {
    var text: String
    var organization: String
    /// Names that must not come out as organizations (a legal form alone, a fragment).
    var notOrganizations: [String] = []
    var testDescription: String { organization }
  }

  static let quotedCases: [NameCase] = [
    NameCase(
      text: "The joint stock company «Kaztelecom Holding» agreed to lay a fibre cable to Urumqi.",
      organization: "Kaztelecom Holding", notOrganizations: ["joint stock company"]),
    NameCase(
      text: "Limited Liability Partnership “Aral Salt Works” will build a new plant near the lake.",
      organization: "Aral Salt Works", notOrganizations: ["Limited Liability Partnership"]),
    NameCase(
      text: "State Unitary Enterprise “Tashkent Metro Lines” ordered forty carriages from a Russian maker.",
      organization: "Tashkent Metro Lines", notOrganizations: ["State Unitary", "State Unitary Enterprise"]),
    NameCase(
      text: "JSC \"Minsk Tractor Works\" opened an assembly line in Bishkek last year.",
      organization: "Minsk Tractor Works", notOrganizations: ["JSC"]),
  ]

  @Test("a legal form before a quoted name: the organization is the quoted name", arguments: quotedCases)
  func quotedNames(_ c: NameCase) throws {
    let x = try Fixture.article(c.text, source: "2023-03-02-company.txt")
    let names = x.entityNames("Organization")
    #expect(names.contains(c.organization), "organizations: \(names)")
    for wrong in c.notOrganizations { #expect(!names.contains(wrong), "organizations: \(names)") }
  }

  static let joinedCases: [NameCase] = [
    NameCase(
      text: "The National Development and Reform Commission approved the loan on Tuesday.",
      organization: "National Development and Reform Commission", notOrganizations: ["Reform Commission"]),
    NameCase(
      text: "Delegates of the Mineral Resources and Energy Board of Botswana visited the mine.",
      organization: "Mineral Resources and Energy Board of Botswana"),
    NameCase(
      text: "The Federal Highways and Bridges Directorate opened the tender in March.",
      organization: "Federal Highways and Bridges Directorate", notOrganizations: ["Bridges Directorate"]),
  ]

  @Test("capitalized words joined by 'and' before the head belong to the name", arguments: joinedCases)
  func joinedNames(_ c: NameCase) throws {
    let x = try Fixture.article(c.text, source: "2021-10-12-body.txt")
    let names = x.entityNames("Organization")
    #expect(names.contains(c.organization), "organizations: \(names)")
    for wrong in c.notOrganizations { #expect(!names.contains(wrong), "organizations: \(names)") }
  }

  static let namedAfterCases: [NameCase] = [
    NameCase(
      text: "The Kenya Ports Authority will run the new berth at Lamu.", organization: "Kenya Ports Authority",
      notOrganizations: ["Ports Authority"]),
    NameCase(
      text: "A loan to the Ghana Power Supply Board was approved in June.", organization: "Ghana Power Supply Board",
      notOrganizations: ["Power Supply Board"]),
    NameCase(
      text: "Ministers spoke at the UN General Assembly in New York.", organization: "UN General Assembly",
      notOrganizations: ["General Assembly"]),
  ]

  @Test("a public body named after its country or the organization it belongs to", arguments: namedAfterCases)
  func namedAfter(_ c: NameCase) throws {
    let x = try Fixture.article(c.text, source: "2022-06-20-body.txt")
    let names = x.entityNames("Organization")
    #expect(names.contains(c.organization), "organizations: \(names)")
    for wrong in c.notOrganizations { #expect(!names.contains(wrong), "organizations: \(names)") }
  }

  @Test("a state that no longer exists is a country, not an organization")
  func formerState() throws {
    let x = try Fixture.article(
      "The Soviet Union ran a test range in the steppe until 1989, and Czechoslovakia bought its uranium.",
      source: "2019-08-29-history.txt")
    #expect(x.entityNames("Country").isSuperset(of: ["Soviet Union", "Czechoslovakia"]))
    #expect(!x.entityNames("Organization").contains("Soviet Union"))
  }
}
