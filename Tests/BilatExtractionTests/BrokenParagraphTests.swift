import BilatExtraction
import Testing

/// Copied pages break paragraphs where a writer would not: a hard line break inside a sentence, a
/// lead that lost its final period, a numbered paragraph cut off at the end of the copy, a table
/// cell's bar after the text. The words before such a break are body text; menus, captions-only
/// headers and link lists stay clutter.
@Suite("Broken paragraphs")
struct BrokenParagraphTests {
  /// The sentences read as body, as written.
  static func body(_ text: String) throws -> [String] {
    try Fixture.article(text).sentences.map(\.text)
  }

  @Test(
    "a hard line break inside the lead: the words before it are read",
    arguments: [
      "Prime Minister.",  // a few words that end the sentence
      "prime minister in March, and the two sides agreed to meet again.",  // a lower-case continuation
    ])
  func hardBreakInLead(_ rest: String) throws {
    let text = """
      Pacific News Service

      LIMA, June 14 - President Marta Lindqvist welcomed Jaan Oras, Prime Minister of Estonia, in Lima for his first official visit since becoming

      \(rest)

      The two leaders discussed trade and renewable energy.
      """
    let x = try Fixture.article(text)
    #expect(x.sentences.contains { $0.text.hasPrefix("President Marta Lindqvist welcomed Jaan Oras") })
    #expect(x.meetingPairs() == [["Jaan Oras", "Marta Lindqvist"]])
    #expect(x.meetingProperty("place") == "Lima")
  }

  @Test("a lead after a dateline that lost its final period is read")
  func datelineLeadWithoutPeriod() throws {
    let text = """
      ESTONIA, April 18 - Minister of Economy of Estonia Jaan Oras received the Board Chairman of the Uruguayan company Rambla Energy, Marta Lindqvist, in Tallinn

      During the meeting, the sides discussed solar power projects in Estonia.
      """
    let x = try Fixture.article(text)
    #expect(x.sentences.first?.text.hasPrefix("Minister of Economy of Estonia Jaan Oras received") == true)
    #expect(x.meetingPairs() == [["Jaan Oras", "Marta Lindqvist"]])
  }

  @Test("a long line that stops at a comma is read")
  func lineEndingInComma() throws {
    let text = """
      President Marta Lindqvist of Uruguay held talks with Prime Minister Jaan Oras of Estonia in Montevideo.

      Questions of deepening cooperation in trade, energy and agriculture were discussed during talks with members of both governments and business leaders of the two countries,

      - Our relations rest on friendship and trust.
      """
    let body = try Self.body(text)
    #expect(body.contains { $0.hasPrefix("Questions of deepening cooperation in trade") })
  }

  @Test(
    "the last numbered paragraph of a copy cut off in mid-sentence is read",
    arguments: ["3. ", "(3) ", "3) "])
  func numberedLastParagraph(_ number: String) throws {
    let text = """
      1. President Marta Lindqvist of Uruguay held talks with Prime Minister Jaan Oras of Estonia in Montevideo.

      2. Both leaders noted the growth of trade between Uruguay and Estonia.

      \(number)Both presidents agreed to cooperate on the construction of the Rivera wind power plant and on a memorandum on vocational train
      """
    let x = try Fixture.article(text)
    #expect(x.sentences.contains { $0.text.contains("Both presidents agreed to cooperate") })
    #expect(x.entityNames("Facility").contains("Rivera wind power plant"))
  }

  @Test("a paragraph followed by a table cell's bar ends like a sentence")
  func tableCellBar() throws {
    let text = """
      Uruguay and Estonia agreed today to expedite talks on a free trade agreement.
      |
      The talks were held between President Marta Lindqvist and Prime Minister Jaan Oras in Montevideo. |
      |
      They also agreed to double bilateral trade by 2030 and to open direct flights between the capitals. |
      """
    let x = try Fixture.article(text)
    #expect(x.sentences.count == 3)
    #expect(x.meetingPairs() == [["Jaan Oras", "Marta Lindqvist"]])
  }

  @Test("a dated dateline after a caption is the story's dateline: its city places the talks")
  func datelineAfterCaption() throws {
    let text = """
      Estonian Prime Minister Jaan Oras, right, met Uruguay's President Marta Lindqvist earlier this year.

      MONTEVIDEO, Uruguay, May 16, 2014 (Wire) – The leaders of Uruguay and Estonia have declared their talks a success.

      President Marta Lindqvist held talks with Prime Minister Jaan Oras on trade and renewable energy.
      """
    let x = try Fixture.article(text)
    #expect(x.article.datelineCity == "Montevideo")
    #expect(x.sentences.contains { $0.text.hasPrefix("The leaders of Uruguay and Estonia") })
    #expect(x.meetingProperty("place") == "Montevideo")
  }

  @Test("an undated name and a dash opening a later paragraph is no dateline")
  func undatedLaterParagraph() throws {
    let text = """
      President Marta Lindqvist of Uruguay held talks with Prime Minister Jaan Oras of Estonia in Montevideo.

      Lindqvist, Oras – the two leaders have met four times since 2012.
      """
    let x = try Fixture.article(text)
    #expect(x.article.datelineCity == nil)
  }

  @Test(
    "headlines, menus and captions without a final period stay out of the body",
    arguments: [
      "Home | News | Politics | Economy | Culture | Sport | World | Opinion | Video | Photo | Contacts",
      "Uruguay and Estonia Deepen Ties as Leaders Meet in Montevideo for First Official Bilateral Summit Talks",
    ])
  func clutterStaysOut(_ line: String) throws {
    let text = """
      \(line)

      President Marta Lindqvist of Uruguay held talks with Prime Minister Jaan Oras of Estonia in Montevideo.
      """
    let body = try Self.body(text)
    #expect(
      body == [
        "President Marta Lindqvist of Uruguay held talks with Prime Minister Jaan Oras of Estonia in Montevideo."
      ])
  }
}
