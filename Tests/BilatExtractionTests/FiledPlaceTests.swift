import BilatExtraction
import Testing

/// A dateline tells where a story was filed, often the home city of the agency while its leader
/// is abroad. A meeting that only the dateline placed takes the city the article tells for the
/// talks: another meeting's city, the city talks were held in, a stay on a visit, the headline's
/// city. The sentences are the project's own.
@Suite("Dateline places corrected by the article")
struct FiledPlaceTests {
  @Test("a meeting placed by the dateline takes the city where its visitor's other meeting was told")
  func siblingMeeting() throws {
    let x = try Fixture.article(
      "LIMA, May 6 (Andina) - Peru's Foreign Minister Ana Quispe met Ghana's Foreign Minister Kofi Mensah "
        + "in the capital city of Accra on Monday. Quispe also held talks with Ghanaian President Yaw Boateng "
        + "on fisheries.")
    let places = x.relations("MET_WITH").map { $0.properties["place"]?.stringValue }
    #expect(places == ["Accra", "Accra"], "\(x.relationNames("MET_WITH"))")
  }

  @Test(
    "a wire's dateline in a third country gives way to the city the talks were held in",
    arguments: [
      "the Ghanaian presidency said after the talks held in the capital Accra late Monday.",
      "the Ghanaian presidency said after the talks held in the Ghanaian capital Accra.",
    ])
  func talksCity(_ tail: String) throws {
    let x = try Fixture.article(
      """
       date 2024-04-23 Wire

      LONDON

      Ghanaian President Kofi Mensah held talks with Peru's Foreign Minister Ana Quispe, \(tail)
      """)
    // meetingPairs() sorts each pair's names
    #expect(x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]], "\(x.relationNames("MET_WITH"))")
    #expect(x.meetingProperty("place") == "Accra")
  }

  @Test("a dateline and a told city of one country: the dateline's city stays")
  func sameCountry() throws {
    let x = try Fixture.article(
      "KUMASI, May 6 (GNA) - Peru's Foreign Minister Ana Quispe met Ghana's Foreign Minister Kofi Mensah "
        + "in Accra on Monday. Quispe also held talks with Ghanaian President Yaw Boateng on fisheries.")
    let places = x.relations("MET_WITH").map { $0.properties["place"]?.stringValue }
    #expect(places == ["Accra", "Kumasi"], "\(x.relationNames("MET_WITH"))")
  }

  @Test("an earlier meeting recalled in another city does not move the dateline's meeting")
  func recalledMeeting() throws {
    let x = try Fixture.article(
      "ACCRA, May 6 (GNA) - Ghana's President Kofi Mensah held talks with Peru's President Ana Quispe on "
        + "Monday. It is recalled that Mensah met Quispe at a summit in Lima in September 2021.")
    #expect(x.meetingProperty("place") == "Accra", "\(x.relationNames("MET_WITH"))")
  }

  @Test("a stay on a visit told by the city places the talks, a planned one does not")
  func stayOnVisit() throws {
    let stay = try Fixture.article(
      "LIMA, May 6 (Andina) - Peru's President Ana Quispe is currently in Accra, Ghana on an official visit. "
        + "Quispe met her Ghanaian counterpart Kofi Mensah on Monday.")
    #expect(stay.meetingProperty("place") == "Accra")
    let planned = try Fixture.article(
      "LIMA, May 6 (Andina) - Peru's President Ana Quispe will be in Accra, Ghana on an official visit. "
        + "Quispe met her Ghanaian counterpart Kofi Mensah on Monday.")
    #expect(planned.meetingProperty("place") == "Lima")
  }

  @Test(
    "the headline's city places talks the body does not, when the body names the city",
    arguments: [
      ("Peruvian and Ghanaian ministers met in Accra", "Accra"),
      ("Peruvian minister to meet Ghanaian counterpart in Accra", "Lima"),
    ])
  func headline(_ title: String, _ place: String) throws {
    let x = try Fixture.article(
      """
      \(title)

      LIMA, May 6 (Andina) - Peru's Foreign Minister Ana Quispe met Ghana's Foreign Minister Kofi Mensah on \
      Monday. The two ministers discussed fisheries.

      Quispe later opened a school in Accra.
      """)
    #expect(x.meetingProperty("place") == place)
  }

  @Test("a dateline joining two cities names the first as where the story was filed")
  func joinedDateline() throws {
    let x = try Fixture.article(
      " date 2016-08-02 LIMA-ACCRA. ANDINA - Peru's President Ana Quispe met Ghana's President Kofi Mensah "
        + "today on the sidelines of a forum.")
    #expect(x.entityNames("City").contains("Lima"), "\(x.entityNames("City"))")
    #expect(!x.entityNames("City").contains { $0.contains("-") })
  }
}
