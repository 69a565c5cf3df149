import BilatExtraction
import Testing

@Suite("Sentences and dates")
struct SentenceTests {
  @Test("abbreviations do not end sentences; offsets are UTF-16 offsets into the stored text")
  func splitting() throws {
    let text = """
      Qazaqstan’s envoy met Mr. Li on Nov. 29 in the U.S. capital. Trade reached $24.2 billion, up 35%. \
      Talks on Treaty No. 5 — the “Roadmap” — continue! Is it done? Yes.
      """
    let a = try ArticleReader.read(text: text, source: "s.txt")
    let sentences = SentenceSplitter.sentences(of: a)
    #expect(
      sentences.map(\.text) == [
        "Qazaqstan’s envoy met Mr. Li on Nov. 29 in the U.S. capital.", "Trade reached $24.2 billion, up 35%.",
        "Talks on Treaty No. 5 — the “Roadmap” — continue!", "Is it done?", "Yes.",
      ])
    let utf16 = Array(a.text.utf16)
    for s in sentences {
      #expect(String(decoding: utf16[s.range], as: UTF16.self) == s.text)
    }
    #expect(sentences[1].range.lowerBound == 61)
  }

  @Test("a list item's number opens its item; a number at a sentence's end still ends it (session 25)")
  func listNumbers() throws {
    let a = try ArticleReader.read(
      text: "The sides signed these documents:\n\n1. Agreement on fisheries;\n\nTrade grew by 12. Exports rose too.",
      source: "s.txt")
    #expect(
      SentenceSplitter.sentences(of: a).map(\.text) == [
        "The sides signed these documents:", "1. Agreement on fisheries;", "Trade grew by 12.", "Exports rose too.",
      ])
  }

  @Test(
    "relative dates resolve against the publication date",
    arguments: [
      ("on Tuesday", "2023-11-28"), ("on Wednesday", "2023-11-29"), ("today", "2023-11-29"),
      ("yesterday", "2023-11-28"), ("on Monday", "2023-11-27"), ("on November 20", "2023-11-20"),
      ("on 20 November", "2023-11-20"),
    ])
  func relativeDates(phrase: String, iso: String) throws {
    let text = """
      ---
      date: 2023-11-29
      ---
      Kazakh Prime Minister Alikhan Smailov met Chinese Vice Premier Ding Xuexiang in Astana \(phrase).
      """
    let x = try Fixture.article(text)
    #expect(x.relations("MET_WITH").first?.properties["date"]?.stringValue == iso)
  }

  @Test("the meeting date is the one next to the meeting, not a 'since' date")
  func nearestDate() throws {
    let text = """
      ---
      date: 2023-11-29
      ---
      Since November 10, 2023 the visa-free regime is in force, and on Tuesday Kazakh Prime Minister \
      Alikhan Smailov met Chinese Vice Premier Ding Xuexiang in the Kazakh capital.
      """
    let x = try Fixture.article(text)
    let met = try #require(x.relations("MET_WITH").first)
    #expect(met.properties["date"]?.stringValue == "2023-11-28")
    #expect(met.properties["place"]?.stringValue == "Astana")
  }

  @Test("calendar arithmetic")
  func calendar() {
    let d = CalendarDate(year: 2024, month: 3, day: 1)
    #expect(d?.adding(days: -1).iso == "2024-02-29")
    #expect(d?.weekday == 5)
    #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
  }
}
