import BilatExtraction
import Testing

/// Rules from failure classes seen in real coverage of many country pairs (session 7). Every
/// sentence is written in the project's own words; the people are invented.
@Suite("Rules from real writing")
struct RealWritingTests {
  struct RoleCase: CustomTestStringConvertible, Sendable {
    var text: String
    var person: String
    var end: String
    var testDescription: String { "\(person) → \(end)" }
  }

  static let counterparts =
    "Chilean Foreign Minister Tomas Verano met his Peruvian counterpart Ana Ribeiro in Lima on Monday, the Ministry of Foreign Affairs said."

  static let roleCases: [RoleCase] = [
    // a ministry of no stated country could be either side's: the minister's role is to the country
    RoleCase(text: counterparts, person: "Tomas Verano", end: "Chile"),
    RoleCase(text: counterparts, person: "Ana Ribeiro", end: "Peru"),
    // the other side's ministry is not the minister's
    RoleCase(
      text:
        "Kenyan Foreign Minister Grace Wanjiru signed the plan with the Ministry of Foreign Affairs of Japan in Nairobi on Tuesday.",
      person: "Grace Wanjiru", end: "Kenya"),
  ]

  @Test("a minister's role goes to a ministry of the minister's own country only", arguments: roleCases)
  func ministryOfOwnCountry(_ c: RoleCase) throws {
    let x = try Fixture.article(c.text, source: "2024-06-05-role.txt")
    let roles = x.relationNames("HOLDS_ROLE").filter { $0.0 == c.person }
    #expect(roles.contains { $0.1 == c.end }, "roles found: \(roles)")
    #expect(!roles.contains { $0.1.hasPrefix("Ministry") }, "roles found: \(roles)")
  }

  static let placeSlots: [String] = [
    // after a preposition of place, with a possessive city before the name
    "Argentine President Carla Montes met Friday with Italian Prime Minister Dario Velli at Rome's Palazzo Verde to review the gas project.",
    // after "in the"
    "Argentine President Carla Montes met Italian Prime Minister Dario Velli in the Palazzo Verde on Friday.",
  ]

  @Test("a two-word foreign name where a place stands is not a person, nor at the meeting", arguments: placeSlots)
  func placeSlot(_ text: String) throws {
    let x = try Fixture.article(text, source: "2025-03-07-visit.txt")
    #expect(x.entityNames("Person") == ["Carla Montes", "Dario Velli"])
    #expect(x.relationNames("MET_WITH").count == 1)
  }

  @Test("a name ending in a place noun is not a person")
  func placeNoun() throws {
    let x = try Fixture.article(
      "President Carla Montes received Prime Minister Dario Velli on Friday, then they walked to Piazza Vittoria Square together.",
      source: "2025-03-07-square.txt")
    #expect(x.entityNames("Person") == ["Carla Montes", "Dario Velli"])
  }

  @Test("a middle initial the tagger stops at keeps the surname in the name")
  func middleInitial() throws {
    let x = try Fixture.article(
      "Secretary for Foreign Affairs Enrique B. Lantana and his Canadian counterpart, Foreign Minister Marie Dufour, met in Manila on Friday.",
      source: "2023-05-19-initial.txt")
    #expect(x.entityNames("Person") == ["Enrique B. Lantana", "Marie Dufour"])
    #expect(x.relationNames("MET_WITH").count == 1)
  }

  struct MeetingCase: CustomTestStringConvertible, Sendable {
    var text: String
    var a: String
    var b: String
    var testDescription: String { text }
  }

  static let meetingCases: [MeetingCase] = [
    // a discussion the two held
    MeetingCase(
      text:
        "Foreign Minister Enrique Lantana and his Canadian counterpart, Foreign Minister Marie Dufour, had excellent discussions in Manila today on trade.",
      a: "Enrique Lantana", b: "Marie Dufour"),
    MeetingCase(
      text:
        "Foreign Minister Enrique Lantana and Canadian Foreign Minister Marie Dufour led a long discussion on security in Manila.",
      a: "Enrique Lantana", b: "Marie Dufour"),
    // a meeting named by the participants' offices
    MeetingCase(
      text:
        "The decision was announced at the meeting of the presidents of Kyrgyzstan Sadyr Japarov and Uzbekistan Shavkat Mirziyoyev in Bishkek.",
      a: "Sadyr Japarov", b: "Shavkat Mirziyoyev"),
    // receiving a visitor
    MeetingCase(
      text:
        "Foreign Minister Enrique Lantana praised the ties while receiving visiting Canadian Foreign Minister Marie Dufour in Manila on Monday.",
      a: "Enrique Lantana", b: "Marie Dufour"),
  ]

  @Test("meetings told as discussions held, a meeting of offices, or receiving a visitor", arguments: meetingCases)
  func meetingPhrasings(_ c: MeetingCase) throws {
    let x = try Fixture.article(c.text, source: "2023-05-19-meeting.txt")
    let met = x.relationNames("MET_WITH")
    #expect(met.contains { Set([$0.0, $0.1]) == Set([c.a, c.b]) }, "met: \(met)")
  }

  static let noMeetings: [String] = [
    "Minister Marie Dufour and Senator Paul Grant joined a panel discussion on trade in Ottawa.",
    "The meeting of the council in Manila, chaired by Minister Marie Dufour, heard Senator Paul Grant.",
    "Minister Marie Dufour said Canada is receiving investment, Senator Paul Grant added.",
  ]

