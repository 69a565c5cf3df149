import BilatExtraction
import Testing

/// Signed documents told by their number, and documents referred back to by a bare definite
/// head ("the agreement"). The sentences are the project's own.
@Suite("Counted and referred-back documents")
struct DocumentReferenceTests {
  struct CountCase: CustomTestStringConvertible, Sendable {
    var text: String
    var document: String
    var signers: Set<String>
    var testDescription: String { document }
  }

  static let countCases: [CountCase] = [
    CountCase(
      text: "Peru and Vietnam signed 12 cooperation documents during the visit to Lima.",
      document: "12 cooperation documents", signers: ["Peru", "Vietnam"]),
    CountCase(
      text: "Ghana has signed five MoUs with Morocco on fertilizer supply and fisheries.",
      document: "five MoUs", signers: ["Ghana", "Morocco"]),
    CountCase(
      text: "The presidents of Chile and South Korea witnessed the signing of nine bilateral instruments.",
      document: "nine bilateral instruments", signers: ["Chile", "South Korea"]),
  ]

  @Test("a package of signed documents is named by its count and signed by both parties", arguments: countCases)
  func countedDocuments(_ c: CountCase) throws {
    let x = try Fixture.article(c.text, source: "2023-11-14-package.txt")
    #expect(x.entityNames("Agreement").contains(c.document), "agreements: \(x.entityNames("Agreement"))")
    let signers = Set(x.relationNames("SIGNED").filter { $0.1 == c.document }.map(\.0))
    #expect(signers == c.signers, "SIGNED: \(x.relationNames("SIGNED"))")
  }

  // "Several agreements were signed" names a package since session 7: the blind annotators of
  // the real sets list such packages as documents (see DocumentPackageTests).
  @Test(
    "a vague count or a year names no package",
    arguments: [
      "More than a dozen documents were signed by Tunisia and Italy in Rome.",
      "In 2019 agreements were signed by Qatar and Oman on shipping.",
    ])
  func vagueCounts(_ text: String) throws {
    let x = try Fixture.article(text, source: "2020-02-07-vague.txt")
    let named = x.entityNames("Agreement").filter { $0.split(separator: " ").count > 1 }
    #expect(named.isEmpty, "agreements: \(x.entityNames("Agreement"))")
  }

  struct ReferenceCase: CustomTestStringConvertible, Sendable {
    var text: String
    var document: String
    var testDescription: String { document }
  }

  static let referenceCases: [ReferenceCase] = [
    ReferenceCase(
      text:
        "Egypt and Saudi Arabia signed an agreement on power grid interconnection on Monday. The agreement was signed by the two energy ministers in Cairo.",
      document: "agreement on power grid interconnection"),
    ReferenceCase(
      text:
        "Vietnam and Laos signed a contract for the supply of electricity on Friday. The contract was signed in Vientiane.",
      document: "contract for the supply of electricity"),
    ReferenceCase(
      text:
        "Poland and South Korea signed a Memorandum of Understanding on defence industry cooperation. This memorandum was signed at the ministry.",
      document: "Memorandum of Understanding on defence industry cooperation"),
  ]

  @Test("'the agreement' after a named document is that document, not a new one", arguments: referenceCases)
  func referredBack(_ c: ReferenceCase) throws {
    let x = try Fixture.article(c.text, source: "2024-02-19-reference.txt")
    #expect(x.entityNames("Agreement") == [c.document])
    let documents = Set(x.relationNames("SIGNED").map(\.1))
    #expect(documents == [c.document])
  }

  @Test(
    "three countries that sign together each agree with the other two",
    arguments: [
      ("Ethiopia, Djibouti and Kenya signed an agreement on a power line.", ["Ethiopia", "Djibouti", "Kenya"]),
      ("Argentina, Bolivia and Chile signed a memorandum on lithium research.", ["Argentina", "Bolivia", "Chile"]),
    ])
  func trilateral(_ text: String, _ countries: [String]) throws {
    let x = try Fixture.article(text, source: "2024-03-14-trilateral.txt")
    let pairs = Set(x.relationNames("AGREED").map { Set([$0.0, $0.1]) })
    #expect(pairs == [[countries[0], countries[1]], [countries[0], countries[2]], [countries[1], countries[2]]])
  }

  @Test(
    "'construction of the plant' after a named undertaking is that undertaking",
    arguments: [
      (
        "Egypt and Russia agreed on the construction of a desalination plant in Alamein. The construction of the plant starts in May.",
        "construction of a desalination plant"
      ),
      (
        "Kenya and Qatar discussed the expansion of the Lamu port. The expansion of the port will take two years.",
        "expansion of the Lamu port"
      ),
    ])
  func projectReferredBack(_ text: String, _ project: String) throws {
    let x = try Fixture.article(text, source: "2024-02-19-project.txt")
    let projects = x.entityNames("Project")
    #expect(projects.contains { $0.hasPrefix(project) }, "projects: \(projects)")
    #expect(!projects.contains { $0.hasSuffix(" of the plant") || $0.hasSuffix(" of the port") }, "projects: \(projects)")
  }

  @Test("a first bare mention with nothing before it stays a document of its own")
  func firstBareMention() throws {
    let x = try Fixture.article(
      "A protocol was signed between Armenia and Georgia on border crossings.", source: "2024-01-11-protocol.txt")
    #expect(!x.entityNames("Agreement").isEmpty)
  }
}
