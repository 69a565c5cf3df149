import BilatExtraction
import Testing

/// Names of institutions that begin with a person's name or carry a patronymic, and the
/// patronymic of an untitled person. The sentences are the project's own; the institutions are
/// invented.
@Suite("Institutions named after people, and patronymics")
struct InstitutionNameTests {
  @Test(
    "a known person's name that begins an institution's name is the institution's, not a person",
    arguments: [
      ("Peru's Minister Ana Quispe visited the Vladimir Putin Diplomatic Academy in Lima.", "Vladimir Putin"),
      (
        "Peru's Minister Ana Quispe opened the Nursultan Nazarbayev Technical University in Lima.",
        "Nursultan Nazarbayev"
      ),
    ])
  func institution(_ sentence: String, _ person: String) throws {
    let x = try Fixture.article(" date 2024-11-17 " + sentence)
    #expect(x.entityNames("Person") == ["Ana Quispe"], "\(x.entityNames("Person"))")
    #expect(
      x.entityNames("Organization").contains { $0.hasPrefix(person) }
        || x.entityNames("Facility").contains {
          $0.hasPrefix(person)
        } || x.entityNames("Place").contains { $0.hasPrefix(person) }, "\(x.entities.map(\.name))")
  }

  @Test("a patronymic inside an institution's name stays in it; its director is the person after the comma")
  func patronymicInstitution() throws {
    let x = try Fixture.article(
      " date 2024-11-17 Peru's Minister Ana Quispe met the Director of the Yaw bin Kofi Al Mensah Diplomatic "
        + "Academy of the Trade Office of the Kingdom of Bahrain, Ama Owusu, in Lima.")
    #expect(x.entityNames("Person") == ["Ana Quispe", "Ama Owusu"], "\(x.entityNames("Person"))")
    #expect(x.entityNames("Organization").contains { $0.hasPrefix("Yaw bin Kofi Al Mensah Diplomatic Academy") })
    // the country a body's name ends in is named
    #expect(x.entityNames("Country").contains("Bahrain"), "\(x.entityNames("Country"))")
  }

  @Test("an untitled name goes on through its patronymic")
  func untitledPatronymic() throws {
    let x = try Fixture.article(
      " date 2024-11-17 Peru's Minister Ana Quispe met Sheikha Ama bint Yaw Al Boateng in Lima.")
    #expect(x.entityNames("Person").contains { $0.hasSuffix("Ama bint Yaw Al Boateng") }, "\(x.entityNames("Person"))")
  }
}
