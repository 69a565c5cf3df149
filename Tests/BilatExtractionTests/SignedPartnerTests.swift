@testable import BilatExtraction
import Testing

/// Who signs and how many documents a count tells (session 17): a count well above the subjects
/// after it is one package told by its fields ("15 agreements on trade, health and mining"); a
/// company or body named after "with" behind the document signs it ("signed a memorandum on wind
/// farms with the Danish company X"). The sentences are the project's own.
@Suite("Signed documents: counted packages by field, partners after the document")
struct SignedPartnerTests {
  static let meeting = "President Rojas of Chile met President Quispe of Peru in Lima on Friday."

  /// The sentence after a meeting of Chile's and Peru's presidents.
  static func extract(_ text: String) throws -> Extraction {
    try Fixture.article([meeting, text].joined(separator: " "), source: "2024-11-08-signed-partners.txt")
  }

  @Test(
    "a count and its subjects: one package when the count is well above them, one document each when it is not",
    arguments: [
      (
        "Chile and Peru signed 15 agreements on trade, health and mining.",
        ["15 agreements on trade, health and mining"]
      ),
      (
        "Chile and Peru signed three agreements on trade, health and mining.",
        ["agreement on trade", "agreement on health", "agreement on mining"]
      ),
    ])
  func countedFields(_ text: String, _ documents: [String]) throws {
    let x = try Self.extract(text)
    #expect(Set(x.entityNames("Agreement")) == Set(documents), "\(x.entityNames("Agreement"))")
    for d in documents {
      #expect(SignedDocumentShapeTests.signers(x, d) == ["Chile", "Peru"], "\(x.relationNames("SIGNED"))")
    }
  }

  @Test(
    "a body after 'with' behind the document signs it with the subject",
    arguments: [
      (
        "Peru signed a memorandum on wind farms with the Danish company Nordvind Energi.",
        "memorandum on wind farms", ["Peru", "Nordvind Energi"]
      ),
      (
        "Andes Radio Corporation signed a cooperation agreement with Chile's Pacific Broadcasting Corporation.",
        "cooperation agreement", ["Andes Radio Corporation", "Pacific Broadcasting Corporation"]
      ),
    ])
  func partnerAfterDocument(_ text: String, _ document: String, _ signers: [String]) throws {
    let signed = try Self.extract(text).relationNames("SIGNED")
    #expect(Set(signed.map { [$0.0, $0.1] }) == Set(signers.map { [$0, document] }), "\(signed)")
  }

  @Test("a country after 'with' behind the document stays a country")
  func countryAfterDocument() throws {
    let x = try Self.extract("Peru signed a fisheries agreement with Chile.")
    #expect(
      SignedDocumentShapeTests.signers(x, "fisheries agreement") == ["Chile", "Peru"], "\(x.relationNames("SIGNED"))")
  }
}
