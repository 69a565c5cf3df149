import BilatExtraction
import Testing

/// People and meetings found from titles, roles and phrasing, not from the dictionaries: the
/// names below are invented (so no dictionary knows them), the countries and cities are real,
/// and every sentence is written in the project's own words.
@Suite("People and meetings in any country")
struct AnyCountryMeetingTests {
  struct Person: Sendable {
    var name: String
    var title: String? = nil
    var country: String? = nil
  }

  struct Met: Sendable {
    var a: String
    var b: String
    var date: String?
    var place: String?
    var mode = "in person"
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var label: String
    var text: String
    var source = "2024-07-01-any.txt"
    var people: [Person]
    var meetings: [Met]
    var testDescription: String { label }
  }

  static let cases: [Case] = [
    Case(
      label: "plural title, country stated after each name",
      text:
        "Foreign Ministers Rafael Quintero of Argentina and Lucas Baptista of Brazil met in Budapest on 12 May 2024 to discuss trade, despite the differences between presidents Carlos Medina and Joao Ferraz.",
      people: [
        Person(name: "Rafael Quintero", title: "Foreign Minister", country: "Argentina"),
        Person(name: "Lucas Baptista", title: "Foreign Minister", country: "Brazil"),
        // named, but not at the meeting
        Person(name: "Carlos Medina", title: "president", country: nil),
        Person(name: "Joao Ferraz", title: "president", country: nil),
      ],
      meetings: [Met(a: "Rafael Quintero", b: "Lucas Baptista", date: "2024-05-12", place: "Budapest")]),
    Case(
      label: "plural title, countries by order",
      text:
        "The Kazakh and Uzbek Deputy Prime Ministers, Arman Seitkali and Dilshod Rakhimov, held talks in Tashkent on 3 April 2024.",
      people: [
        Person(name: "Arman Seitkali", title: "Deputy Prime Minister", country: "Kazakhstan"),
        Person(name: "Dilshod Rakhimov", title: "Deputy Prime Minister", country: "Uzbekistan"),
      ],
      meetings: [Met(a: "Arman Seitkali", b: "Dilshod Rakhimov", date: "2024-04-03", place: "Tashkent")]),
    Case(
      label: "his counterpart, with the demonym",
      text:
        "Mongolian President Batbold Erdenechimeg held talks with his Vietnamese counterpart Tran Van Hoa in Hanoi on 8 October 2024.",
      source: "2024-10-09-any.txt",
      people: [
        Person(name: "Batbold Erdenechimeg", title: "President", country: "Mongolia"),
        Person(name: "Tran Van Hoa", title: "President", country: "Vietnam"),
      ],
      meetings: [Met(a: "Batbold Erdenechimeg", b: "Tran Van Hoa", date: "2024-10-08", place: "Hanoi")]),
    Case(
      label: "names with particles and a prefixed surname",
      text:
        "Saudi Foreign Minister Faisal bin Khalid Al Rashid received Egyptian Foreign Minister Omar el-Sayed Mansour in Riyadh on 2 February 2025.",
      source: "2025-02-03-any.txt",
      people: [
        Person(name: "Faisal bin Khalid Al Rashid", title: "Foreign Minister", country: "Saudi Arabia"),
        Person(name: "Omar el-Sayed Mansour", title: "Foreign Minister", country: "Egypt"),
      ],
      meetings: [Met(a: "Faisal bin Khalid Al Rashid", b: "Omar el-Sayed Mansour", date: "2025-02-02", place: "Riyadh")]
    ),
    Case(
      label: "telephone conversation",
      text:
        "Hungarian Foreign Minister Gergely Tarnoki held a telephone conversation with Turkmen Foreign Minister Batyr Orazov on 5 June 2024.",
      people: [
        Person(name: "Gergely Tarnoki", title: "Foreign Minister", country: "Hungary"),
        Person(name: "Batyr Orazov", title: "Foreign Minister", country: "Turkmenistan"),
      ],
      meetings: [Met(a: "Gergely Tarnoki", b: "Batyr Orazov", date: "2024-06-05", place: nil, mode: "phone")]),
    Case(
      label: "title of country, courtesy call",
      text:
        "The Prime Minister of Malaysia Idris Hamzah paid a courtesy call on the Emir of Qatar Khalid bin Hamad in Doha on 14 January 2025.",
      source: "2025-01-15-any.txt",
      people: [
        Person(name: "Idris Hamzah", title: "Prime Minister", country: "Malaysia"),
        Person(name: "Khalid bin Hamad", title: "Emir", country: "Qatar"),
      ],
      meetings: [Met(a: "Idris Hamzah", b: "Khalid bin Hamad", date: "2025-01-14", place: "Doha")]),
    Case(
      label: "title set off by commas, passive",
      text:
        "The Chancellor of Austria, Markus Leitner, was received by Egyptian President Samir Fahmy in Cairo on 20 June 2024.",
      people: [
        Person(name: "Markus Leitner", title: "Chancellor", country: "Austria"),
        Person(name: "Samir Fahmy", title: "President", country: "Egypt"),
      ],
      meetings: [Met(a: "Markus Leitner", b: "Samir Fahmy", date: "2024-06-20", place: "Cairo")]),
    Case(
      label: "the two leaders, introduced before",
      text:
        "Thai Prime Minister Somchai Wongsawat and Indonesian President Budi Santoso opened a trade fair in Jakarta on 9 July 2024. Later that day the two leaders held talks on rice exports.",
      people: [
        Person(name: "Somchai Wongsawat", title: "Prime Minister", country: "Thailand"),
        Person(name: "Budi Santoso", title: "President", country: "Indonesia"),
      ],
      meetings: [Met(a: "Somchai Wongsawat", b: "Budi Santoso", date: "2024-07-09", place: "Jakarta")]),
    Case(
      label: "on the sidelines of a summit in a city named by its country",
      text:
        "On 18 November 2024, on the sidelines of the summit in Türkiye's Antalya, Australian Prime Minister Nathan Clarke met Japanese Prime Minister Kenji Morita.",
      source: "2024-11-19-any.txt",
      people: [
        Person(name: "Nathan Clarke", title: "Prime Minister", country: "Australia"),
        Person(name: "Kenji Morita", title: "Prime Minister", country: "Japan"),
      ],
      meetings: [Met(a: "Nathan Clarke", b: "Kenji Morita", date: "2024-11-18", place: "Antalya")]),
    Case(
      label: "a name with a month in it, and the lone given name as an alias",
      text:
        "British Foreign Secretary Helen May spoke with Kenyan Cabinet Secretary Grace Wanjiru by phone on 31 May 2024. Helen thanked her for the invitation.",
      people: [
        Person(name: "Helen May", title: "Foreign Secretary", country: "United Kingdom"),
        Person(name: "Grace Wanjiru", title: "Cabinet Secretary", country: "Kenya"),
      ],
      meetings: [Met(a: "Helen May", b: "Grace Wanjiru", date: "2024-05-31", place: nil, mode: "phone")]),
    Case(
      label: "ambassador of one country to another, with an honorific",
      text:
        "Foreign Minister Aibek Sadykov held a meeting with Ambassador of Japan to Kyrgyzstan Dr. Hiroshi Tanabe in Bishkek on 4 March 2024.",
      people: [
        Person(name: "Aibek Sadykov", title: "Foreign Minister", country: nil),
        Person(name: "Hiroshi Tanabe", title: "Ambassador", country: "Japan"),
      ],
      meetings: [Met(a: "Aibek Sadykov", b: "Hiroshi Tanabe", date: "2024-03-04", place: "Bishkek")]),
    Case(
      label: "honorifics without a title",
      text: "On 6 June 2024 Mr. Kenji Morita held a meeting with the Honorable Grace Wanjiru in Tokyo.",
      people: [Person(name: "Kenji Morita"), Person(name: "Grace Wanjiru")],
      meetings: [Met(a: "Kenji Morita", b: "Grace Wanjiru", date: "2024-06-06", place: "Tokyo")]),
    Case(
      label: "a fronted clause: the main clause's subject met both",
      text:
        "After meeting with Foreign Minister Rafael Quintero, Lucas Baptista had lunch with Vice President Carlos Medina in Budapest on 12 May 2024.",
      people: [
        Person(name: "Rafael Quintero", title: "Foreign Minister"), Person(name: "Lucas Baptista"),
        Person(name: "Carlos Medina", title: "Vice President"),
      ],
      meetings: [
        Met(a: "Lucas Baptista", b: "Rafael Quintero", date: "2024-05-12", place: "Budapest"),
        Met(a: "Lucas Baptista", b: "Carlos Medina", date: "2024-05-12", place: "Budapest"),
      ]),
    Case(
      label: "a lower-case head of a ministry set off by commas, meetings with several people",
      text:
        "On 19 March 2024, in Brussels, the head of the Ministry of Foreign Affairs of Turkmenistan, Batyr Orazov, held meetings with European Commissioner for Trade Anna Kowalska and the Vice-President of the European Commission Pierre Lambert.",
      people: [Person(name: "Batyr Orazov"), Person(name: "Anna Kowalska"), Person(name: "Pierre Lambert")],
      meetings: [
        Met(a: "Batyr Orazov", b: "Anna Kowalska", date: "2024-03-19", place: "Brussels"),
        Met(a: "Batyr Orazov", b: "Pierre Lambert", date: "2024-03-19", place: "Brussels"),
      ]),
    Case(
      label: "a visit from one day to another: its meetings start on the first day",
      text:
        "Chinese Vice Premier Gao Mingyuan visited Kazakhstan from Wednesday to Friday and met Kazakh Prime Minister Arman Seitkali in Astana.",
      source: "2024-05-18-any.txt",
      people: [
        Person(name: "Gao Mingyuan", title: "Vice Premier", country: "China"),
        Person(name: "Arman Seitkali", title: "Prime Minister", country: "Kazakhstan"),
      ],
      meetings: [Met(a: "Gao Mingyuan", b: "Arman Seitkali", date: "2024-05-15", place: "Astana")]),
    Case(
      label: "talks held with someone, the protagonist named before",
      text:
        "Vietnamese State President Vo Van Minh held talks with Thai Prime Minister Somchai Wongsawat in Hanoi on 2 April 2024. Negotiations were also held with the Chairman of the Thai parliament delegations for Asian countries, Anan Srisuk.",
      people: [
        Person(name: "Vo Van Minh", title: "State President", country: "Vietnam"),
        Person(name: "Somchai Wongsawat", title: "Prime Minister", country: "Thailand"),
        Person(name: "Anan Srisuk"),
      ],
      meetings: [
        Met(a: "Vo Van Minh", b: "Somchai Wongsawat", date: "2024-04-02", place: "Hanoi"),
        Met(a: "Vo Van Minh", b: "Anan Srisuk", date: "2024-04-02", place: "Hanoi"),
      ]),
    Case(
      label: "royal styles before full names, a counterpart takes the office of the person met",
      text:
        "Qatar's Amir Sheikh Hamad bin Nasser Al Thani received Saudi Foreign Minister Prince Khalid bin Turki in Doha on 4 May 2024. Prince Khalid also met his Qatari counterpart Ali bin Jassim.",
      people: [
        Person(name: "Hamad bin Nasser Al Thani", title: "Amir", country: "Qatar"),
        Person(name: "Khalid bin Turki", title: "Foreign Minister", country: "Saudi Arabia"),
        Person(name: "Ali bin Jassim", title: "Foreign Minister", country: "Qatar"),
      ],
      meetings: [
        Met(a: "Hamad bin Nasser Al Thani", b: "Khalid bin Turki", date: "2024-05-04", place: "Doha"),
        Met(a: "Khalid bin Turki", b: "Ali bin Jassim", date: "2024-05-04", place: "Doha"),
      ]),
    Case(
      label: "a style before a single name is part of the name",
      text: "Prime Minister Sheikh Rahima met Indian Prime Minister Anil Varma in New Delhi on 6 September 2022.",
      people: [
        Person(name: "Sheikh Rahima", title: "Prime Minister"),
        Person(name: "Anil Varma", title: "Prime Minister", country: "India"),
      ],
      meetings: [Met(a: "Sheikh Rahima", b: "Anil Varma", date: "2022-09-06", place: "New Delhi")]),
    Case(
      label: "appositive titles after the name, with a demonym or a possessive country",
      text:
        "Kenji Morita, the Japanese prime minister, met Rajesh Kumar, India's external affairs minister, in Tokyo on 1 July 2024.",
      people: [
        Person(name: "Kenji Morita", title: "prime minister", country: "Japan"),
        Person(name: "Rajesh Kumar", title: "external affairs minister", country: "India"),
      ],
      meetings: [Met(a: "Kenji Morita", b: "Rajesh Kumar", date: "2024-07-01", place: "Tokyo")]),
    Case(
      label: "plural heads of bodies of two countries, names set off by commas, a phone conversation",
      text:
        "The heads of the foreign ministries of Georgia and Armenia, Levan Beridze and Aram Sargsyan, held a telephone conversation on 3 April 2024.",
      people: [
        Person(name: "Levan Beridze", title: "head", country: "Georgia"),
        Person(name: "Aram Sargsyan", title: "head", country: "Armenia"),
      ],
      meetings: [Met(a: "Levan Beridze", b: "Aram Sargsyan", date: "2024-04-03", place: nil, mode: "phone")]),
    Case(
      label: "a style before an appositive name; a call received from someone",
      text:
        "Prince Khalid bin Turki bin Abdullah, Minister of Foreign Affairs of Saudi Arabia, received a phone call on 4 April 2024 from US Secretary of State Helen Carter.",
      people: [
        Person(name: "Khalid bin Turki bin Abdullah", title: "Minister of Foreign Affairs", country: "Saudi Arabia"),
        Person(name: "Helen Carter", title: "Secretary of State", country: "United States"),
      ],
      meetings: [
        Met(a: "Khalid bin Turki bin Abdullah", b: "Helen Carter", date: "2024-04-04", place: nil, mode: "phone")
      ]),
    Case(
      label: "the country of the ministry a person heads",
      text:
        "On 2 April 2024 a telephone conversation was held between the Minister of Foreign Affairs of Azerbaijan Elnur Mammadov and the head of the Ministry of Foreign Affairs of Iran Reza Karimi.",
      people: [
        Person(name: "Elnur Mammadov", title: "Minister of Foreign Affairs", country: "Azerbaijan"),
        Person(name: "Reza Karimi", title: "head", country: "Iran"),
      ],
      meetings: [Met(a: "Elnur Mammadov", b: "Reza Karimi", date: "2024-04-02", place: nil, mode: "phone")]),
    Case(
      label: "a regnal number in the name and the country after it",
      text: "King Harald IV of Norway received Japanese Foreign Minister Kenji Morita on 3 May 2024.",
      people: [
        Person(name: "Harald IV", title: "King", country: "Norway"),
        Person(name: "Kenji Morita", title: "Foreign Minister", country: "Japan"),
      ],
      meetings: [Met(a: "Harald IV", b: "Kenji Morita", date: "2024-05-03", place: nil)]),
    Case(
      label: "a courtesy visit",
      text:
        "Kenyan Ambassador Samuel Otieno paid a courtesy visit to Chinese Vice Foreign Minister Gao Mingyuan in Beijing on 3 May 2024.",
      people: [
        Person(name: "Samuel Otieno", title: "Ambassador", country: "Kenya"),
        Person(name: "Gao Mingyuan", title: "Vice Foreign Minister", country: "China"),
      ],
      meetings: [Met(a: "Samuel Otieno", b: "Gao Mingyuan", date: "2024-05-03", place: "Beijing")]),
    Case(
      label: "the two ministers are the ministers named last, of two countries",
      text:
        "Indonesian Foreign Minister Retno Sari welcomed the delegation of Thai Foreign Minister Somsak Chai in Jakarta on 9 July 2024, together with Indonesian Ambassador Budi Hartono. The two ministers held talks on rice exports.",
      people: [
        Person(name: "Somsak Chai", title: "Foreign Minister", country: "Thailand"),
        Person(name: "Retno Sari", title: "Foreign Minister", country: "Indonesia"),
        Person(name: "Budi Hartono", title: "Ambassador", country: "Indonesia"),
      ],
      meetings: [Met(a: "Somsak Chai", b: "Retno Sari", date: "2024-07-09", place: "Jakarta")]),
    Case(
      label: "the city someone is visiting",
      text:
        "Japanese Foreign Minister Kenji Morita, who is visiting Canberra, held talks with Australian Foreign Minister Nathan Clarke on 6 June 2024.",
      people: [
        Person(name: "Kenji Morita", title: "Foreign Minister", country: "Japan"),
        Person(name: "Nathan Clarke", title: "Foreign Minister", country: "Australia"),
      ],
      meetings: [Met(a: "Kenji Morita", b: "Nathan Clarke", date: "2024-06-06", place: "Canberra")]),
    Case(
      label: "the leaders, when the article has named two people",
      text:
        "Kenyan President Samuel Otieno thanked Ethiopian Prime Minister Dawit Bekele for the invitation on 3 May 2024. Earlier, the leaders met for a one-on-one meeting in Cairo.",
      people: [
        Person(name: "Samuel Otieno", title: "President", country: "Kenya"),
        Person(name: "Dawit Bekele", title: "Prime Minister", country: "Ethiopia"),
      ],
      meetings: [Met(a: "Samuel Otieno", b: "Dawit Bekele", date: "2024-05-03", place: "Cairo")]),
  ]

