import BilatExtraction
import Testing

/// Capitalized phrases that name a thing or a people, read by the tagger as two words of a person
/// (issue 10). Every sentence is written in the project's own words; the people are invented.
@Suite("Non-person phrases")
struct PersonGuardTests {
  static let thingPhrases: [String] = [
    // a border stretch
    "President Carla Montes met Prime Minister Dario Velli on Monday and said the accord on the Talvor Segment could be signed soon.",
    // a prize
    "President Carla Montes met Prime Minister Dario Velli on Monday, a day after handing out the Ferreira Prize to a poet.",
    // a temple
    "President Carla Montes met Prime Minister Dario Velli on Monday before both visited the Gandor Monastery.",
    // an aid scheme
    "President Carla Montes met Prime Minister Dario Velli on Monday; the clinic was built with Grant Assistance from Japan.",
    // a region's people
    "President Carla Montes met Prime Minister Dario Velli on Monday and called Valdoria a leader among the Sub-Sahara African countries.",
    // a people, plural demonym
    "President Carla Montes met Prime Minister Dario Velli on Monday and recalled the suffering caused by occupying Germans.",
    // a place one goes to
    "President Carla Montes went to Vila Serena, where she met Prime Minister Dario Velli on Monday.",
    // a building where the talks took place
    "President Carla Montes met Prime Minister Dario Velli on Monday at the Tamarind Golf and Beach Resort.",
    "President Carla Montes met Prime Minister Dario Velli on Monday at the Alvor Convention Centre.",
    // a name after an article is a thing's: a training school, a river
    "President Carla Montes met Prime Minister Dario Velli on Monday and agreed to build the Anton Kessler Workshop in Valport.",
    "President Carla Montes met Prime Minister Dario Velli on Monday on the banks of the Orvik Dalen river.",
    // a royal style before a building's name
    "President Carla Montes met Prime Minister Dario Velli on Monday and thanked Valdoria for restoring the Sultan Kessim Mosque.",
    // a place noun after the name: a street
    "President Carla Montes met Prime Minister Dario Velli on Monday and laid flowers at the memorial on Hoang Dieu street.",
    // a thing's head word first: an agenda item
    "President Carla Montes met Prime Minister Dario Velli on Monday to discuss the items of the meeting Prime Minister Dario Velli will chair, including Forum Engagement and Outreach, Maritime Security Initiatives and a proposal.",
    // a title's word before a thing's head word
    "President Carla Montes met Prime Minister Dario Velli on Monday and discussed their Leader Summit preparations.",
  ]

  @Test("a phrase ending in a thing's head noun or a people is no person, nor at the meeting", arguments: thingPhrases)
  func thingPhrase(_ text: String) throws {
    let x = try Fixture.article(text, source: "2024-05-13-visit.txt")
    #expect(x.entityNames("Person") == ["Carla Montes", "Dario Velli"])
    #expect(x.relationNames("MET_WITH").count == 1)
  }

  @Test("a body's name between \"Chairman of the\" and a person's name is no part of the name")
  func bodyBeforeName() throws {
    let x = try Fixture.article(
      "Prime Minister Dario Velli met the Chairman of the Harbor Council John Tamsin in Valport on Tuesday.",
      source: "2024-05-14-council.txt")
    #expect(x.entityNames("Person").sorted() == ["Dario Velli", "John Tamsin"])
    #expect(x.relationNames("MET_WITH").count == 1)
  }

  @Test("the first words of a longer name named before are the same person, not a second one")
  func shortenedName() throws {
    let x = try Fixture.article(
      "Foreign Minister Ana Lucia da Rosa met Foreign Minister Tomas Verano in Valport on Monday. Ana Lucia said the talks went well.",
      source: "2024-05-15-shortened.txt")
    #expect(x.entityNames("Person").sorted() == ["Ana Lucia da Rosa", "Tomas Verano"])
    #expect(x.relationNames("MET_WITH").count == 1)
  }

  @Test("the last words of a longer name from a particle on are the same person")
  func particleSuffix() throws {
    let x = try Fixture.article(
      "Prime Minister Dario Velli met President Omar bin Faris Al Rashid in Valport on Monday. Velli thanked Al Rashid for the visit.",
      source: "2024-05-16-suffix.txt")
    #expect(x.entityNames("Person").sorted() == ["Dario Velli", "Omar bin Faris Al Rashid"])
    #expect(x.relationNames("MET_WITH").count == 1)
  }
}
