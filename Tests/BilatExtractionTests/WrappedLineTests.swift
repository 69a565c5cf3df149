@testable import BilatExtraction
import Testing

/// Hard-wrapped paragraphs (mailing-list and wire copies broken into lines of about seventy
/// characters) are read as the paragraphs they were. The text is the project's own.
@Suite("Hard-wrapped paragraphs")
struct WrappedLineTests {
  static let wrapped = """
    date 2023-10-12 A series of documents were signed in Riga, following the
    talks between President of Kyrgyzstan Almaz Toktogulov and President of
    Latvia Janis Ozols. The agreements include a memorandum between
    the Government of Latvia and the Cabinet of Ministers of
    Kyrgyzstan on matters of biological security.

    Latvia Hosts Kyrgyz Leader
    """

  @Test(
    "the names of a hard-wrapped paragraph are found whole",
    arguments: [
      ("Person", "Almaz Toktogulov"), ("Person", "Janis Ozols"), ("Organization", "Cabinet of Ministers of Kyrgyzstan"),
    ])
  func wrappedNames(_ label: String, _ name: String) throws {
    let x = try Fixture.article(WrappedLineTests.wrapped, source: "2023-10-12-wrapped.txt")
    #expect(x.entityNames(label).contains(name), "\(x.entityNames(label))")
    #expect(x.relationNames("MET_WITH").count == 1, "\(x.relationNames("MET_WITH"))")
  }

  @Test(
    "a line runs on when it ends in a comma or a word that ends no sentence, or the next goes on in lower case",
    arguments: [
      ("the talks were held between the two presidents of", "Latvia and Kyrgyzstan.", true),
      ("the talks were held between the two presidents,", "Janis Ozols said.", true),
      ("the talks were held between the two presidents", "on Monday in Riga.", true),
      ("Latvia and Kyrgyzstan sign a security memorandum", "Riga, 12 October 2023", false),
      ("Presidents Ozols and Toktogulov met in Riga.", "they signed a memorandum.", false),
      ("Latvia Hosts Kyrgyz Leader", "the talks were held between the two presidents", false),
      ("the two presidents signed a memorandum, according to", "Related news", false),
    ])
  func runsOn(_ first: String, _ second: String, _ joined: Bool) {
    let u = Array((first + "\n" + second).utf16)
    let a = 0..<first.utf16.count
    let b = (first.utf16.count + 1)..<u.count
    #expect(LineClassifier.runsOn(u, a, b) == joined)
  }
}
