import BilatExtraction
import Testing

/// Signings told in a subordinate clause or by a joint text issued together. The sentences are
/// the project's own.
@Suite("Signings in clauses and joint texts")
struct SigningClauseTests {
  static let meeting = "President Ruiz of Peru met President Lagos of Chile in Lima on Monday. "

  @Test(
    "the document is signed by both countries",
    arguments: [
      (
        "Peru and Chile deepened their ties by signing a Fisheries Cooperation Agreement.",
        "Fisheries Cooperation Agreement"
      ),
      ("After signing the Andean Transit Protocol, the presidents toured the port.", "Andean Transit Protocol"),
      ("The two sides issued a joint statement on the talks.", "joint statement"),
    ])
  func signed(_ text: String, _ document: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-signing-clauses.txt")
    let signers = Set(x.relationNames("SIGNED").filter { $0.1.hasPrefix(document) }.map(\.0))
    #expect(signers == ["Peru", "Chile"], "\(x.relationNames("SIGNED"))")
  }

  @Test("a statement issued by one side is no signed document")
  func oneSide() throws {
    let x = try Fixture.article(
      Self.meeting + "The Peruvian ministry issued a statement on the talks.", source: "2024-06-11-signing-clauses.txt")
    #expect(x.relationNames("SIGNED").isEmpty, "\(x.relationNames("SIGNED"))")
  }
}

/// A document whose title names its two parties, one of them an organization with "and" in its
/// name, is signed by them. The sentences are the project's own.
@Suite("Parties named in a document's title")
struct TitlePartyTests {
  @Test(
    "both bodies of the title sign",
    arguments: [
      (
        "The sides signed a Memorandum of Understanding between the Ministry of Culture of Peru and the Ministry of Arts and Heritage of Chile on museum exchanges.",
        ["Ministry of Culture of Peru", "Ministry of Arts and Heritage of Chile"]
      )
    ])
  func parties(_ text: String, _ parties: [String]) throws {
    let x = try Fixture.article(SigningClauseTests.meeting + text, source: "2024-06-11-title-parties.txt")
    let signers = Set(x.relationNames("SIGNED").filter { $0.1.hasPrefix("Memorandum") }.map(\.0))
    #expect(signers == Set(parties), "\(x.relationNames("SIGNED"))")
  }
}
