@testable import BilatExtraction
import Testing

/// Documents as real pages write them (session 16): a package told by the fields it covers, a
/// document of a kind the story only compares with ("such agreements"), bodies named as the
/// parties of a document's title, and the members of a package listed by a verb other than
/// "include". The sentences are the project's own.
@Suite("Signed documents: packages by field, compared kinds, bodies in titles")
struct SignedDocumentShapeTests {
  static let meeting = "President Santos of Colombia met President Noboa of Ecuador in Quito on Monday. "
  static let source = "2024-06-03-signed-document-shapes.txt"

  static func extract(_ text: String) throws -> Extraction {
    try Fixture.article(Self.meeting + text, source: Self.source)
  }

  static func signers(_ x: Extraction, _ document: String) -> Set<String> {
    Set(x.relationNames("SIGNED").filter { $0.1 == document }.map(\.0))
  }

  @Test("fields named before their list make one package with several sectors")
  func fieldsFirst() throws {
    let x = try Self.extract("Colombia and Ecuador signed trade deals in the areas of fisheries, health and tourism.")
    let deal = "trade deals in the areas of fisheries, health and tourism"
    #expect(x.entityNames("Agreement") == [deal], "\(x.entityNames("Agreement"))")
    #expect(Self.signers(x, deal) == ["Colombia", "Ecuador"], "\(x.relationNames("SIGNED"))")
    let sectors = Set(x.relationNames("IN_SECTOR").filter { $0.0 == deal }.map(\.1))
    #expect(sectors == ["trade", "agriculture", "health", "tourism"], "\(sectors)")
  }

  @Test(
    "as many fields as counted documents make one document each, after a purpose too",
    arguments: [
      "Colombia and Ecuador signed three agreements in the areas of fisheries, health and tourism.",
      "Colombia and Ecuador signed three agreements to boost scientific cooperation in the areas of fisheries, "
        + "health and tourism.",
      "Colombia and Ecuador signed three agreements to promote cooperation in fisheries, health and tourism.",
    ])
  func countedFields(_ text: String) throws {
    let x = try Self.extract(text)
    let documents = Set(x.entityNames("Agreement"))
    #expect(documents.count == 3, "\(documents)")
    for field in ["fisheries", "health", "tourism"] {
      #expect(documents.contains { $0.hasPrefix("agreement ") && $0.hasSuffix(" " + field) }, "\(documents)")
    }
    #expect(!documents.contains { $0.hasPrefix("three") }, "\(documents)")
  }

