import BilatExtraction
import Testing

/// A package of documents told by what it relates to or covers, and a package referred back to
/// in the sentence after its signing. The sentences are the project's own.
@Suite("Documents of a package referred to")
struct PackageReferenceTests {
  static let meeting = "President Ruiz of Peru met President Lagos of Chile in Lima on Monday. "
  static let source = "2024-06-11-package-references.txt"

  @Test(
    "each subject after 'related to' or 'cover' is a document",
    arguments: [
      (
        "The two sides signed four agreements related to fisheries, tourism and mining.",
        ["agreement related to fisheries", "agreement related to tourism", "agreement related to mining"]
      ),
      (
        "Several documents were signed. The documents cover fisheries, tourism and mining.",
        ["document on fisheries", "document on tourism", "document on mining"]
      ),
    ])
  func documents(_ text: String, _ documents: [String]) throws {
    let x = try Fixture.article(Self.meeting + text, source: Self.source)
    #expect(x.entityNames("Agreement").isSuperset(of: documents), "\(x.entityNames("Agreement"))")
  }

  @Test("the documents of a package referred back to are signed by the package's signers")
  func signedBack() throws {
    let x = try Fixture.article(
      Self.meeting + "Peru and Chile signed several agreements. The agreements cover fisheries, tourism and mining.",
      source: Self.source)
    let signed = x.relationNames("SIGNED").filter { $0.1.hasSuffix("mining") }
    #expect(Set(signed.map(\.0)) == ["Peru", "Chile"], "\(x.relationNames("SIGNED"))")
  }

  @Test("documents listed without a signing before them are not signed")
  func notSignedBack() throws {
    let x = try Fixture.article(
      Self.meeting + "The presidents discussed trade. The agreements cover fisheries, tourism and mining.",
      source: Self.source)
    #expect(!x.relationNames("SIGNED").contains { $0.1.hasSuffix("mining") }, "\(x.relationNames("SIGNED"))")
  }
}
