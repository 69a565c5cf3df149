import BilatExtraction
import Testing

/// A titled person whose written name differs from the office holders' table ("Sheikh Hasina"
/// for the listed "Hasina") still gets the office's country when the titles agree.
@Suite("Office holders under other spellings")
struct OfficeHolderNameTests {
  @Test(
    "a word of the name that the table lists with the same title gives the country",
    arguments: [
      ("President Bashar Asad received the envoy of Oman in Damascus.", "Bashar Asad", "Syria"),
      ("Prime Minister Sheikh Hasina opened a new bridge near Dhaka.", "Sheikh Hasina", "Bangladesh"),
    ])
  func sameTitle(_ text: String, _ person: String, _ country: String) throws {
    let x = try Fixture.article("---\ndate: 2024-05-01\n---\n" + text, source: "2024-05-01-holder.txt")
    #expect(x.person(person)?.properties["country"]?.stringValue == country)
    #expect(x.relationNames("HOLDS_ROLE").contains { $0 == (person, country) })
  }

  @Test("the same word with another title proves nothing")
  func otherTitle() throws {
    let x = try Fixture.article(
      "---\ndate: 2024-05-01\n---\nMinister of Culture Karim Asad visited a museum in Beirut.",
      source: "2024-05-01-holder.txt")
    #expect(x.person("Karim Asad")?.properties["country"]?.stringValue != "Syria")
  }
}
