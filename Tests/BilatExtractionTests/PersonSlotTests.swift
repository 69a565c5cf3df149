import BilatExtraction
import Testing

/// Names the tagger misreads where news names a person: after a country's possessive, after an
/// honorific, an unknown given name opening the sentence, and lower-case titles of envoys and
/// negotiators. The sentences and names are the project's own.
@Suite("Person slots")
struct PersonSlotTests {
  @Test(
    "a name after a country's possessive or a demonym is a person of that country",
    arguments: [
      ("Ghana's Kofi Mensah and Ana Quispe met on Saturday in Lima.", "Kofi Mensah", "Ghana"),
      ("Poland's Radoslaw Sikorski met Ana Quispe in Lima on Saturday.", "Radoslaw Sikorski", "Poland"),
      ("Ghanaian Kofi Mensah met Ana Quispe on Saturday in Lima.", "Kofi Mensah", "Ghana"),
    ])
  func possessed(_ sentence: String, _ name: String, _ country: String) throws {
    let x = try Fixture.article(" date 2024-11-17 " + sentence)
    #expect(x.person(name)?.properties["country"]?.stringValue == country, "\(x.entityNames("Person"))")
    #expect(x.meetingPairs() == [["Ana Quispe", name].sorted()], "\(x.relationNames("MET_WITH"))")
  }

  @Test(
    "a region, a thing named after someone or a place after a possessive stays no person",
    arguments: [
      "Egypt's Northwest Coast will get a new port, Ana Quispe said in Lima.",
      "Turkey's Oruc Reis vessel surveyed the waters, Ana Quispe said in Lima.",
    ])
  func notPossessed(_ sentence: String) throws {
    let x = try Fixture.article(" date 2024-11-17 " + sentence)
    #expect(x.entityNames("Person") == ["Ana Quispe"])
  }

  @Test("an unknown given name opening the sentence joins the surname the tagger found")
  func openingGivenName() throws {
    let x = try Fixture.article(
      " date 2024-11-17 Ghana and Peru signed a trade agreement in Accra on Monday.\n"
        + "Kofi Mensah told journalists that the talks went well.")
    #expect(x.entityNames("Person").contains("Kofi Mensah"), "\(x.entityNames("Person"))")
  }

  @Test(
    "lower-case titles of envoys, negotiators and advisers, and a president elect",
    arguments: [
      ("\"The talks went well,\" chief negotiator Kofi Mensah told reporters.", "chief negotiator"),
      ("Ghana's envoy Kofi Mensah told reporters.", "envoy"),
      ("Ghana's national security adviser Kofi Mensah told reporters.", "national security adviser"),
      ("Ghana's foreign secretary Kofi Mensah told reporters.", "foreign secretary"),
      ("Ghana's President elect Kofi Mensah met Peru's President Ana Quispe.", "President elect"),
    ])
  func lowerCaseTitles(_ sentence: String, _ title: String) throws {
    let x = try Fixture.article(" date 2024-11-17 " + sentence)
    #expect(x.person("Kofi Mensah")?.properties["title"]?.stringValue == title, "\(x.entityNames("Person"))")
  }

  @Test("Kenya's cabinet secretary written 'CS' is a title: the companion holds a role of the leader's country")
  func cabinetSecretaryAbbreviation() throws {
    let x = try Fixture.article(
      " date 2024-11-17 Kenyan President Kofi Mensah held talks with Peruvian President Ana Quispe in Lima. "
        + "Mensah was accompanied by Foreign Affairs CS Ama Owusu.")
    let ama = try #require(x.person("Ama Owusu"))
    #expect(ama.properties["title"]?.stringValue == "Foreign Affairs CS")
    #expect(x.relationNames("HOLDS_ROLE").contains { $0 == ("Ama Owusu", "Kenya") })
  }

  @Test("a name the tagger left untagged after a country's possessive is a person of that country")
  func untaggedPossessed() throws {
    let x = try Fixture.article(
      " date 2024-11-17 Ghana's Omar al-Mensah and his Peruvian counterpart Ana Quispe held talks on Saturday in Lima.")
    #expect(x.person("Omar al-Mensah")?.properties["country"]?.stringValue == "Ghana", "\(x.entityNames("Person"))")
    #expect(x.meetingPairs() == [["Ana Quispe", "Omar al-Mensah"]], "\(x.relationNames("MET_WITH"))")
  }

  @Test("a counterpart's stated country overrides the one the open data gives a known person")
  func counterpartOverridesDictionary() throws {
    let x = try Fixture.article(
      " date 2024-11-17 President Kofi Mensah of Ghana welcomed his counterpart from South Sudan, "
        + "Salva Kiir, in Accra on Monday.")
    #expect(x.person("Salva Kiir")?.properties["country"]?.stringValue == "South Sudan")
  }

  @Test("a photo's credit names no person of the story")
  func photoCredit() throws {
    let x = try Fixture.article(
      " date 2024-11-17 Peru's President Ana Quispe received Ghana's Deputy Prime Minister Yaw Boateng in Lima. "
        + "(Xinhua/Jose Rojas)")
    #expect(x.entityNames("Person") == ["Ana Quispe", "Yaw Boateng"], "\(x.entityNames("Person"))")
  }

  @Test("a style and a given name ('Sheikh Yaw') later are the person named in full with the style before")
  func styledGivenName() throws {
    let x = try Fixture.article(
      " date 2024-11-17 Peru's President Ana Quispe received H.H. Sheikh Yaw bin Kofi Al Mensah, Deputy Prime "
        + "Minister of Ghana, in Lima. Sheikh Yaw also praised the progress of Peru.")
    #expect(x.entityNames("Person") == ["Ana Quispe", "Yaw bin Kofi Al Mensah"], "\(x.entityNames("Person"))")
  }
}
