import BilatExtraction
import Testing

/// A saved page's masthead shows the day it was read above the headline; the story's own date
/// comes after the headline. The story's date is the publication date, the one relative days
/// ("on Monday") resolve against.
@Suite("Masthead dates")
struct MastheadDateTests {
  static let story =
    "Uruguayan President Marta Lindqvist received Estonian Prime Minister Jaan Oras on Monday in Montevideo. "
    + "The two leaders discussed trade and renewable energy."

  @Test(
    "a full date after the headline wins over the masthead's date above it",
    arguments: [
      ("Thursday, October 9th 2025 - 10:14 UTC", "Friday, May 16th 2014 - 18:40 UTC", "2014-05-16", "2014-05-12"),
      ("  • Sunday, 4 August 2024", "Wednesday, 21 March 2012", "2012-03-21", "2012-03-19"),
    ])
  func storyDateAfterHeadline(_ masthead: String, _ dated: String, _ published: String, _ met: String) throws {
    let text = """
      The Southern Courier
      \(masthead)

      Uruguay and Estonia deepen ties at first summit

      \(dated)
      Full story

      \(Self.story)
      """
    let x = try Fixture.article(text)
    #expect(x.article.published?.iso == published)
    #expect(x.article.title == "Uruguay and Estonia deepen ties at first summit")
    #expect(try Fixture.article(text).meetingProperty("date") == met)
  }

  @Test(
    "header dates before any headline: the first one stays (an update stamp does not move it)",
    arguments: [
      "The Southern Courier\nFriday, May 16th 2014 - 18:40 UTC",
      "Friday, May 16th 2014 - 18:40 UTC\nUpdated: Sunday, May 18th 2014 - 09:00 UTC",
    ])
  func mastheadOnly(_ header: String) throws {
    let text = header + "\n\nUruguay and Estonia deepen ties at first summit\n\n" + Self.story
    #expect(try Fixture.article(text).article.published?.iso == "2014-05-16")
  }

  @Test("a dateline with a year after the headline wins over the masthead's date")
  func datelineAfterHeadline() throws {
    let text = """
      Sunday, 4 August 2024

      Uruguay and Estonia deepen ties at first summit

      MONTEVIDEO, May 16, 2014 (Wire) - \(Self.story)
      """
    #expect(try Fixture.article(text).article.published?.iso == "2014-05-16")
  }
}
