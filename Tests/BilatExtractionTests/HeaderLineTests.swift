import BilatExtraction
import Testing

/// Datelines and bylines that place and date a story: a wire agency's name after the city, a
/// byline's city before the bar that leads to its date, and dates written with slashes. The
/// sentences are the project's own.
@Suite("Header lines")
struct HeaderLineTests {
  static let body =
    "Foreign Minister Ana Quispe of Peru and her Ghanaian counterpart Kofi Mensah signed a partnership "
    + "agreement to widen the ties of both nations."

  @Test("an agency's name in capitals after the dateline's city leaves the city")
  func agencyAfterCity() throws {
    let x = try Fixture.article("Lima, ANDINA – " + Self.body, source: "2024-05-06-wire.txt")
    #expect(x.article.datelineCity == "Lima")
    #expect(x.meetingProperty("place") == "Lima")
  }

  @Test("a byline's city is the one before the bar that leads to its date")
  func bylineCity() throws {
    let x = try Fixture.article(
      "Ana Torres and Luis Vega, The Lima Courier, Lima | Fri, 01/16/2009 9:05 AM\n" + Self.body, source: "page.txt")
    #expect(x.article.datelineCity == "Lima")
    #expect(x.article.published?.iso == "2009-01-16")
  }

  @Test(
    "a date with slashes reads month first when it can, day first otherwise; with periods day first",
    arguments: [
      ("01/15/2009", "2009-01-15"), ("04/01/2013", "2013-04-01"), ("15/01/2025", "2025-01-15"),
      ("27.11.2023", "2023-11-27"),
    ])
  func slashDates(_ written: String, _ iso: String) throws {
    let x = try Fixture.article("Lima | " + written + "\n" + Self.body, source: "page.txt")
    #expect(x.article.published?.iso == iso)
  }
}
