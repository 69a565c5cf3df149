import BilatExtraction
import Testing

/// Packages of documents told by a plural and their subjects ("memorandums in the fishing and
/// forestry sectors"), single documents told by the word "document" and its subject, and counts
/// that count the signers, not the documents. The sentences are the project's own.
@Suite("Document packages told by their subjects")
struct DocumentPackageTests {
  static let meeting = "President Boric of Chile met President Petro of Colombia in Bogota. "

  @Test(
    "a plural document with two or more subjects is one document per subject, signed by both sides",
    arguments: [
      (
        "The two countries signed memorandums of understanding in the fishing and forestry sectors.",
        [
          "memorandum of understanding in the fishing sector", "memorandum of understanding in the forestry sector",
        ]
      ),
      (
        "Ministers signed cooperation agreements in tourism, health and sport.",
        ["cooperation agreement in tourism", "cooperation agreement in health", "cooperation agreement in sport"]
      ),
      (
        "The delegations signed documents regarding customs controls and river transport.",
        ["document regarding customs controls", "document regarding river transport"]
      ),
      (
        "The governments signed agreements on mining and on fisheries quotas.",
        ["agreement on mining", "agreement on fisheries quotas"]
      ),
      // the capitalized abbreviation, named as written
      (
        "The ministers inked two MoUs on port security and wildlife protection.",
        ["MoU on port security", "MoU on wildlife protection"]
      ),
      // a ministry's capital on the plural, not after a name
      (
        "The two presidents concluded Memorandums on seed certification and flood warnings.",
        ["memorandum on seed certification", "memorandum on flood warnings"]
      ),
      // words that lead from the package to its list
      (
        "They signed agreements, including on seed certification and flood warnings.",
        ["agreement on seed certification", "agreement on flood warnings"]
      ),
      (
        "The memorandums signed included those on seed certification and flood warnings.",
        ["memorandum on seed certification", "memorandum on flood warnings"]
      ),
      (
        "The two countries signed accords. The accords signed were related to seed certification and flood warnings.",
        ["accord related to seed certification", "accord related to flood warnings"]
      ),
      // a package that opens the sentence, an adverb or where it was signed before its list
      (
        "The two countries signed several accords. Accords also covered seed certification and flood warnings.",
        ["accord on seed certification", "accord on flood warnings"]
      ),
      (
        "The two countries signed several accords. Other deals inked in Bogota include ones on seed certification "
          + "and flood warnings.",
        ["deal on seed certification", "deal on flood warnings"]
      ),
      // a serial comma before the last subject: a bare "and" joins words of one subject
      (
        "The governments signed agreements on science and technology, customs, trade and investment, and flood "
          + "warnings.",
        [
          "agreement on science and technology", "agreement on customs", "agreement on trade and investment",
          "agreement on flood warnings",
        ]
      ),
      // a count of documents parts the subjects at the commas, not at every "and"
      (
        "Both heads of state saw three agreements signed, one on seed certification and plant "
          + "quarantine, cooperation in the fields of customs and tax, and on consular matters.",
        [
          "agreement on seed certification and plant quarantine",
          "agreement on cooperation in the fields of customs and tax", "agreement on consular matters",
        ]
      ),
      // a list after "including" names some of a counted package's documents, however many it counts
      (
        "The two sides inked nine agreements including in fisheries, forestry and mining.",
        ["agreement in fisheries", "agreement in forestry", "agreement in mining"]
      ),
      (
        "Several important agreements, including on seed certification and flood warnings, were signed after the "
          + "talks.",
        ["agreement on seed certification", "agreement on flood warnings"]
      ),
      // a range told by its ends and what lies between
      (
        "They also signed six MoUs, ranging from seed certification and flood warnings to river transport.",
        ["MoU on seed certification", "MoU on flood warnings", "MoU on river transport"]
      ),
      // the rest of a package just signed, told by a copula, "concern" or "cover a range of areas"
      (
        "The two countries signed a dozen agreements. The other agreements were in seed certification and flood "
          + "warning fields.",
        ["agreement in the seed certification field", "agreement in the flood warning field"]
      ),
      (
        "The two countries signed several accords. Other bilateral accords concern seed certification and flood "
          + "warnings.",
        ["bilateral accord on seed certification", "bilateral accord on flood warnings"]
      ),
      (
        "The two countries signed several accords. The accords cover a broad range of fields including seed "
          + "certification and flood warnings.",
        ["accord on seed certification", "accord on flood warnings"]
      ),
    ])
  func perSubject(_ text: String, _ documents: [String]) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-package.txt")
    let names = x.entityNames("Agreement")
    for d in documents {
      #expect(names.contains(d), "agreements: \(names)")
      let signers = Set(x.relationNames("SIGNED").filter { $0.1 == d }.map(\.0))
      #expect(signers == ["Chile", "Colombia"], "\(d) signed by \(signers)")
    }
  }

  @Test("a counted package told document by document agrees once per document, and its clause is no subject")
  func agreedPerDocument() throws {
    let x = try Fixture.article(
      Self.meeting
        + "Ten agreements, including on seed certification, flood warnings and seed certification, were signed "
        + "after the talks.",
      source: "2024-06-11-package.txt")
    let abouts = x.relations("AGREED").compactMap { $0.properties["about"]?.stringValue }.sorted()
    #expect(abouts == ["agreement on flood warnings", "agreement on seed certification"])
    #expect(!x.entityNames("Agreement").contains { $0.contains("were signed") }, "\(x.entityNames("Agreement"))")
  }

  @Test("a capitalized plural after a name is that name's, not a package")
  func namedPlural() throws {
    let x = try Fixture.article(
      Self.meeting + "Both recalled the Lima Agreements on seed certification and flood warnings.",
      source: "2024-06-11-package.txt")
    #expect(!x.entityNames("Agreement").contains("agreement on seed certification"))
  }

  @Test("each subject's document carries its sector")
  func sectorPerSubject() throws {
    let x = try Fixture.article(
      Self.meeting + "The two countries signed memorandums of understanding in the energy and agriculture sectors.",
      source: "2024-06-11-package.txt")
    let sectors = x.relationNames("IN_SECTOR")
    #expect(sectors.contains { $0 == ("memorandum of understanding in the energy sector", "energy") })
    #expect(sectors.contains { $0 == ("memorandum of understanding in the agriculture sector", "agriculture") })
  }

  @Test(
    "a package told by its fields, or one still being prepared, is not split into documents",
    arguments: [
      "They signed a number of documents on trade, customs and education.",
      "The leaders witnessed the signing of documents on trade, space, health and other areas.",
      "Officials are preparing documents on trade and energy for the upcoming visit.",
    ])
  func notSplit(_ text: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-package.txt")
    let split = x.entityNames("Agreement").filter { $0.hasPrefix("document on") }
    #expect(split.isEmpty, "agreements: \(x.entityNames("Agreement"))")
  }

  @Test(
    "the word 'document' with its subject names a document, and so does a package signed without a count",
    arguments: [
      ("The ministers signed the document on a joint seed bank.", "document on a joint seed bank"),
      ("A document regarding pension rights was signed on Monday.", "document regarding pension rights"),
      ("The presidents signed several agreements on the border.", "several agreements"),
      ("The ministers met to sign a series of agreements.", "series of agreements"),
    ])
  func singleDocument(_ text: String, _ document: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-package.txt")
    #expect(x.entityNames("Agreement").contains(document), "agreements: \(x.entityNames("Agreement"))")
  }

  @Test("a bare 'the document was signed' after no named document adds no document")
  func bareDocument() throws {
    let x = try Fixture.article(
      Self.meeting + "The document was signed in the presence of both leaders.", source: "2024-06-11-package.txt")
    #expect(x.entityNames("Agreement").isEmpty, "agreements: \(x.entityNames("Agreement"))")
  }

  @Test("a count before a group of signers counts the signers, not the documents")
  func countOfSigners() throws {
    let x = try Fixture.article(
      Self.meeting + "The two nations signed memorandums of understanding in the fishing and forestry sectors.",
      source: "2024-06-11-package.txt")
    #expect(!x.entityNames("Agreement").contains { $0.contains("nations") }, "\(x.entityNames("Agreement"))")
  }

  @Test("with a group as the subject, countries after the verb do not sign; a currency code is no country")
  func groupSigners() throws {
    let x = try Fixture.article(
      Self.meeting
        + "The two nations signed memorandums of understanding in the fishing and forestry sectors, including one "
        + "for a US$2 billion sawmill in a port where Japan built a dock.",
      source: "2024-06-11-package.txt")
    let signers = Set(x.relationNames("SIGNED").map(\.0))
    #expect(signers == ["Chile", "Colombia"], "signers: \(signers)")
    #expect(!x.entityNames("Country").contains("United States"), "\(x.entityNames("Country"))")
  }
}
