import BilatExtraction
import Testing

/// A second document told by "another" after the first, quoted subjects of a document, and two
/// capitals that sign for their countries. The sentences are the project's own.
@Suite("Documents told by 'another' and by quoted subjects")
struct AnotherDocumentTests {
  static let meeting = "President Boric of Chile met President Petro of Colombia in Bogota. "

  @Test(
    "'and another on Y' is a second document of the first one's kind, signed by the same sides",
    arguments: [
      (
        "Chile and Colombia signed an agreement on seed certification and another on flood warnings.",
        ["agreement on seed certification", "agreement on flood warnings"]
      ),
      (
        "Both sides signed a memorandum on “mutual assistance in customs matters” and another on "
          + "“combating wildlife crimes”.",
        ["memorandum on mutual assistance in customs matters", "memorandum on combating wildlife crimes"]
      ),
      (
        "Chile and Colombia signed a protocol on “pension rights, social security and health insurance of "
          + "migrant workers”.",
        ["protocol on pension rights, social security and health insurance of migrant workers"]
      ),
    ])
  func another(_ text: String, _ documents: [String]) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-another.txt")
    let names = x.entityNames("Agreement")
    #expect(names.count == documents.count, "agreements: \(names)")
    for d in documents {
      #expect(names.contains(d), "agreements: \(names)")
      let signers = Set(x.relationNames("SIGNED").filter { $0.1 == d }.map(\.0))
      #expect(signers == ["Chile", "Colombia"], "\(d) signed by \(signers)")
    }
  }

  @Test("'another' without a subject of its own adds nothing")
  func anotherWithoutSubject() throws {
    let x = try Fixture.article(
      Self.meeting + "Chile and Colombia signed an agreement on seed certification and another in Bogota.",
      source: "2024-06-11-another.txt")
    #expect(x.entityNames("Agreement") == ["agreement on seed certification"], "\(x.entityNames("Agreement"))")
  }

  @Test("two capitals that sign, with an adverb before the verb, are their countries")
  func capitalsSign() throws {
    let x = try Fixture.article(
      Self.meeting + "Santiago and Bogota also signed an agreement on seed certification.",
      source: "2024-06-11-another.txt")
    let signers = Set(x.relationNames("SIGNED").map(\.0))
    #expect(signers == ["Chile", "Colombia"], "signers: \(signers)")
  }
}
