import BilatExtraction
import Testing

/// Where a meeting took place: datelines in more wire formats, the city a visitor arrived in,
/// a city that hosts the talks.
@Suite("Meeting places")
struct MeetingPlaceTests {
  @Test(
    "wire datelines of more formats name the city and are cut from the body",
    arguments: [
      ("BISHKEK, Kyrgyzstan, March 3. Kyrgyz Foreign Minister", "Bishkek"),
      ("OSLO (Nordic Wire - 3rd March, 2021) Kyrgyz Foreign Minister", "Oslo"),
      ("New Delhi, Mar 3 (Agency) Kyrgyz Foreign Minister", "New Delhi"),
      ("New Delhi, Mar 3 : Kyrgyz Foreign Minister", "New Delhi"),
      ("ASHGABAT: Kyrgyz Foreign Minister", "Ashgabat"),
      ("Oslo, Norway – (March 3, 2021) Kyrgyz Foreign Minister", "Oslo"),
      ("Oslo, Norway - 3 March 2021 - Kyrgyz Foreign Minister", "Oslo"),
    ])
  func datelineFormats(_ lead: String, _ city: String) throws {
    let text = " date 2021-03-03 \(lead) Jeenbek Kulubaev met Norwegian Foreign Minister Ine Eriksen here on Wednesday."
    let x = try Fixture.article(text, source: "dateline.txt")
    #expect(x.article.datelineCity == city)
    #expect(x.article.slice(x.article.paragraphs[0]).hasPrefix("Kyrgyz Foreign Minister"))
  }

  @Test("a capital label before a colon is no dateline city", arguments: ["UPDATE", "BREAKING"])
  func capsLabel(_ label: String) throws {
    let x = try Fixture.article(
      " date 2021-03-03 \(label): Kyrgyz Foreign Minister Jeenbek Kulubaev met Norwegian Foreign Minister Ine Eriksen.",
      source: "label.txt")
    #expect(x.article.datelineCity == nil)
  }

  @Test(
    "a header line with the city after the date or set in parentheses",
    arguments: ["March 3, 2021, Oslo", "(Oslo, 3rd March 2021)"])
  func headerCity(_ header: String) throws {
    let text = """
      Kyrgyz minister in Norway

      \(header)

      Kyrgyz Foreign Minister Jeenbek Kulubaev held talks with Norwegian Foreign Minister Ine Eriksen.
      """
    let x = try Fixture.article(text, source: "header.txt")
    #expect(x.article.datelineCity == "Oslo")
    #expect(try Fixture.article(text).meetingProperty("place") == "Oslo")
  }

  @Test("a meeting without a city of its own is where the visitor arrived, before the dateline's city")
  func arrivalCity() throws {
    let text =
      " date 2023-05-10 ASTANA, Kazakhstan, May 10. Kazakh Prime Minister Alikhan Smailov held talks with "
      + "Japanese Prime Minister Fumio Kishida on Tuesday.\n\n"
      + "Smailov arrived in Tokyo on Monday at the head of a large delegation."
    #expect(try Fixture.article(text).meetingProperty("place") == "Tokyo")
  }

  @Test("a visit the speaker recalls and a meeting in another country take no visit city")
  func visitCityLimits() throws {
    let recalled =
      "Russian Prime Minister Mikhail Mishustin held talks with Tajik President Emomali Rahmon.\n\n"
      + "\"I remember our conversation during my visit to Dushanbe,\" Mishustin said."
    let recalledMeeting = try Fixture.article(recalled)
    #expect(recalledMeeting.relations("MET_WITH").count == 1)
    #expect(recalledMeeting.meetingProperty("place") == nil)
    let elsewhere =
      "British Foreign Secretary David Cameron is visiting Tashkent on a tour of the region.\n\n"
      + "Earlier he travelled to Kyrgyzstan, where he met President Sadyr Japarov."
    let elsewhereMeeting = try Fixture.article(elsewhere)
    #expect(elsewhereMeeting.relations("MET_WITH").count == 1)
    #expect(elsewhereMeeting.meetingProperty("place") == nil)
  }

  @Test("a city that hosts the meeting is its place, whatever the dateline")
  func hostingCity() throws {
    let text =
      " date 2017-05-12 TASHKENT, Uzbekistan, May 12. Beijing hosted talks between Uzbek President Shavkat "
      + "Mirziyoyev and Chinese President Xi Jinping on Friday."
    #expect(try Fixture.article(text).meetingProperty("place") == "Beijing")
  }

  @Test("people of three countries signing together make no learned pair")
  func threeCountrySigning() throws {
    let x = try Fixture.article(
      "The accord was signed by Kyrgyz Transport Minister Tilek Tekebaev, Chinese Commerce Minister Wang Wentao "
        + "and Uzbek Transport Minister Ilkhom Makhkamov.",
      source: "three.txt")
    #expect(x.relations("MET_WITH").isEmpty)
  }

  @Test(
    "a city written without its accents, and a city after a word describing it",
    arguments: [
      ("Foreign Ministers Tomas Ruiz of Chile and Paula Serrano of Colombia met in Bogota on Monday.", "Bogotá"),
      (
        "Uzbek President Shavkat Mirziyoyev held talks with Azerbaijani President Ilham Aliyev in the ancient city "
          + "of Samarkand.", "Samarkand"
      ),
      (
        "President Daniel Mwangi held talks with Ugandan President Peter Okello at State House, Nairobi on Tuesday.",
        "Nairobi"
      ),
    ])
  func cityForms(_ text: String, _ city: String) throws {
    #expect(try Fixture.article(text).meetingProperty("place") == city)
  }

  @Test("a video meeting has no place, even when its sentence names a city")
  func videoMeetingHasNoPlace() throws {
    let x = try Fixture.article(
      "President Daniel Mwangi at State House, Nairobi held a video conference with Ugandan President Peter Okello.")
    #expect(x.relations("MET_WITH").first?.properties["mode"]?.stringValue == "video")
    #expect(x.meetingProperty("place") == nil)
  }

  @Test(
    "a city right after a venue's name, or after talks held at a named hall, places the meeting",
    arguments: [
      "Quispe held talks with Ghanaian President Kofi Mensah at State House Kumasi.",
      "Quispe met Ghanaian President Kofi Mensah. Their two-hour talk in the Grand Hall of the Nation in Kumasi went well.",
    ])
  func venueCity(_ sentence: String) throws {
    let x = try Fixture.article(" date 2021-03-03 Peruvian President Ana Quispe arrived on Monday. \(sentence)")
    #expect(x.meetingProperty("place") == "Kumasi", "\(x.relationNames("MET_WITH"))")
  }
}
