import BilatExtraction
import Testing

/// Documents named by their lower-case kind as the object of a signing. The sentences are the
/// project's own.
@Suite("Documents named by their kind when signed")
struct SignedObjectTests {
  static let meeting = "President Ruiz of Peru met President Lagos of Chile in Lima on Monday. "

  @Test(
    "a signed object named by its kind is an Agreement signed by both countries",
    arguments: [
      ("The two presidents signed a fisheries agreement.", "fisheries agreement"),
      ("Peru and Chile inked a civil aviation pact.", "civil aviation pact"),
      ("The talks ended with the signing of bilateral documents.", "bilateral documents"),
      ("Chile concluded a new tax treaty with Peru.", "new tax treaty"),
      ("Both governments signed a border security agreement to fight smuggling.", "border security agreement"),
    ])
  func signed(_ text: String, _ document: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-signed-objects.txt")
    #expect(x.entityNames("Agreement").contains(document), "\(x.entityNames("Agreement"))")
    let signers = Set(x.relationNames("SIGNED").filter { $0.1 == document }.map(\.0))
    #expect(signers == ["Peru", "Chile"], "\(x.relationNames("SIGNED"))")
  }

  @Test(
    "a kind word that is not a signed document's object names none",
    arguments: [
      "The two presidents discussed a good deal of issues.",
      "The two presidents signed agreements.",
      "They hope to sign a fisheries agreement next year.",
    ])
  func notSigned(_ text: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-signed-objects.txt")
    #expect(!x.entityNames("Agreement").contains { $0.hasSuffix("deal") || $0.hasSuffix("fisheries agreement") })
    #expect(x.relationNames("SIGNED").isEmpty, "\(x.relationNames("SIGNED"))")
  }

  @Test("a date after the document is not in its name")
  func dateAfter() throws {
    let x = try Fixture.article(
      Self.meeting + "Peru and Chile signed an investment agreement on October 27.",
      source: "2024-06-11-signed-objects.txt")
    #expect(x.entityNames("Agreement") == ["investment agreement"])
  }
}

/// A document's subject told as a list keeps the whole list in its title. The sentences are the
/// project's own.
@Suite("Document titles with a list of subjects")
struct TitleListTests {
  @Test(
    "the list up to its last conjunct is in the title; a clause after a comma is not",
    arguments: [
      (
        "Peru and Chile signed a memorandum on extradition, legal assistance and prisoner transfer.",
        "memorandum on extradition, legal assistance and prisoner transfer"
      ),
      ("Peru and Chile signed a memorandum on extradition, the ministry said.", "memorandum on extradition"),
    ])
  func title(_ text: String, _ document: String) throws {
    let x = try Fixture.article(SignedObjectTests.meeting + text, source: "2024-06-11-title-lists.txt")
    #expect(x.entityNames("Agreement").contains(document), "\(x.entityNames("Agreement"))")
  }
}

/// Documents mentioned by their lower-case kind outside a signing: entities, but no party is
/// said to have signed or agreed them. The sentences are the project's own.
@Suite("Documents mentioned by their kind")
struct MentionedDocumentTests {
  static let meeting = "President Ruiz of Peru met President Lagos of Chile in Lima on Monday. "

  @Test(
    "a determiner and a kind word name a document that binds no party",
    arguments: [
      ("The two presidents reviewed progress on a double tax agreement.", "double tax agreement"),
      ("Lagos stressed the need for a detailed commercial agreement.", "detailed commercial agreement"),
      ("Both sides praised the preferential trade agreement.", "preferential trade agreement"),
      ("Ruiz called for an investment deal by the end of the year.", "investment deal"),
    ])
  func mentioned(_ text: String, _ document: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-mentioned-documents.txt")
    #expect(x.entityNames("Agreement") == [document])
    #expect(x.relationNames("SIGNED").isEmpty, "\(x.relationNames("SIGNED"))")
    #expect(x.relationNames("AGREED").isEmpty, "\(x.relationNames("AGREED"))")
  }

  @Test(
    "a kind word that ranks the document, a loose head or a title after the head names none",
    arguments: [
      "The two presidents praised the new agreement.",
      "The two presidents discussed a good deal of issues.",
      "The two presidents reviewed a cooperation agreement on fisheries with experts.",
    ])
  func notMentioned(_ text: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-mentioned-documents.txt")
    #expect(
      !x.entityNames("Agreement").contains {
        $0.hasSuffix("new agreement") || $0.hasSuffix("deal") || $0 == "cooperation agreement"
      })
  }
}