  @Test("no meeting in a panel discussion, a body's session or a verb about money", arguments: noMeetings)
  func noMeeting(_ text: String) throws {
    let x = try Fixture.article(text, source: "2023-05-19-none.txt")
    #expect(x.relationNames("MET_WITH").isEmpty, "met: \(x.relationNames("MET_WITH"))")
  }

  static let titleReferences: [String] = [
    // a country's name as a modifier, and the same office written portfolio-first
    "The partnership was signed by Fijian Prime Minister Josefa Ratu and visiting New Zealand's Minister of Foreign Affairs Helen Tapu. The New Zealand foreign minister also met with Fiji's Minister for Health Tomasi Vuki in Suva.",
    "Chilean Minister of Foreign Affairs Ana Ribeiro arrived in Lima on Monday. The foreign minister met Peruvian Minister for Health Tomasi Vuki in Lima.",
  ]

  @Test(
    "'the <country> foreign minister' refers back to the Minister of Foreign Affairs named before",
    arguments: titleReferences)
  func titleReference(_ text: String) throws {
    let x = try Fixture.article(text, source: "2022-03-29-title.txt")
    let met = x.relationNames("MET_WITH")
    #expect(met.contains { Set([$0.0, $0.1]).contains("Tomasi Vuki") && $0.0 != $0.1 }, "met: \(met)")
    #expect(x.entityNames("Person").count == x.entityNames("Person").filter { $0.contains(" ") }.count)
  }

  @Test("a dateline whose agency parenthesis ends in a colon: the city, and the body after the colon")
  func datelineWithColon() throws {
    let x = try Fixture.article(
      "SUVA, (PNA - Island Desk / Pacific Wire News - 12th Apr, 2022 ) :Fiji and Samoa signed a fisheries accord here on Tuesday.\n\n"
        + "Fijian Prime Minister Josefa Ratu met Samoan Foreign Minister Lina Tauala on Tuesday to discuss fisheries.",
      source: "2022-04-12-colon.txt")
    #expect(x.article.datelineCity == "Suva")
    #expect(x.sentences.first?.text.hasPrefix("Fiji and Samoa signed") == true)
    let met = try #require(x.relations("MET_WITH").first)
    #expect(met.properties["place"]?.stringValue == "Suva")
  }

  @Test(
    "a plural title with each name after its own country: both people, their countries, the meeting",
    arguments: [
      "The decision was announced at the meeting of the presidents of Kyrgyzstan Almaz Toktogulov and Uzbekistan Rustam Karimov in Bishkek.",
      // each country set off before its name by commas
      "The presidents of Kyrgyzstan, Almaz Toktogulov, and Uzbekistan, Rustam Karimov, met in Bishkek on Tuesday.",
    ])
  func pluralTitleCountryFirst(_ text: String) throws {
    let x = try Fixture.article(text, source: "2017-12-14-plural.txt")
    #expect(x.entityNames("Person") == ["Almaz Toktogulov", "Rustam Karimov"])
    let roles = x.relationNames("HOLDS_ROLE")
    #expect(roles.contains { $0 == ("Almaz Toktogulov", "Kyrgyzstan") }, "roles: \(roles)")
    #expect(roles.contains { $0 == ("Rustam Karimov", "Uzbekistan") }, "roles: \(roles)")
    #expect(x.relationNames("MET_WITH").count == 1)
  }

  @Test(
    "a later short form ('Prince Mohammed', a surname once written with a glued initial) is the person named before",
    arguments: [
      (
        "Saudi Crown Prince Mohammed bin Salman arrived in Islamabad on Sunday. Prince Mohammed held talks with Prime "
          + "Minister Kamran Siddiqui there.", "bin Salman", 2, "Prince Mohammed"
      ),
      (
        "Crown Prince Mohammed bin Salman opened an investment forum in Riyadh on Monday. Later, Prince Mohammed "
          + "received Prime Minister Kamran Siddiqui.", "bin Salman", 2, "Prince Mohammed"
      ),
      (
        "Turkish President Kemal T.Ozturan arrived in Ashgabat on Wednesday. While in the capital, Ozturan also held "
          + "talks with Georgian President Levan Beridze and Kazakh President Arman Sadykov.", "T. Ozturan", 3, ""
      ),
      (
        "Turkish Prime Minister Selim A.Karaduman opened a forum in Ankara on Monday. Karaduman later met Georgian "
          + "President Levan Beridze and Kazakh President Arman Sadykov.", "A. Karaduman", 3, ""
      ),
    ])
  func laterShortForm(_ text: String, _ full: String, _ persons: Int, _ falsePerson: String) throws {
    let x = try Fixture.article(text, source: "2024-06-09-short-form.txt")
    let people = x.entityNames("Person")
    #expect(people.count == persons, "persons: \(people)")
    #expect(!people.contains(falsePerson))
    // every meeting is the named person's, one with each other person
    let met = x.relationNames("MET_WITH")
    #expect(met.count == persons - 1, "\(met)")
    #expect(met.allSatisfy { $0.0.contains(full) || $0.1.contains(full) }, "\(met)")
  }
}
