import BilatExtraction
import Testing

/// Documents named by what they do ("an agreement abolishing ...", "a deal to build ..."), titles
/// with a parenthesized abbreviation, and the documents a later sentence says a signed package
/// included. The sentences are the project's own.
@Suite("Documents named by their purpose, and the members of a signed package")
struct DocumentPurposeTests {
  static let meeting = "President Mahama of Ghana met President Ruto of Kenya in Accra on Thursday. "
  static let source = "2024-05-02-document-purposes.txt"

  @Test(
    "a participle or a purpose after a document head belongs to its title",
    arguments: [
      (
        "An agreement abolishing visa requirements for holders of diplomatic passports was signed.",
        "agreement abolishing visa requirements for holders of diplomatic passports"
      ),
      (
        "Ghana and Kenya signed a deal to build a cement factory near Tema.",
        "deal to build a cement factory near Tema"
      ),
      (
        "Kenya also signed a pact to supply Ghana with tea and coffee.",
        "pact to supply Ghana with tea and coffee"
      ),
      (
        "The two presidents witnessed the signing of a memorandum of understanding (MoU) between the two football federations.",
        "memorandum of understanding between the two football federations"
      ),
      (
        "The ministers signed a declaration of intent to develop solar power jointly.",
        "declaration of intent to develop solar power jointly"
      ),
      (
        "A memorandum of understanding on fisheries, tourism and protection of coastal waters was inked too.",
        "memorandum of understanding on fisheries, tourism and protection of coastal waters"
      ),
    ])
  func purposeTitles(_ text: String, _ document: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: Self.source)
    #expect(x.entityNames("Agreement").contains(document), "\(x.entityNames("Agreement"))")
  }

  @Test(
    "a purpose alone names no document",
    arguments: [
      "One outcome of the visit was an agreement to consider flights between the capitals as domestic travel.",
      "Ghana and Kenya reached a deal to cut tariffs on tea.",
      "Ghana and Kenya signed a joint statement. The leaders announced a plan to forge closer ties.",
      "Kenya is a great deal to Ghana, Ruto said.",
    ])
  func noPurposeDocument(_ text: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: Self.source)
    let purposed = x.entityNames("Agreement").filter { $0.contains(" to ") }
    #expect(purposed.isEmpty, "\(x.entityNames("Agreement"))")
  }

  @Test("a deal to build a pipeline is signed by both sides and is in the energy sector")
  func purposeSignedAndSector() throws {
    let x = try Fixture.article(
      Self.meeting + "Ghana and Kenya signed a deal to build a gas pipeline to the coast.", source: Self.source)
    let name = "deal to build a gas pipeline to the coast"
    #expect(x.entityNames("Agreement").contains(name), "\(x.entityNames("Agreement"))")
    let signed = x.relationNames("SIGNED").filter { $0.1 == name }
    #expect(Set(signed.map(\.0)) == ["Ghana", "Kenya"], "\(x.relationNames("SIGNED"))")
    #expect(x.relationNames("IN_SECTOR").contains { $0 == (name, "energy") }, "\(x.relationNames("IN_SECTOR"))")
  }

  @Test("the documents a signed package included are signed by the package's signers")
  func includedMembers() throws {
    let x = try Fixture.article(
      Self.meeting
        + "The visit ended with the signing of five documents. These documents included an agreement on air services,"
        + " an agreement on the transfer of medical equipment and a protocol on customs cooperation.",
      source: Self.source)
    for document in ["agreement on air services", "protocol on customs cooperation"] {
      let signers = x.relationNames("SIGNED").filter { $0.1 == document }.map(\.0)
      #expect(Set(signers) == ["Ghana", "Kenya"], "\(document): \(x.relationNames("SIGNED"))")
    }
  }

  @Test("documents a sentence includes without a signing before them are not signed")
  func includedWithoutSigning() throws {
    let x = try Fixture.article(
      Self.meeting
        + "The presidents discussed trade and security. The agreements under study include an agreement on air services.",
      source: Self.source)
    #expect(!x.relationNames("SIGNED").contains { $0.1 == "agreement on air services" }, "\(x.relationNames("SIGNED"))")
  }
}
