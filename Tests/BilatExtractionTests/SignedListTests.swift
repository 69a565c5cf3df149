import BilatExtraction
import Testing

/// Documents listed one per item after a signing sentence that ends in a colon, the abbreviation
/// MoU, and facilities named after the city they stand in. The
/// sentences are the project's own.
@Suite("Signed lists, document abbreviations and facilities named after a city")
struct SignedListTests {
  static let meeting = "President Boric of Chile met President Petro of Colombia in Bogota on Monday. "

  @Test(
    "each document of a list after a signing sentence with a colon is signed by both sides",
    arguments: [
      (
        "After the talks the following documents were signed:\n\n- An agreement on cooperation in fisheries;\n\n- A memorandum on the exchange of weather data;\n\nThe leaders then visited a museum.",
        ["agreement on cooperation in fisheries", "memorandum on the exchange of weather data"]
      ),
      (
        "The ministers signed three documents:\n\nAgreement on the mutual recognition of diplomas;\n\nA protocol on customs procedures;\n\nThe visit ended with a concert.",
        ["Agreement on the mutual recognition of diplomas", "protocol on customs procedures"]
      ),
      // session 25: numbered items, and items whose bullets a page's markup lost
      (
        "The following documents were signed:\n\n1. Agreement on the mutual recognition of diplomas;\n\n2. Protocol on customs procedures.\n\nThe visit ended with a concert.",
        ["Agreement on the mutual recognition of diplomas", "Protocol on customs procedures"]
      ),
      (
        "The two presidents then watched the signing of these documents:\nAgreement on the mutual recognition of diplomas\nMemorandum on cooperation in archives\nThe visit ended with a concert.",
        ["Agreement on the mutual recognition of diplomas", "Memorandum on cooperation in archives"]
      ),
      (
        "The following documents were then signed\nAgreement on the mutual recognition of diplomas\nMemorandum on cooperation in archives\nThe visit ended with a concert.",
        ["Agreement on the mutual recognition of diplomas", "Memorandum on cooperation in archives"]
      ),
    ])
  func listed(_ text: String, _ documents: [String]) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-signed-list.txt")
    for d in documents {
      let signers = Set(x.relationNames("SIGNED").filter { $0.1 == d }.map(\.0))
      #expect(signers == ["Chile", "Colombia"], "\(d) signed by \(signers)")
    }
  }

  @Test(
    "a list after a wish or without a signing word signs nothing",
    arguments: [
      "The sides hope that the following documents will be signed:\n\n- An agreement on cooperation in fisheries;",
      "The talks covered these documents:\n\n- An agreement on cooperation in fisheries;",
      "The following documents will be signed next year\nAgreement on cooperation in fisheries",
    ])
  func notSigned(_ text: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-signed-list.txt")
    #expect(!x.relationNames("SIGNED").contains { $0.1 == "agreement on cooperation in fisheries" })
  }

  @Test(
    "an MoU on a subject or between two parties is a document",
    arguments: [
      ("The two governments signed an MoU on tourism cooperation.", "MoU on tourism cooperation"),
      ("The two agencies signed an MoU between the weather offices.", "MoU between the weather offices"),
    ])
  func abbreviations(_ text: String, _ document: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-mou.txt")
    #expect(x.entityNames("Agreement").contains(document), "\(x.entityNames("Agreement"))")
  }

  @Test(
    "a facility named after one city is located in it; one joining two places is not",
    arguments: [
      ("In Cartagena they toured the Cartagena refinery.", "Cartagena", true),
      ("Barranquilla hopes to grow, and they discussed the port of Barranquilla.", "Barranquilla", true),
      ("They discussed the Bogota–Medellin railway.", "Bogota", false),
      ("In Bogota they discussed the Greater Bogota metro line.", "Bogota", false),
    ])
  func facilityCity(_ text: String, _ city: String, _ located: Bool) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-facility.txt")
    let found = x.relationNames("LOCATED_IN").contains { $0.1 == city && x.entityNames("Facility").contains($0.0) }
    #expect(found == located, "\(x.relationNames("LOCATED_IN")) facilities \(x.entityNames("Facility"))")
  }

  @Test(
    "the signature of a document is its signing, unless only hoped for",
    arguments: [
      ("The presidents witnessed the signature of an agreement on fisheries.", true),
      ("The presidents hope for the signature of an agreement on fisheries.", false),
    ])
  func signature(_ text: String, _ signed: Bool) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-signature.txt")
    let signers = Set(x.relationNames("SIGNED").filter { $0.1 == "agreement on fisheries" }.map(\.0))
    #expect(signers == (signed ? ["Chile", "Colombia"] : []), "\(x.relationNames("SIGNED"))")
  }
}
