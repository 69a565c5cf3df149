import BilatExtraction
import Testing

/// The commissions two governments keep, named by their remit or by the pair of countries, in
/// capitals or in lower case. The sentences are the project's own; each pins the organizations
/// found, exactly.
@Suite("Intergovernmental commissions")
struct CommissionNameTests {
  @Test(
    "a commission's remit up to 'cooperation', or its pair of countries, belongs to its name",
    arguments: [
      (
        "Chile and Peru reviewed the Intergovernmental Commission on Trade, Scientific and Technical Cooperation in Lima.",
        ["Intergovernmental Commission on Trade, Scientific and Technical Cooperation"]
      ),
      (
        "The Ghana-Togo intergovernmental commission will meet in Lome next month.",
        ["Ghana-Togo intergovernmental commission"]
      ),
      (
        "Bolivia and Paraguay praised the intergovernmental commission on trade, economic and humanitarian cooperation.",
        ["intergovernmental commission on trade, economic and humanitarian cooperation"]
      ),
      // a bare commission refers back to one named before: no name of its own
      ("The intergovernmental commission of Bolivia and Paraguay will meet again in autumn.", []),
    ] as [(String, Set<String>)])
  func commissions(_ text: String, _ expected: Set<String>) throws {
    let x = try Fixture.article(text, source: "2020-09-14-commission.txt")
    #expect(x.entityNames("Organization") == expected, "organizations: \(x.entityNames("Organization"))")
  }

  @Test("a remit that does not end on 'cooperation' stays out of the name (the words after it may be a chairman's)")
  func remitWithoutCooperation() throws {
    let x = try Fixture.article(
      "The State Committee on Water and Forests Aliya Bekova of Kyrgyzstan met the guests.",
      source: "2020-09-14-commission.txt")
    #expect(x.entityNames("Organization").contains("State Committee"))
    #expect(!x.entityNames("Organization").contains { $0.hasPrefix("State Committee on") })
  }
}
