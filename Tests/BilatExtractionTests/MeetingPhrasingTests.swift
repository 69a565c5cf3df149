import BilatExtraction
import Testing

/// Meetings told without "met" or "talks with": "during their talks", "had a talk", "a
/// telephonic call with", "the conversation, which was held by A and B". Invented names, real
/// countries and cities, the project's own sentences.
@Suite("Meeting phrasings")
struct MeetingPhrasingTests {
  @Test(
    "two people meet in the phrasings of real coverage; plans and other talks are no meeting",
    arguments: [
      (
        "Prime Minister Arnav Kapoor and visiting Chilean President Diego Fuentes agreed to expand trade during their "
          + "talks in Delhi on Monday.", "Arnav Kapoor", "Diego Fuentes", "in person"
      ),
      (
        "Party General Secretary Tran Quoc Minh and Lao President Somchai Vongsa had a talk at the Presidential Palace "
          + "in Hanoi on Monday.", "Tran Quoc Minh", "Somchai Vongsa", "in person"
      ),
      (
        "On Monday, Prime Minister Imran Qadir held a telephonic call with Turkish President Mehmet Aydin.",
        "Imran Qadir", "Mehmet Aydin", "phone"
      ),
      (
        "Energy was the topic of the conversation, which was held by Deputy Prime Minister of Tajikistan Farrukh "
          + "Sharipov and Minister of Energy of Russia Pavel Orlov on Monday.", "Farrukh Sharipov", "Pavel Orlov",
        "in person"
      ),
      (
        "Party General Secretary Tran Quoc Minh welcomes Lao President Somchai Vongsa to Hanoi.", "Tran Quoc Minh",
        "Somchai Vongsa", "in person"
      ),
      (
        "Prime Minister Imran Qadir raised the power line with Tajik President Farrukh Sharipov during a one-on-one "
          + "meeting in Dushanbe.", "Imran Qadir", "Farrukh Sharipov", "in person"
      ),
      (
        "Foreign Ministers Diego Fuentes and Lucia Romero gathered in Asuncion on the sidelines of the regional "
          + "assembly.", "Diego Fuentes", "Lucia Romero", "in person"
      ),
      (
        "The accords were signed after a meeting in Lisbon between Portuguese Prime Minister Rui Almeida and Romanian "
          + "President Mihai Ionescu, in which Portuguese ministers Ana Costa and Pedro Sousa were also present.",
        "Rui Almeida", "Mihai Ionescu", "in person"
      ),
      (
        "From the presidential residence, Foreign Minister Tomas Ibarra spoke via teleconference with Peruvian Foreign "
          + "Secretary Mark Dalton about the pandemic.", "Tomas Ibarra", "Mark Dalton", "video"
      ),
      (
        "Prime Minister Arnav Kapoor spoke on Monday with Chilean President Diego Fuentes about copper.",
        "Arnav Kapoor",
        "Diego Fuentes", "in person"
      ),
      (
        "The Minister of Foreign Affairs, Tomas Ibarra, accompanied the President of the Republic, Diego Fuentes, in "
          + "talks with Peru's leader, President Luis Quispe, at the palace.", "Diego Fuentes", "Luis Quispe",
        "in person"
      ),
      (
        "At the invitation of Surinamese President Tomas Ibarra, President Diego Fuentes on Monday paid a working "
          + "visit to Suriname.", "Tomas Ibarra", "Diego Fuentes", "in person"
      ),
      // a person of a later clause set off by a comma is not at the meeting
      (
        "Prime Minister Arnav Kapoor met Chilean President Diego Fuentes in Delhi on Monday, after a trip to Santiago by "
          + "foreign minister Ravi Menon in May.", "Arnav Kapoor", "Diego Fuentes", "in person"
      ),
      // the people of an event the meeting was held for are not at the meeting
      (
        "President Diego Fuentes met his Paraguayan counterpart, Luis Quispe, in Asuncion, on the occasion of the "
          + "inauguration of Tomas Ibarra as head of the dam.", "Diego Fuentes", "Luis Quispe", "in person"
      ),
      // everyone listed after "accompanied by" comes along, and meets no one
      (
        "Accompanied by Bolivian Foreign Minister Ana Costa and Chilean Foreign Minister Tomas Ibarra, Bolivian "
          + "President Luis Quispe held a private meeting with Chilean President Diego Fuentes in Lima.",
        "Luis Quispe", "Diego Fuentes", "in person"
      ),
      (
        "Accompanied by Bolivian Foreign Minister Ana Costa and Chilean Foreign Minister Tomas Ibarra, Bolivian "
          + "President Luis Quispe and Chilean President Diego Fuentes held a private meeting in Lima.",
        "Luis Quispe", "Diego Fuentes", "in person"
      ),
      // a spouse comes along and meets no one
      (
        "Peruvian President Luis Quispe and his wife, Ana Costa, were received by Chilean President Diego Fuentes at "
          + "the palace in Santiago.", "Luis Quispe", "Diego Fuentes", "in person"
      ),
      (
        "Chilean President Diego Fuentes and first lady Rosa Mardones welcomed Peruvian President Luis Quispe in "
          + "Santiago.", "Diego Fuentes", "Luis Quispe", "in person"
      ),
      // leaders gathered for a summit, talks still to come, and a talk that is no meeting
      ("Presidents Diego Fuentes and Arnav Kapoor gathered in Astana for the regional summit.", "", "", ""),
      (
        "Officials discussed preparations for the first meeting of President Diego Fuentes with President Arnav "
          + "Kapoor.", "", "", ""
      ),
      (
        "Prime Minister Arnav Kapoor and President Diego Fuentes will discuss trade in their talks next week.", "", "",
        ""
      ),
      ("Prime Minister Arnav Kapoor praised the talk given by a student about the history of trade.", "", "", ""),
      ("Prime Minister Arnav Kapoor spoke at length on Monday about trade with Chile and Peru.", "", "", ""),
      (
        "At the invitation of Surinamese President Tomas Ibarra, President Diego Fuentes will pay a working visit to "
          + "Mozambique next week.", "", "", ""
      ),
    ])
  func phrasing(_ text: String, _ a: String, _ b: String, _ mode: String) throws {
    let x = try Fixture.article(text, source: "2024-07-01-phrasing.txt")
    let met = x.relations("MET_WITH")
    #expect(met.count == (a.isEmpty ? 0 : 1), "meetings: \(x.relationNames("MET_WITH"))")
    guard let m = met.first, !a.isEmpty else { return }
    #expect(Set([x.names(of: m).0, x.names(of: m).1]) == [a, b])
    #expect(m.properties["mode"]?.stringValue == mode)
  }

