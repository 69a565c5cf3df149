import BilatExtraction
import Testing

/// Where a meeting took place when its own sentence names no city: a city another sentence
/// says a meeting was held in, and a line before the body that names only a place (the
/// dateline of pages that set it alone). Invented sentences and names; real cities.
@Suite("Meeting sites and place lines")
struct MeetingSiteTests {
  @Test(
    "a meeting in person takes the city another sentence says a meeting was held in",
    arguments: [
      ("During the meeting at the Blue Palace in Lusaka, the two sides praised their ties.", "Lusaka"),
      ("At a meeting held at Kabulonga House in Lusaka, they discussed copper exports.", "Lusaka"),
      ("\"We will deepen trade,\" Banda said at a joint news conference in Lusaka.", "Lusaka"),
    ])
  func laterSentence(_ second: String, _ city: String) throws {
    let text =
      " date 2021-03-03 Zambian President Peter Banda received Chilean President Rosa Vidal on Tuesday.\n\n\(second)"
    #expect(try Fixture.article(text).meetingProperty("place") == city)
  }

  @Test(
    "a meeting planned in a city, a call and a city named without a meeting give no place",
    arguments: [
      " date 2021-03-03 Zambian President Peter Banda received Chilean President Rosa Vidal on Tuesday.\n\n"
        + "He will also speak at an investment summit in Lusaka on Friday.",
      " date 2021-03-03 Zambian President Peter Banda received Chilean President Rosa Vidal on Tuesday.\n\n"
        + "Copper from mines in Ndola reaches Chile by sea.",
      " date 2021-03-03 Zambian President Peter Banda spoke by phone with Chilean President Rosa Vidal.\n\n"
        + "The talks in Lusaka last year were recalled.",
    ])
  func noSite(_ text: String) throws {
    #expect(try Fixture.article(text).meetingProperty("place") == nil)
  }

  @Test(
    "a line before the body that names only a city is the dateline",
    arguments: [
      ("Lusaka", "Lusaka"),
      ("Lusaka.", "Lusaka"),
      ("Lusaka, Zambia", "Lusaka"),
      ("ZNA Lusaka (Zambia)", "Lusaka"),
      // a date after the place: the line of a wire story's dateline
      ("Lusaka (Zambia), March 2, 2021", "Lusaka"),
      ("Lusaka, Zambia, 2 March 2021", "Lusaka"),
    ])
  func placeLine(_ line: String, _ city: String) throws {
    let x = try MeetingSiteTests.page(line)
    #expect(x.meetingProperty("place") == city)
    #expect(x.entityNames("City") == [city])
    #expect(x.relationNames("LOCATED_IN").map { "\($0.0) → \($0.1)" } == ["\(city) → Zambia"])
  }

  @Test(
    "a short line of other words, or a city in a longer line, is no place line",
    arguments: ["Home", "Zambia and Chile", "Lusaka and Santiago", "Lusaka Copper Mines Ltd"])
  func notPlaceLine(_ line: String) throws {
    let x = try MeetingSiteTests.page(line)
    #expect(x.meetingProperty("place") == nil)
  }

  @Test("'City (AGENCY) – ...' after a photo caption is the dateline")
  func agencyDatelineAfterCaption() throws {
    let text = """
      Zambia and Chile agree on copper

      Chilean President Rosa Vidal signs the guestbook beside Zambian President Peter Banda. (Photo: ZNA)

      Lusaka (ZNA) – Zambian President Peter Banda held talks with Chilean President Rosa Vidal on Tuesday, the first visit of a Chilean leader.
      """
    let x = try Fixture.article(text, source: "2021-03-03-line.txt")
    #expect(x.meetingProperty("place") == "Lusaka", "\(x.relationNames("MET_WITH"))")
  }

  /// A page whose line `line` stands alone between its headline and its body.
  static func page(_ line: String) throws -> Extraction {
    let text = """
      Zambia and Chile agree on copper

      \(line)

      Zambian President Peter Banda held talks with Chilean President Rosa Vidal on Tuesday, the first visit of a Chilean leader.
      """
    return try Fixture.article(text, source: "2021-03-03-line.txt")
  }
}
