import BilatExtraction
import Testing

/// Where a meeting took place when its own sentence names no city, or names one that is not
/// where it took place: the host's country a visitor arrived in outranks the dateline of the
/// visitor's home agency, an earlier meeting or trip recalled places nothing, a trip told of the
/// other side after the meeting is no place of it, a meeting of others is no site of talks. The
/// sentences are the project's own.
@Suite("Meeting places around visits, recalled meetings and meetings of others")
struct VisitedPlaceTests {
  @Test(
    "each meeting's place, in the order the article tells the meetings",
    arguments: [
      // the visitor's home dateline gives way to the host country's capital
      (
        "ACCRA - Ghanaian President Kofi Mensah arrived in Peru on Monday and met Peruvian President Ana Quispe. "
          + "He later spoke at a university in Lima.",
        ["Lima"]
      ),
      // a next host: neither the dateline nor the last city named is where they met
      (
        "ACCRA - Ghanaian President Kofi Mensah arrived in Peru on Monday and met Peruvian President Ana Quispe. "
          + "He later spoke at a university in Lima. The Ghanaian president visited Chile on Sunday. There he met "
          + "with Chilean President Gabriel Boric.",
        ["Lima", nil]
      ),
      // the return home after a visit is no visit
      (
        "ACCRA - Ghanaian President Kofi Mensah arrived back in Ghana on Saturday after a state visit to Peru, "
          + "where he met Peruvian President Ana Quispe at the Government Palace in Lima. He also met Peruvian "
          + "Senate President Jose Rojas.",
        ["Lima", "Lima"]
      ),
      // "visiting Ghana's minister": the visitor's country, not the visit's
      (
        "LIMA, May 5 (Andina) - President Ana Quispe met visiting Ghana's Foreign Minister Kofi Mensah on Monday.",
        ["Lima"]
      ),
      // an earlier meeting recalled by its year tells nothing of this one's place
      (
        "LIMA, May 5 (Andina) - President Ana Quispe of Peru received President Kofi Mensah of Ghana at the "
          + "Government Palace on Monday. The two presidents have met several times, most recently in summer "
          + "2019 in Accra.",
        ["Lima"]
      ),
      // an earlier trip recalled; a dateline with a colon set apart by spaces
      (
        "Lima : President Ana Quispe held talks with Ghana's President Kofi Mensah on Thursday. Recalling his "
          + "visit to Kumasi in March 2006, Mensah praised the ties.",
        ["Lima"]
      ),
      // a trip of the other side told after the meeting
      (
        "LIMA, May 5 (Andina) - President Ana Quispe met with her Ghanaian counterpart Kofi Mensah, who "
          + "travelled with her to the northern city of Trujillo, and with business leaders.",
        ["Lima"]
      ),
      // a meeting of others, named by no person
      (
        "President Ana Quispe of Peru received President Kofi Mensah of Ghana at the Government Palace on "
          + "Monday. The regional bloc endorsed the plan at a meeting the following week in Cusco, Peru.",
        [nil]
      ),
      // the city of the discussions, or of the ceremony, told in a later sentence
      (
        "President Ana Quispe of Peru and President Kofi Mensah of Ghana gathered for discussions on Monday. "
          + "\"Our discussions in Lima today were fruitful,\" Quispe said.",
        ["Lima"]
      ),
      (
        "President Kofi Mensah of Ghana received Ambassador Ana Quispe of Peru on Monday. The formal "
          + "ceremony was held at Jubilee Lodge in Accra.",
        ["Accra"]
      ),
    ] as [(String, [String?])])
  func places(_ text: String, _ expected: [String?]) throws {
    let x = try Fixture.article(" date 2024-05-05 Wire\n\n" + text)
    let places = x.relations("MET_WITH").map { $0.properties["place"]?.stringValue }
    #expect(places == expected, "\(x.relationNames("MET_WITH"))")
  }
}