  @Test("memorandums written with an apostrophe ('MOU's on A, B and C') are one document each")
  func apostrophePlural() throws {
    let x = try Self.extract("Both envoys were present at the signing of MOU's on fisheries, mining and culture.")
    #expect(
      Set(x.entityNames("Agreement")) == ["MOU on fisheries", "MOU on mining", "MOU on culture"],
      "\(x.entityNames("Agreement"))")
  }

  @Test("more documents counted than fields keep the package whole")
  func countedPackage() throws {
    let x = try Self.extract(
      "Colombia and Ecuador signed six agreements to boost cooperation in the areas of fisheries, health and tourism.")
    #expect(x.entityNames("Agreement").count == 1, "\(x.entityNames("Agreement"))")
  }

  @Test("a sum before a document's kind is part of its name, and both sides sign it")
  func valuedDocument() throws {
    let x = try Self.extract("Colombia and Ecuador yesterday signed a US$500 million defense deal.")
    let deal = "US$500 million defense deal"
    #expect(x.entityNames("Agreement") == [deal], "\(x.entityNames("Agreement"))")
    #expect(Self.signers(x, deal) == ["Colombia", "Ecuador"], "\(x.relationNames("SIGNED"))")
  }

  @Test(
    "a document mentioned by its kind before an adverb or a participle is a document nobody signs here",
    arguments: [
      ("The presidents stressed the value of concluding the free trade agreement soon.", "free trade agreement"),
      ("A security pact struck with Peru in 2019 worried Quito.", "security pact"),
    ])
  func mentionBeforeAdverb(_ text: String, _ document: String) throws {
    let x = try Self.extract(text)
    #expect(x.entityNames("Agreement") == [document], "\(x.entityNames("Agreement"))")
    #expect(x.relationNames("SIGNED").isEmpty, "\(x.relationNames("SIGNED"))")
  }

  @Test(
    "a document's kind named by two joined modifiers, or by a hyphenated one, is one document",
    arguments: [
      (
        "Colombia and Ecuador signed a friendship and cooperation treaty in Quito.", "friendship and cooperation treaty"
      ),
      ("Colombia and Ecuador signed oil and gas agreements on Monday.", "oil and gas agreements"),
      ("Colombia renewed its ties with Ecuador with a co-operation deal signed in Quito.", "co-operation deal"),
    ])
  func joinedModifiers(_ text: String, _ document: String) throws {
    let x = try Self.extract(text)
    #expect(x.entityNames("Agreement") == [document], "\(x.entityNames("Agreement"))")
  }

  @Test("a title in quotes after a capitalized head is the document's title, and its parties sign it")
  func quotedTitle() throws {
    let x = try Self.extract(
      "The ministers then inked a Treaty “between Colombia and Ecuador on mutual help in fisheries inspection.”")
    let title = "Treaty between Colombia and Ecuador on mutual help in fisheries inspection"
    #expect(x.entityNames("Agreement") == [title], "\(x.entityNames("Agreement"))")
    #expect(Self.signers(x, title) == ["Colombia", "Ecuador"], "\(x.relationNames("SIGNED"))")
  }

  @Test("fields named after their list still make one document each")
  func fieldsAfter() throws {
    let x = try Self.extract(
      "Colombia and Ecuador signed memorandums of understanding in the fisheries and tourism sectors.")
    #expect(
      x.entityNames("Agreement") == [
        "memorandum of understanding in the fisheries sector", "memorandum of understanding in the tourism sector",
      ], "\(x.entityNames("Agreement"))")
  }

  @Test(
    "a document of a kind the story only compares with is no document and nobody signs it",
    arguments: [
      "Ecuador has signed such fisheries agreements with Peru, Bolivia and Chile.",
      "Colombia signed similar accords with Panama and Peru last year.",
    ])
  func compared(_ text: String) throws {
    let x = try Self.extract(text)
    #expect(x.entityNames("Agreement").isEmpty, "\(x.entityNames("Agreement"))")
    #expect(x.relationNames("SIGNED").isEmpty, "\(x.relationNames("SIGNED"))")
  }

  @Test(
    "the bodies a title names after 'between' sign it, not the countries",
    arguments: [
      (
        "A memorandum between the Fisheries Agency under the Government of Colombia and the Maritime Institute of Ecuador was signed.",
        "memorandum between the Fisheries Agency under the Government of Colombia and the Maritime Institute of Ecuador",
        ["Fisheries Agency", "Maritime Institute of Ecuador"]
      ),
      (
        "Colombia and Ecuador also signed an agreement between Andes Copper and Pacifico Mining on a smelter.",
        "agreement between Andes Copper and Pacifico Mining on a smelter", ["Andes Copper", "Pacifico Mining"]
      ),
      (
        "An agreement between the Government of Colombia and the Government of Ecuador on visas was signed.",
        "agreement between the Government of Colombia and the Government of Ecuador on visas", ["Colombia", "Ecuador"]
      ),
    ])
  func bodiesInTitle(_ text: String, _ document: String, _ expected: [String]) throws {
    let x = try Self.extract(text)
    #expect(Self.signers(x, document) == Set(expected), "\(x.relationNames("SIGNED"))")
  }

  @Test("a body's whole name in a title is another name of the organization found at its start")
  func bodyAlias() throws {
    let x = try Self.extract(
      "A memorandum between the Fisheries Agency under the Government of Colombia and the Maritime Institute of Ecuador was signed."
    )
    let agency = x.entities("Organization").first { $0.name == "Fisheries Agency" }
    #expect(
      agency?.aliases.contains("Fisheries Agency under the Government of Colombia") == true,
      "\(String(describing: agency))")
  }

  @Test("people after 'between' in a long title are no bodies: the countries sign")
  func peopleInTitle() throws {
    let x = try Self.extract(
      "Colombia and Ecuador signed a joint declaration following talks between President Santos and President Noboa.")
    #expect(Self.signers(x, "joint declaration") == ["Colombia", "Ecuador"], "\(x.relationNames("SIGNED"))")
    #expect(x.entityNames("Organization").isEmpty, "\(x.entityNames("Organization"))")
  }

  @Test(
    "the members of a package listed by 'envisage' or 'cover' are signed by the package's signers",
    arguments: ["They envisage", "They cover"])
  func listedMembers(_ verb: String) throws {
    let x = try Self.extract(
      "Colombia and Ecuador signed five documents. \(verb) an agreement on fisheries and a memorandum on tourism.")
    #expect(Self.signers(x, "agreement on fisheries") == ["Colombia", "Ecuador"], "\(x.relationNames("SIGNED"))")
    #expect(Self.signers(x, "memorandum on tourism") == ["Colombia", "Ecuador"], "\(x.relationNames("SIGNED"))")
    // the package is the sum of the documents named: no document of its own
    #expect(
      x.entityNames("Agreement") == ["agreement on fisheries", "memorandum on tourism"], "\(x.entityNames("Agreement"))"
    )
  }

  @Test("a package whose documents are not named stays one document, signed by both sides")
  func unnamedMembers() throws {
    let x = try Self.extract("Colombia and Ecuador signed five documents. The presidents then met the press.")
    #expect(x.entityNames("Agreement") == ["five documents"], "\(x.entityNames("Agreement"))")
    #expect(Self.signers(x, "five documents") == ["Colombia", "Ecuador"], "\(x.relationNames("SIGNED"))")
  }

  @Test(
    "a package's name is a plural document head after a count or describing words",
    arguments: [
      ("six agreements", true), ("several memoranda of understanding", true), ("20 intergovernmental documents", true),
      ("agreement on fisheries", false), ("agreements to build a port", false),
    ])
  func packageName(_ name: String, _ expected: Bool) {
    #expect(ExtractionState.isPackageName(name) == expected)
  }
}