  @Test("persons with title and country, and the meeting with date, place and mode", arguments: cases)
  func meeting(_ c: Case) throws {
    let x = try Fixture.article(c.text, source: c.source)
    #expect(x.entityNames("Person") == Set(c.people.map(\.name)), "persons: \(x.entityNames("Person").sorted())")
    for p in c.people {
      let e = try #require(x.person(p.name), "no person \(p.name)")
      if let title = p.title { #expect(e.properties["title"]?.stringValue == title, "title of \(p.name)") }
      if let country = p.country { #expect(e.properties["country"]?.stringValue == country, "country of \(p.name)") }
    }
    let met = x.relations("MET_WITH")
    #expect(met.count == c.meetings.count, "meetings: \(x.relationNames("MET_WITH"))")
    for m in c.meetings {
      let r = try #require(
        met.first {
          let (a, b) = x.names(of: $0)
          return (a, b) == (m.a, m.b) || (a, b) == (m.b, m.a)
        }, "no meeting \(m.a) – \(m.b): \(x.relationNames("MET_WITH"))")
      #expect(r.properties["date"]?.stringValue == m.date)
      #expect(r.properties["place"]?.stringValue == m.place)
      #expect(r.properties["mode"]?.stringValue == m.mode)
    }
  }

  struct Negative: CustomTestStringConvertible, Sendable {
    var label: String
    var text: String
    var people: Set<String>
    var testDescription: String { label }
  }

  static let negatives: [Negative] = [
    Negative(
      label: "the leaders, when the article has named more than two people",
      text:
        "Presidents Samuel Otieno, Amina Juma and Dawit Bekele attended the summit in Cairo. Later the leaders met in the palace.",
      people: ["Samuel Otieno", "Amina Juma", "Dawit Bekele"]),
    Negative(
      label: "a state visit to a country is not a meeting",
      text:
        "Kenyan President Samuel Otieno and Chinese Ambassador Gao Mingyuan spoke about the state visit to Beijing in May.",
      people: ["Samuel Otieno", "Gao Mingyuan"]),
    Negative(
      label: "two people who met someone else together",
      text:
        "Secretary of State Helen Carter and National Security Adviser Tom Becker met Chinese officials in Geneva on 3 May 2024.",
      people: ["Helen Carter", "Tom Becker"]),
    Negative(
      label: "a meeting not ruled out",
      text: "A meeting between presidents Carlos Medina and Joao Ferraz is not ruled out, officials said on Friday.",
      people: ["Carlos Medina", "Joao Ferraz"]),
    Negative(
      label: "a planned meeting",
      text:
        "Thai Prime Minister Somchai Wongsawat will meet Malaysian Prime Minister Idris Hamzah in Kuala Lumpur next week.",
      people: ["Somchai Wongsawat", "Idris Hamzah"]),
    Negative(
      label: "a meeting someone is expected to hold",
      text:
        "Polish President Tomasz Kowalczyk is expected to hold talks with Greek Prime Minister Nikos Pappas in Vienna on Friday.",
      people: ["Tomasz Kowalczyk", "Nikos Pappas"]),
    Negative(
      label: "a cancelled meeting",
      text:
        "Polish President Tomasz Kowalczyk cancelled his meeting with Greek Prime Minister Nikos Pappas in Vienna on 3 May 2024.",
      people: ["Tomasz Kowalczyk", "Nikos Pappas"]),
    Negative(
      label: "an appeal, not a courtesy call",
      text: "Kenyan President Samuel Otieno called on Ethiopian Prime Minister Dawit Bekele to reopen the border.",
      people: ["Samuel Otieno", "Dawit Bekele"]),
    Negative(
      label: "a lone given name after a title is nobody",
      text: "Chancellor Patricia said the budget talks with the regions had been useful.",
      people: []),
    Negative(
      label: "a quarter of the world is nobody",
      text: "In his words Kenya is now the leader of the South.",
      people: []),
    Negative(
      label: "the modifiers of a title before its head word are nobody",
      text: "The guest, Emeritus Senior Minister Tan Wei Ming of Singapore, opened a library in Nairobi.",
      people: ["Tan Wei Ming"]),
    Negative(
      label: "an honorific title of a nation is nobody",
      text: "The Leader of the Nation opened the session of parliament and greeted the delegates.",
      people: []),
    Negative(
      label: "words of ministry names are nobody",
      text:
        "Officials of the Ministry of Foreign Affairs and of the Ministry of Trade Affair met in Nairobi to discuss the Nation Building Fund.",
      people: []),
  ]

  @Test("no meeting and no false person", arguments: negatives)
  func noMeeting(_ c: Negative) throws {
    let x = try Fixture.article(c.text, source: "2024-07-01-any.txt")
    #expect(x.relations("MET_WITH").isEmpty, "meetings: \(x.relationNames("MET_WITH"))")
    #expect(x.entityNames("Person") == c.people, "persons: \(x.entityNames("Person").sorted())")
  }

  @Test("a surname-first name is referred to by its first word")
  func surnameFirst() throws {
    let x = try Fixture.article(
      "Chinese Vice Premier Gao Mingyuan received Kazakh Deputy Prime Minister Arman Seitkali in Beijing on 2 May 2024. Gao said the railway would open next year.",
      source: "2024-05-02-any.txt")
    #expect(x.entityNames("Person") == ["Gao Mingyuan", "Arman Seitkali"])
    #expect(x.person("Gao Mingyuan")?.aliases.contains("Gao") == true)
  }
}

extension AnyCountryMeetingTests {
  @Test("a name with a lower-case title after it: 'project director of ...'")
  func lowerCaseAppositiveTitle() throws {
    let x = try Fixture.article(
      "Once finished, the plant will be the largest in the region, Anil Varma, project director of the Maitri Power Company, told reporters.",
      source: "2022-09-06-any.txt")
    #expect(x.entityNames("Person") == ["Anil Varma"])
    let role = try #require(x.relations("HOLDS_ROLE").first, "roles: \(x.relationNames("HOLDS_ROLE"))")
    #expect(x.names(of: role) == ("Anil Varma", "Maitri Power Company"))
    #expect(role.properties["title"]?.stringValue == "director")
  }

  @Test("a name set off by commas after a title may end in post-nominal letters")
  func postNominalLetters() throws {
    let x = try Fixture.article(
      "He was joined in Accra by the Prime Minister's Trade Envoy for Nigeria, Adam Kofi MP.",
      source: "2016-04-07-any.txt"
    )
    let person = try #require(x.person("Adam Kofi"), "persons: \(x.entityNames("Person").sorted())")
    #expect(person.properties["title"]?.stringValue == "Trade Envoy")
    // an envoy "for" a country is the sending country's, not the host's (Extractor version 25)
    #expect(person.properties["country"]?.stringValue == nil)
  }
}
