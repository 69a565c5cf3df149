import BilatExtraction
import Testing

/// Meetings whose people are named apart from the meeting: a delegation met without its head
/// named in the sentence, a region's head after the region's name, two leaders who sign together
/// or hold a summit, a style that is no one's surname. Invented names, real countries and cities.
@Suite("Delegations, region heads and joint signings")
struct DelegationMeetingTests {
  @Test(
    "the pairs that met, exactly",
    arguments: [
      // the delegation's head, named in an earlier sentence, met whoever received the delegation
      (
        "A delegation of Mongolia led by Foreign Minister Batbold Ganzorig toured the port of Callao. Later, the "
          + "Mongolian delegation and its experts were hosted by President of Peru Rosa Quispe.",
        [["Batbold Ganzorig", "Rosa Quispe"]]
      ),
      (
        "The Turkmen government delegation, headed by Deputy Prime Minister Berdi Annayev, arrived in Tokyo. "
          + "Prime Minister of Japan Kenji Sato received the delegation on Friday.", [["Berdi Annayev", "Kenji Sato"]]
      ),
      // a host who receives a delegation of his own country meets no foreign head
      (
        "A delegation of Japan led by Foreign Minister Kenji Sato arrived in Lima. A Japanese business delegation "
          + "was also received by Deputy Minister Haruto Ito.", []
      ),
      // "the guest": the delegation's head who arrived
      (
        "A delegation of Russia headed by the Governor of Saint-Petersburg P.K.Orlov opened a trade fair in Mary. "
          + "In the evening the guest was welcomed by the President of Turkmenistan Berdi Annayev.",
        [["Berdi Annayev", "P.K. Orlov"]]
      ),
      // a region's head after the region's name
      (
        "In Bukhara, President of Uzbekistan Alisher Karimov hosted the President of Bashkortostan Timur Galeyev and "
          + "his ministers.", [["Alisher Karimov", "Timur Galeyev"]]
      ),
      // two leaders who adopt or sign together were together
      (
        "Uzbek President Alisher Karimov spent three days in Seoul as the guest of South Korean President Park "
          + "Min-jun. Both presidents jointly adopted a road map for the textile industry.",
        [["Alisher Karimov", "Park Min-jun"]]
      ),
      (
        "Chinese President Wang Jian met Turkmen President Berdi Annayev in Beijing on Monday. Turkmen Foreign "
          + "Minister Dovlet Orazov and Chinese Foreign Minister Li Ming discussed gas prices. After the talks, the "
          + "two presidents signed a joint declaration.",
        [["Berdi Annayev", "Wang Jian"], ["Dovlet Orazov", "Li Ming"]]
      ),
      // a pair whose countries are unknown is no pair of sides
      (
        "Mr. Ivan Dorn, Deputy Chief of Staff, and Mr. Pavel Lenz, Ambassador to Chile, attended. The two leaders "
          + "signed the statement.", []
      ),
      // a summit the two held, not a summit they attended
      (
        "Presidents Park Min-jun and Alisher Karimov of Uzbekistan held a summit on Jeju island in May.",
        [["Alisher Karimov", "Park Min-jun"]]
      ),
      (
        "Presidents Park Min-jun and Alisher Karimov attended the summit of the Asia Cooperation Dialogue.", []
      ),
      (
        "The online summit between Japanese Prime Minister Kenji Sato and Italian Prime Minister Marco Bellini "
          + "lasted an hour.", [["Kenji Sato", "Marco Bellini"]]
      ),
      // "agreed" plans a meeting only when the meeting is what was agreed
      (
        "Peruvian President Rosa Quispe agreed at her meeting with Canadian Prime Minister John Miller that the "
          + "port fees would fall.", [["John Miller", "Rosa Quispe"]]
      ),
      ("President Rosa Quispe agreed to meet Canadian Prime Minister John Miller in June.", []),
      // a fronted conversation of two people; not a speech to an audience
      (
        "Speaking with Kyrgyz President Almaz Toktogulov, Russian President Ivan Petrov praised the new dam.",
        [["Almaz Toktogulov", "Ivan Petrov"]]
      ),
      ("Speaking to students, Russian President Ivan Petrov praised the new dam.", []),
    ] as [(String, [[String]])])
  func pairs(_ text: String, _ expected: [[String]]) throws {
    try Fixture.expectMeetings(text, source: "2024-07-02-delegation.txt", expected)
  }

  @Test(
    "a regional office's region is a place, and the two words after it the holder's name",
    arguments: [
      ("the Governor of Shimane Daichi Mori", "Daichi Mori", "Governor of Shimane", "Shimane"),
      ("the President of Bashkortostan Timur Galeyev", "Timur Galeyev", "President of Bashkortostan", "Bashkortostan"),
      ("the Governor of Saint-Petersburg P.K.Orlov", "P.K. Orlov", "Governor of Saint-Petersburg", "Saint-Petersburg"),
      // a region the dictionary knows keeps its dictionary name
      ("the Akim of Mangystau Serik Nurlanov", "Serik Nurlanov", "Akim of Mangystau", "Mangystau region"),
    ])
  func regionHead(_ phrase: String, _ name: String, _ title: String, _ region: String) throws {
    let x = try Fixture.article("On May 5, \(phrase) met the Mayor of Lima.", source: "2024-05-05-region.txt")
    #expect(x.person(name)?.properties["title"]?.stringValue == title, "\(x.entityNames("Person"))")
    #expect(x.entityNames("Place").contains(region), "\(x.entityNames("Place"))")
  }

  @Test("a delegation's head takes the delegation's country")
  func headCountry() throws {
    let x = try Fixture.article(
      "In Khiva, Uzbek President Alisher Karimov welcomed a delegation of the Russian Federation headed by the Head "
        + "of Bashkortostan Timur Galeyev.", source: "2022-03-23-head.txt")
    #expect(x.person("Timur Galeyev")?.properties["country"]?.stringValue == "Russia")
  }

  @Test("a style before a name is no dictionary person's surname")
  func styleIsNoSurname() throws {
    let x = try Fixture.article(
      "Sheikh Hamad bin Khalid met President Lazarus Chakwera of Malawi in Doha on Monday.",
      source: "2024-05-06-style.txt")
    #expect(x.entityNames("Person") == ["Hamad bin Khalid", "Lazarus Chakwera"], "\(x.entityNames("Person"))")
  }

  @Test("an office's holder the article names without his title is the dictionary's holder on its date")
  func untitledHolder() throws {
    let x = try Fixture.article(
      "date 2007-05-10 The presidents of Russia and Kazakhstan held talks in Astana on Thursday. Vladimir Putin "
        + "flew there from Moscow. President Nursultan Nazarbayev praised the ties.", source: "2007-05-10-holder.txt")
    #expect(x.meetingPairs() == [["Nursultan Nazarbayev", "Vladimir Putin"]], "\(x.relationNames("MET_WITH"))")
  }
}
