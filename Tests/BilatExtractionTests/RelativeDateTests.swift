import BilatExtraction
import Testing

/// Weekdays and "tomorrow" told relative to the report's date: backward for what happened, forward
/// for what a future clause plans, and never the day of talks already held.
@Suite("Relative dates")
struct RelativeDateTests {
  /// The date `phrase` gives its last word, reported on Tuesday 25 June 2013.
  static func resolved(_ phrase: String) -> String? {
    let units = Array(phrase.utf16)
    let tokens = Tokenizer.tokenize(units, 0..<units.count)
    guard let reference = CalendarDate(year: 2013, month: 6, day: 25), let last = tokens.indices.last else {
      return nil
    }
    return DateFinder.resolveRelative(tokens, at: last, reference: reference)?.iso
  }

  @Test(
    "weekdays look back unless a future word comes first",
    arguments: [
      ("the ministers met on Friday", "2013-06-21"),
      ("the talks held on Tuesday", "2013-06-25"),
      ("the forum that will open on Wednesday", "2013-06-26"),
      ("the president is due to arrive on Friday", "2013-06-28"),
      ("the talks scheduled for Tuesday", "2013-06-25"),
      ("they will sign it next Tuesday", "2013-07-02"),
      ("they said they will, and met on Friday", "2013-06-21"),
      ("the ministers will meet tomorrow", "2013-06-26"),
      ("the ministers met yesterday", "2013-06-24"),
    ])
  func weekday(_ phrase: String, _ iso: String) {
    #expect(RelativeDateTests.resolved(phrase) == iso)
  }

  @Test("talks held ahead of a summit planned for a later day are dated on the report's day")
  func talksBeforePlannedSummit() throws {
    let text =
      " date 2013-06-25 Ghanaian President Kofi Mensah held talks with his host, Peruvian "
      + "President Ana Quispe, ahead of the regional forum that will open on Wednesday in Lima."
    #expect(try Fixture.article(text).meetingProperty("date") == "2013-06-25")
  }

  @Test("a calendar date after the report in a future clause is a planned event's, not the talks' day")
  func laterCalendarDate() throws {
    let text =
      " date 2013-06-25 Ghanaian President Kofi Mensah held talks with Peruvian President Ana Quispe "
      + "ahead of the forum that will open in Lima on June 28."
    #expect(try Fixture.article(text).meetingProperty("date") == "2013-06-25")
  }
}
