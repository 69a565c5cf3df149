import BilatExtraction
import Testing

/// Signers named after a passive signing ("... was signed between X and Y"), a passive with an
/// adverb ("was also signed"), and verbs of signing other than "sign" ("exchanged the instruments
/// of ratification of", "formalized"). The sentences are the project's own.
@Suite("Signers named after 'signed between', and other verbs of signing")
struct SigningPartyTests {
  static let meeting = "President Boric of Chile met President Arce of Bolivia in La Paz on Monday. "
  static let source = "2024-03-11-signing-parties.txt"

  @Test(
    "the organizations named after 'signed between' sign the document",
    arguments: [
      (
        "A protocol of intentions was signed between the Ministry of Education of Chile and the University of San Andres.",
        "protocol of intentions", ["Ministry of Education of Chile", "University of San Andres"]
      ),
      (
        "A cooperation agreement was also signed between the Ministry of Mining of Chile and the Bolivian Ministry of Energy.",
        "cooperation agreement", ["Ministry of Mining of Chile", "Ministry of Energy"]
      ),
    ])
  func namedSigners(_ text: String, _ document: String, _ signers: [String]) throws {
    let x = try Fixture.article(Self.meeting + text, source: Self.source)
    let signed = x.relationNames("SIGNED").filter { $0.1 == document }.map(\.0)
    #expect(Set(signed) == Set(signers), "\(x.relationNames("SIGNED"))")
  }

  @Test("signers not named after 'between' leave the document to the article's two countries")
  func unnamedSigners() throws {
    let x = try Fixture.article(
      Self.meeting + "A protocol on customs cooperation was signed between the two countries.", source: Self.source)
    let signed = x.relationNames("SIGNED").filter { $0.1 == "protocol on customs cooperation" }.map(\.0)
    #expect(Set(signed) == ["Chile", "Bolivia"], "\(x.relationNames("SIGNED"))")
  }

  @Test(
    "a verb of signing other than 'sign' signs the document after it",
    arguments: [
      ("Chile and Bolivia exchanged the instruments of ratification of the Border Treaty.", "Border Treaty"),
      (
        "Bolivia formalized a memorandum of understanding on lithium with Chile.",
        "memorandum of understanding on lithium"
      ),
    ])
  func otherSigningVerbs(_ text: String, _ document: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: Self.source)
    let signed = x.relationNames("SIGNED").filter { $0.1 == document }.map(\.0)
    #expect(Set(signed) == ["Chile", "Bolivia"], "\(x.relationNames("SIGNED"))")
  }

  @Test("exchanging views is no signing")
  func exchangedViews() throws {
    let x = try Fixture.article(
      Self.meeting + "The two presidents exchanged views on trade and energy.", source: Self.source)
    #expect(x.relationNames("SIGNED").isEmpty && x.relationNames("AGREED").isEmpty)
  }

  @Test("a headline's present tense signs the document; an intention does not")
  func presentTense() throws {
    let signed = try Fixture.article("Chile, Bolivia sign memorandum on lithium in La Paz.", source: Self.source)
    #expect(
      Set(signed.relationNames("SIGNED").map(\.0)) == ["Chile", "Bolivia"], "\(signed.relationNames("SIGNED"))")
    for text in [
      "Chile and Bolivia agreed to sign a memorandum on lithium.",
      "Chile and Bolivia will sign a memorandum on lithium.",
      "A plan will be drawn up after the two presidents sign the memorandum on lithium.",
    ] {
      let x = try Fixture.article(text, source: Self.source)
      #expect(x.relationNames("SIGNED").isEmpty, "\(text): \(x.relationNames("SIGNED"))")
    }
  }
}
