import BilatExtraction
import Testing

/// Acronyms in parentheses and agency credits: what an organization mention stands for beyond
/// its words. The sentences are the project's own.
@Suite("Acronyms and agency credits")
struct OrganizationReadingTests {
  struct AliasCase: CustomTestStringConvertible, Sendable {
    var text: String
    var organization: String
    var acronym: String
    var testDescription: String { acronym }
  }

  static let aliasCases: [AliasCase] = [
    AliasCase(
      text: "Tanzania and China signed a loan for the port on Monday, the Tanzania Ports Authority (TPA) said. TPA will run the new berth.",
      organization: "Tanzania Ports Authority", acronym: "TPA"),
    AliasCase(
      text: "The Ministry of Water and Energy of Ethiopia (MOWE) hosted the talks. A MOWE engineer showed the dam site.",
      organization: "Ministry of Water and Energy of Ethiopia", acronym: "MOWE"),
    AliasCase(
      text: "Financing came from the Islamic Development Bank (IDB) and Uzbekistan. The IDB loan runs for 20 years.",
      organization: "Islamic Development Bank", acronym: "IDB"),
  ]

  @Test("an acronym defined after an organization is that organization, there and later", arguments: aliasCases)
  func definedAcronym(_ c: AliasCase) throws {
    let x = try Fixture.article(c.text, source: "2021-05-17-acronym.txt")
    let org = try #require(x.entities("Organization").first { $0.name == c.organization }, "\(x.entityNames("Organization"))")
    #expect(!x.entityNames("Organization").contains(c.acronym))
    #expect(org.aliases.contains(c.acronym) || org.mentions.count >= 2)
  }

  @Test(
    "an acronym of something that is no organization is no organization",
    arguments: [
      "Egypt and Russia agreed to build a small modular reactor (SMR) on the coast. The SMR will supply the desalination plant.",
      "Peru will build a floating solar plant (FSP) with Japanese help, and FSP output will reach Lima next year.",
      "The school was built under the Community Water Supply Programme (CWSP) of the Korean Government. CWSP has funded 40 wells since 2010.",
    ])
  func notOrganization(_ text: String) throws {
    let x = try Fixture.article(text, source: "2021-05-17-acronym.txt")
    let acronyms = x.entityNames("Organization").filter { $0.count <= 5 && $0.uppercased() == $0 }
    #expect(acronyms.isEmpty, "organizations: \(x.entityNames("Organization"))")
  }

  @Test(
    "the agency that distributed the story is no organization of it",
    arguments: [
      ("HANOI, May 4 /Viet Wire/ - Vietnam and Laos agreed to open a new border gate, an official told VNA.", "VNA"),
      ("Vietnam and Laos agreed to open a new border gate, an official told Reuters.", "Reuters"),
      ("DHAKA, March 2 -/Bay Press Agency (BPA)/- Bangladesh and Nepal agreed on power trade. Distributed by BPA.", "BPA"),
    ])
  func credits(_ text: String, _ agency: String) throws {
    let x = try Fixture.article(text, source: "2021-05-17-credit.txt")
    #expect(!x.entityNames("Organization").contains(agency), "organizations: \(x.entityNames("Organization"))")
    #expect(!x.entityNames("Organization").contains { $0.contains("Wire") || $0.contains("Press") })
  }

  @Test(
    "a company's legal suffix belongs to its name, and its spellings are one company",
    arguments: [
      (
        "The Lanka Coal Power Company (Pvt) Limited runs the plant. Lanka Coal Power Company Private Ltd. (LCPC) will add a unit.",
        "Lanka Coal Power Company"
      ),
      (
        "Ghana Gas Processing Company Ltd signed with a Chinese builder. Ghana Gas Processing Company Limited said work starts soon.",
        "Ghana Gas Processing Company"
      ),
    ])
  func legalSuffixes(_ text: String, _ company: String) throws {
    let x = try Fixture.article(text, source: "2022-08-16-company.txt")
    let names = x.entityNames("Organization")
    #expect(names.filter { $0.hasPrefix(company) }.count == 1, "organizations: \(names)")
    #expect(!names.contains { ["Private Ltd", "LCPC", "Limited"].contains($0) }, "organizations: \(names)")
  }
}
