import BilatExtraction
import Testing

/// Words at the edges of a name that are not the name: a byline before the dateline, a military
/// rank before a name, a sentence adverb before a surname; and a spouse's name, which is a
/// person's whatever the tagger reads. The sentences are the project's own.
@Suite("Bylines, ranks and sentence adverbs are no names")
struct NameEdgeTests {
  @Test("a byline names the writer, not the city; the wire's dateline gives the place")
  func byline() throws {
    let x = try Fixture.article(
      " date 2024-05-06 Peru, Ghana pledge closer ties\n\nBy MARIA ROSSI | May 6, 2024 | 3:50 PM EST\n\n"
        + "ACCRA (AP) — President Ana Quispe met President Kofi Mensah on Monday.")
    #expect(x.entityNames("City") == ["Accra"], "\(x.entityNames("City"))")
    #expect(x.meetingProperty("place") == "Accra")
  }

  @Test("a military rank is a title, not a person")
  func rank() throws {
    let x = try Fixture.article(
      " date 2024-05-06 President Ana Quispe met President Kofi Mensah in Accra on Monday. The talks were "
        + "attended by Ghana's Lieutenant General Yaw Boateng, head of the army.")
    #expect(!x.entityNames("Person").contains("Lieutenant"), "\(x.entityNames("Person"))")
    #expect(x.person("Yaw Boateng")?.properties["title"]?.stringValue?.contains("Lieutenant General") == true)
    #expect(x.meetingPairs() == [["Ana Quispe", "Kofi Mensah"]])
  }

  @Test("a sentence adverb before a surname is no part of the name", arguments: ["Afterwards", "Subsequently"])
  func adverb(_ adverb: String) throws {
    let x = try Fixture.article(
      " date 2024-05-06 President Ana Quispe met President Kofi Mensah in Accra on Monday. \(adverb) Quispe "
        + "said the talks had been useful.")
    #expect(x.entityNames("Person") == ["Ana Quispe", "Kofi Mensah"], "\(x.entityNames("Person"))")
  }

  @Test("a name after \"his wife\" is a person who meets no one")
  func spouse() throws {
    let x = try Fixture.article(
      " date 2024-05-06 President Ana Quispe met President Kofi Mensah in Accra on Monday. Quispe later visited a "
        + "frail Yaw Boakye and his wife Graca Lindo at the offices of their charity in Kumasi.")
    #expect(x.entityNames("Person").contains("Graca Lindo"), "\(x.entityNames("Person"))")
    #expect(!x.entityNames("Place").contains("Graca Lindo"))
    #expect(!x.meetingPairs().contains { $0.contains("Graca Lindo") })
  }

  @Test(
    "a named operation or storm is no person, even when a given name follows its kind",
    arguments: ["Operation Sunrise", "Typhoon Korvan", "Hurricane Nadia"])
  func namedEvent(_ name: String) throws {
    let x = try Fixture.article(
      " date 2024-05-06 President Ana Quispe met President Kofi Mensah in Accra. They discussed \(name) and "
        + "its aftermath.")
    #expect(!x.entityNames("Person").contains(name), "\(x.entityNames("Person"))")
  }

  @Test("a participle opening a sentence is no given name of the person after it")
  func openingParticiple() throws {
    let x = try Fixture.article(
      " date 2024-05-06 President Ana Quispe met President Kofi Mensah in Accra. Lauding Mensah for his "
        + "patience, Quispe signed the protocol.")
    #expect(!x.entityNames("Person").contains("Lauding Mensah"), "\(x.entityNames("Person"))")
  }

  @Test("the plural of a demonym of two words is a people, no person")
  func pluralTwoWordDemonym() throws {
    let x = try Fixture.article(
      " date 2024-05-06 President Ana Quispe met President Kofi Mensah in Accra. They discussed grants for "
        + "Sri Lankans studying in Ghana.")
    #expect(!x.entityNames("Person").contains("Sri Lankans"), "\(x.entityNames("Person"))")
  }
}