  @Test(
    "subjects who meet someone separately meet that person, not each other",
    arguments: [
      "Premier Wen Daoming and Vice President Liu Hanqing held separate meetings with President Carlos Ortega of "
        + "Chile on Tuesday.",
      "Premier Wen Daoming and Vice President Liu Hanqing met President Carlos Ortega of Chile separately on Tuesday.",
    ])
  func separately(_ text: String) throws {
    let x = try Fixture.article(text, source: "2024-07-03-separately.txt")
    let pairs = Set(x.relations("MET_WITH").map { [x.names(of: $0).0, x.names(of: $0).1].sorted() })
    #expect(
      pairs == [["Carlos Ortega", "Wen Daoming"], ["Carlos Ortega", "Liu Hanqing"]],
      "meetings: \(x.relationNames("MET_WITH"))")
  }

  @Test("two of one side at a meeting of three met the guest, not each other, their country known only later")
  func sameSideAtAMeetingOfThree() throws {
    let x = try Fixture.article(
      " date 2024-03-05 Prime Minister Arnav Kapoor, Finance Minister Ravi Menon and Chilean President Rosa Mardones"
        + " met in Delhi on Monday. India and Chile agreed to trade more, and India will buy copper from Chile.")
    let pairs = Set(x.relations("MET_WITH").map { [x.names(of: $0).0, x.names(of: $0).1].sorted() })
    #expect(pairs == [["Arnav Kapoor", "Rosa Mardones"], ["Ravi Menon", "Rosa Mardones"]], "meetings: \(pairs)")
  }

  @Test("a date in a fronted 'According to ...' clause is the report's, not the meeting's")
  func reportDate() throws {
    let x = try Fixture.article(
      "According to the ministry on Friday, Foreign Minister Lars Berg of Sweden met Kazakh Foreign Minister Murat "
        + "Nurtleu Wednesday in Astana.",
      source: "2024-07-05-report-date.txt")
    let m = try #require(x.relations("MET_WITH").first)
    #expect(m.properties["date"]?.stringValue == "2024-07-03")
  }
}
