import BilatExtraction
import Testing

/// A nickname in quotes inside a person's name. The sentences are the project's own.
@Suite("Nicknames in quotes inside a name")
struct NicknameTests {
  @Test(
    "the words after a quoted nickname belong to the person before it; the meeting is theirs",
    arguments: [
      (
        "President Carlos “Cacho” Mendes Ribeiro of Brazil met President Armando Guebuza of Mozambique in Maputo.",
        "Carlos Cacho Mendes Ribeiro"
      ),
      (
        "Brazilian President Paulo “Paulinho” da Costa met President Armando Guebuza of Mozambique in Maputo.",
        "Paulo Paulinho da Costa"
      ),
    ])
  func nickname(_ text: String, _ person: String) throws {
    let x = try Fixture.article("---\ndate: 2009-07-21\n---\n" + text, source: "2009-07-21-nickname.txt")
    let people = x.entityNames("Person")
    #expect(people.contains { $0.hasSuffix(person.split(separator: " ").last.map(String.init) ?? "") }, "\(people)")
    #expect(!people.contains { $0.contains("“") || $0.contains("”") }, "\(people)")
    #expect(x.meetingPairs().count == 1, "\(x.meetingPairs())")
    #expect(x.meetingPairs().first?.contains("Armando Guebuza") == true, "\(x.meetingPairs())")
    #expect(x.meetingPairs().first?.contains { $0.hasSuffix(String(person.split(separator: " ").last ?? "")) } == true)
  }

  @Test("a quoted word after a name that no more of the name follows is left alone")
  func quoteAfterName() throws {
    let x = try Fixture.article(
      "---\ndate: 2009-07-21\n---\nPresident Armando Guebuza called the deal “Historic” in Maputo.",
      source: "2009-07-21-nickname.txt")
    #expect(x.entityNames("Person") == ["Armando Guebuza"], "\(x.entityNames("Person"))")
  }
}
