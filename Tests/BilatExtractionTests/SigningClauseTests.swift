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
      ("Peru and Chile deepened their ties by signing a Fisheries Cooperation Agreement.", "Fisheries Cooperation Agreement"),
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
