import BilatExtraction
import Testing

/// A meeting whose sentences name no day took place on the day the story tells further on
/// ("arrived on Friday", "left yesterday"), not on the publication date, unless a dateline dates
/// the story or the meeting's own sentence says "this morning".
@Suite("The story's day")
struct StoryDateTests {
  @Test(
    "the first day the story tells after an undated meeting is its date",
    arguments: [
      (
        "Peruvian President Luis Quispe held talks with Chilean President Rosa Mardones in Lima.\n\n"
          + "Mardones arrived in Lima on Friday for a two-day visit.", "2024-09-13"
      ),
      (
        "Ghanaian President Kwame Mensah met Togolese President Koffi Adjavon in Accra.\n\n"
          + "The two leaders agreed to reopen the border crossing.\n\nAdjavon left for Lome yesterday evening.",
        "2024-09-13"
      ),
      // the meeting's own sentence names its day
      (
        "Peruvian President Luis Quispe held talks with Chilean President Rosa Mardones in Lima this morning.\n\n"
          + "Mardones arrived in Lima on Friday.", "2024-09-14"
      ),
      // a calendar date further on is as often another event's (a holiday, an earlier signing)
      (
        "Peruvian President Luis Quispe held talks with Chilean President Rosa Mardones in Lima.\n\n"
          + "Quispe congratulated Chile on its national day, celebrated on September 12.", "2024-09-14"
      ),
    ] as [(String, String)])
  func told(_ body: String, _ expected: String) throws {
    let x = try Fixture.article(" date 2024-09-14 " + body, source: "story.txt")
    #expect(x.meetingProperty("date") == expected)
  }

  @Test("a dateline with a date dates the story: a later day told is another event's")
  func dateline() throws {
    let text =
      "LIMA, September 14 (Agency) -- Peruvian President Luis Quispe held talks with Chilean President Rosa "
      + "Mardones.\n\nMardones arrived in Lima on Friday for a two-day visit."
    let x = try Fixture.article(" date 2024-09-14 " + text, source: "story.txt")
    #expect(x.meetingProperty("date") == "2024-09-14")
  }
}
