@testable import BilatExtraction
import Testing

/// Documents told by their kind before the link to their subject (session 18): a lower-case
/// "memorandum of understanding on ..." with an article, whatever the verb; "a deal on ..." and
/// "a pact between ..." in a signing sentence; and a three- or four-word line with a signing word
/// and a colon that introduces a list of signed documents. The sentences are the project's own.
@Suite("Documents by their kind and link; short introductions of signed lists")
struct LinkedDocumentTests {
  static let meeting = "President Mensah of Ghana met President Quispe of Peru in Accra on Tuesday."

  static func extract(_ text: String) throws -> Extraction {
    try Fixture.article([meeting, text].joined(separator: " "), source: "2019-03-05-linked-documents.txt")
  }

  /// Each case: the text, its one document, and who signs it (nobody when no signing is told).
  static let documents: [(String, String, Set<String>)] = [
    (
      "Officials also presented a memorandum of understanding on consular staff exchanges.",
      "memorandum of understanding on consular staff exchanges", []
    ),
    (
      "The talks produced a memorandum of understanding between the two fishery agencies.",
      "memorandum of understanding between the two fishery agencies", []
    ),
    ("Ghana and Peru signed a deal on cocoa research.", "deal on cocoa research", ["Ghana", "Peru"]),
    ("Ghana and Peru signed a pact on cooperation in tourism.", "pact on cooperation in tourism", ["Ghana", "Peru"]),
  ]

  @Test(
    "a memorandum of understanding with an article, a signed deal or pact with a link: one document",
    arguments: documents)
  func linked(_ text: String, _ document: String, _ signers: Set<String>) throws {
    let x = try Self.extract(text)
    #expect(x.entityNames("Agreement") == [document], "\(x.entityNames("Agreement"))")
    #expect(SignedDocumentShapeTests.signers(x, document) == signers, "\(x.relationNames("SIGNED"))")
  }

  @Test(
    "a deal reached, a deal not signed or a quantity is no document",
    arguments: [
      "Ghana and Peru reached a deal on cocoa prices.",
      "Ghana and Peru discussed a deal on cocoa research.",
      "Ghana and Peru signed a customs protocol, a great deal on paper.",
    ])
  func notLoose(_ text: String) throws {
    let x = try Self.extract(text)
    #expect(!x.entityNames("Agreement").contains { $0.hasPrefix("deal") }, "\(x.entityNames("Agreement"))")
  }

  @Test("a short line with a signing word and a colon introduces a list of signed documents")
  func shortIntroduction() throws {
    let text =
      "\n\nDocuments signed today:\n- a memorandum of understanding on consular staff exchanges;\n"
      + "- an agreement on the joint training of border guards.\n"
    let x = try Self.extract(text)
    let documents = [
      "memorandum of understanding on consular staff exchanges",
      "agreement on the joint training of border guards",
    ]
    #expect(x.entityNames("Agreement") == Set(documents), "\(x.entityNames("Agreement"))")
    for d in documents {
      #expect(SignedDocumentShapeTests.signers(x, d) == ["Ghana", "Peru"], "\(x.relationNames("SIGNED"))")
    }
  }

  @Test("a short line with a colon and no signing word introduces no signed list")
  func shortIntroductionWithoutSigning() throws {
    let text =
      "\n\nDocuments discussed today:\n- a memorandum of understanding on consular staff exchanges;\n"
    let x = try Self.extract(text)
    #expect(x.relationNames("SIGNED").isEmpty, "\(x.relationNames("SIGNED"))")
  }

  @Test(
    "a lower-case program or plan that runs for a span of years is a document",
    arguments: [
      (
        "The ministers reviewed progress under the cooperation program for 2031-2034, and regional security.",
        "cooperation program for 2031-2034", Set<String>()
      ),
      (
        "Ghana and Peru signed a plan on joint fisheries work for 2030-2032.",
        "plan on joint fisheries work for 2030-2032", Set(["Ghana", "Peru"])
      ),
    ])
  func yearSpanned(_ text: String, _ document: String, _ signers: Set<String>) throws {
    let x = try Self.extract(text)
    #expect(x.entityNames("Agreement") == [document], "\(x.entityNames("Agreement"))")
    #expect(SignedDocumentShapeTests.signers(x, document) == signers, "\(x.relationNames("SIGNED"))")
    #expect(x.relationNames("AGREED").map { [$0.0, $0.1] } == [["Ghana", "Peru"]], "\(x.relationNames("AGREED"))")
  }

  @Test(
    "a program or plan without a span of years is no document",
    arguments: [
      "The ministers discussed a plan to forge closer ties in 2026.",
      "The ministers discussed the cooperation program for 2026.",
    ])
  func notYearSpanned(_ text: String) throws {
    #expect(try Self.extract(text).entityNames("Agreement").isEmpty)
  }
}
