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

  /// Heads of bodies beyond ministries and companies: police, armed forces, parties, courts,
  /// exchanges, confederations.
  static let headCases: [NameCase] = [
    NameCase(text: "Officers of the National Police trained cadets in Lima.", organization: "National Police"),
    NameCase(text: "The Royal Defence Forces held drills near Ndola.", organization: "Royal Defence Forces"),
    NameCase(text: "The Labour Party of Fiji won the vote on Monday.", organization: "Labour Party of Fiji"),
    NameCase(text: "The Supreme Court of Kenya upheld the port lease.", organization: "Supreme Court of Kenya"),
    NameCase(
      text: "Shares were listed on the Regional Securities Exchange in May.",
      organization: "Regional Securities Exchange"),
    NameCase(
      text: "The Confederation of Andean Industry met in Quito.", organization: "Confederation of Andean Industry"),
  ]

  /// Quoted names after a legal form; names joined by "and" before the head; public bodies named
  /// after their country or the organization they belong to; other heads.
  @Test(
    "the organization's whole name, and no fragment of it",
    arguments: quotedCases + joinedCases + namedAfterCases + headCases)
  func wholeNames(_ c: NameCase) throws {
    let x = try Fixture.article(c.text, source: "2023-03-02-body.txt")
    let names = x.entityNames("Organization")
    #expect(names.contains(c.organization), "organizations: \(names)")
    for wrong in c.notOrganizations { #expect(!names.contains(wrong), "organizations: \(names)") }
  }

  @Test(
    "two bodies joined by 'and' are two organizations",
    arguments: [
      (
        "The Ministry of Health of Chile and the Ministry of Health and Welfare of Korea agreed to share data.",
        "Ministry of Health of Chile", "Ministry of Health and Welfare of Korea"
      ),
      (
        "The Embassy of Japan and the Agency for Rural Roads of Nepal opened the bridge.",
        "Embassy of Japan", "Agency for Rural Roads of Nepal"
      ),
      // the second body named after its country's possessive
      (
        "A memorandum links the Ministry of Fisheries and Ocean Affairs and Peru's Ministry of Production.",
        "Ministry of Fisheries and Ocean Affairs", "Ministry of Production"
      ),
      (
        "Talks joined the Ministry of Mines and Energy and the Chilean Ministry of Mining.",
        "Ministry of Mines and Energy", "Ministry of Mining"
      ),
    ])
  func twoBodies(_ text: String, _ first: String, _ second: String) throws {
    let x = try Fixture.article(text, source: "2020-11-23-bodies.txt")
    #expect(x.entityNames("Organization").isSuperset(of: [first, second]), "\(x.entityNames("Organization"))")
  }

  @Test(
    "capitalized words before a written legal suffix are a company, whatever its country",
    arguments: [
      ("The turbines come from Kestrel Windworks GmbH, the ministry said.", "Kestrel Windworks GmbH"),
      ("A loan from Nordvik Bank Abp financed the ferry.", "Nordvik Bank Abp"),
      (
        "The agreement between the Academy of Sciences of Peru and the Austrian firm Alpen Medtech GmbH was signed.",
        "Alpen Medtech GmbH"
      ),
    ])
  func legalSuffix(_ text: String, _ company: String) throws {
    let x = try Fixture.article(text, source: "2020-11-23-company.txt")
    #expect(x.entityNames("Organization").contains(company), "\(x.entityNames("Organization"))")
    #expect(!x.entityNames("Organization").contains("GmbH"))
  }

  @Test(
    "each name listed after a plural company noun is an organization",
    arguments: [
      ("Brazilian banks such as Banrisul and Banco Sicredi fund the plant.", ["Banrisul", "Banco Sicredi"]),
      ("Large firms like Shell and Vesta Energia bid for the block.", ["Vesta Energia"]),
      ("The Danish companies Orsted Wind, Velux and Kamstrup opened offices.", ["Orsted Wind", "Velux", "Kamstrup"]),
      // a company named after a town: the list makes it a company, not the town
      ("Brazilian industries like Tecnoval, Suzano and Randon export to Peru.", ["Tecnoval", "Suzano", "Randon"]),
      // a singular maker noun introduces its company's name
      ("The minister praised the carmaker Kestrel Motors for its new plant.", ["Kestrel Motors"]),
    ])
  func listedCompanies(_ text: String, _ companies: [String]) throws {
    let x = try Fixture.article(text, source: "2020-11-23-company.txt")
    #expect(x.entityNames("Organization").isSuperset(of: Set(companies)), "\(x.entityNames("Organization"))")
  }

  @Test("governments named as a document's parties stand for their countries")
  func governmentParties() throws {
    let x = try Fixture.article(
      "Officials signed the Agreement between the Government of Ghana and the Government of Togo on road transport.",
      source: "2020-11-23-government.txt")
    let agreed = x.relationNames("AGREED")
    #expect(agreed.contains { Set([$0.0, $0.1]) == ["Ghana", "Togo"] }, "AGREED: \(agreed)")
  }

  @Test("a state that no longer exists is a country, not an organization")
  func formerState() throws {
    let x = try Fixture.article(
      "The Soviet Union ran a test range in the steppe until 1989, and Czechoslovakia bought its uranium.",
      source: "2019-08-29-history.txt")
    #expect(x.entityNames("Country").isSuperset(of: ["Soviet Union", "Czechoslovakia"]))
    #expect(!x.entityNames("Organization").contains("Soviet Union"))
  }

  @Test("a body named after its members ends with them; the name after it is a person's")
  func bodyOfMembers() throws {
    let x = try Fixture.article(
      "Vice Chairman of the Council of Elders Serdar Amanov met Russian Ambassador Ivan Petrov in Ashgabat on Monday.",
      source: "2025-06-20-body.txt")
    #expect(x.entityNames("Organization") == ["Council of Elders"])
    #expect(x.entityNames("Person").sorted() == ["Ivan Petrov", "Serdar Amanov"])
    #expect(x.relationNames("MET_WITH").count == 1)
  }
}
