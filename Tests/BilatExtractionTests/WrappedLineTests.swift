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
    let (u, a, b) = WrappedLineTests.twoLines(first, second)
    #expect(LineClassifier.runsOn(u, a, b) == joined)
  }

  /// The text of two lines and each line's range in it.
  static func twoLines(_ first: String, _ second: String) -> ([UInt16], Range<Int>, Range<Int>) {
    let u = Array((first + "\n" + second).utf16)
    return (u, 0..<first.utf16.count, (first.utf16.count + 1)..<u.count)
  }

  /// A copy wrapped at 60 characters whose break falls before a capital ("... the Mongolian" /
  /// "President Batbold Ganzorig. ..."), which no run-on word or lower-case start tells.
  static let wrappedBeforeCapital = """
    date 2011-08-24 Vietnamese President Tran Van Minh ended a three-day tour of
    Mongolia with a stop at the copper mines of the Gobi. His
    hosts showed him a new rail spur and a solar park that
    Vietnamese engineers helped to design last year. The tour
    began with a dinner in Ulaanbaatar offered by the Mongolian
    President Batbold Ganzorig. Both sides said the rail spur
    should carry its first cargo before the end of the next
    winter season.

    Vietnam's president tours the Gobi
    """

  @Test("a line filled to the wrap width runs on before a capital")
  func filledLineRunsOn() throws {
    let x = try Fixture.article(WrappedLineTests.wrappedBeforeCapital, source: "2011-08-24-wrapped.txt")
    let president = try #require(x.person("Batbold Ganzorig"), "\(x.entityNames("Person"))")
    #expect(president.properties["title"]?.stringValue == "President")
    #expect(president.properties["country"]?.stringValue == "Mongolia")
  }

  /// A justified copy whose lines end between 75 and 89 characters: a break before a capital
  /// ("... by H.E President" / "Tomas IBARRA, ...") in a line a few characters short of the width.
  static let justified = """
    date 2007-04-02 Invited by her Chilean colleague, the Peruvian Minister for External
    Relations, Ana Costa, spent a working day in Santiago on 2 April 2007 with a team
    of advisers. On arrival Minister Costa was welcomed warmly by H.E President
    Tomas IBARRA, President of the Republic of Chile, at the palace. The two sides then
    went over the ties between their countries and questions of the region, and said that
    their governments would open new consulates in the border regions of both countries soon.
    """

  @Test("a justified copy's line a few characters short of the width runs on before a capital")
  func justifiedLineRunsOn() throws {
    let x = try Fixture.article(WrappedLineTests.justified, source: "2007-04-02-justified.txt")
    #expect(x.meetingPairs() == [["Ana Costa", "Tomas IBARRA"]], "meetings: \(x.relationNames("MET_WITH"))")
  }

  @Test(
    "a line is full when the next line's first word would not fit in the width",
    arguments: [
      ("the tour began with a dinner in Ulaanbaatar offered by the Mongolian", "President Batbold Ganzorig.", true),
      ("the tour began with a dinner", "President Batbold Ganzorig.", false),
      // a headline line above a dated line: neither ends a sentence nor is full
      ("Vietnam's president tours the copper mines and solar parks of the Gobi", "Ulaanbaatar, 24 August", false),
    ])
  func fillsWidth(_ first: String, _ second: String, _ joined: Bool) {
    let (u, a, b) = WrappedLineTests.twoLines(first, second)
    #expect(LineClassifier.fillsWidth(u, a, b, after: nil, width: 70) == joined)
  }
}
