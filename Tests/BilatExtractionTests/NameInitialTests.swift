import BilatExtraction
import Testing

/// Initials in names ("S. Jaishankar", "A. B. Tulegenov", "J.K. Perera", "Md. Karim Hossain") belong to the name; a
/// lone initial is no person, and "U.S." stays a country. The sentences are the project's own.
@Suite("Initials in names")
struct NameInitialTests {
  @Test(
    "a name written with initials is one person, referred to by the surname",
    arguments: [
      ("Foreign Minister Dr. S. Rajaratnam met Kazakh Foreign Minister Murat Nurtleu in Astana.", "S. Rajaratnam"),
      ("Kazakh Deputy Foreign Minister A. B. Tulegenov met Indian envoy Ravi Menon in Delhi.", "A. B. Tulegenov"),
      ("Trade Minister J.K. Perera met Kazakh Foreign Minister Murat Nurtleu in Colombo.", "J.K. Perera"),
      // initials run into the surname, as Turkmen and Russian releases write them
      ("Foreign Minister R.Amanov met Kazakh Foreign Minister Murat Nurtleu in Ashgabat.", "R. Amanov"),
      ("Governor A.D.Belov met Kazakh Foreign Minister Murat Nurtleu in Ashgabat.", "A.D. Belov"),
      // given names abbreviated with a period: no sentence ends there, and the name keeps them
      (
        "State Minister of Commerce Md. Karim Hossain met Kazakh Foreign Minister Murat Nurtleu in Dhaka.",
        "Md. Karim Hossain"
      ),
      (
        "Malaysian Trade Minister Mohd. Azmi Rahman met Kazakh Foreign Minister Murat Nurtleu in Penang.",
        "Mohd. Azmi Rahman"
      ),
    ])
  func initials(_ text: String, _ name: String) throws {
    let x = try Fixture.article(
      text + " Later, " + (name.split(separator: " ").last.map(String.init) ?? "") + " spoke.",
      source: "2023-03-02-initials.txt")
    let people = x.entityNames("Person")
    #expect(people.contains(name), "people: \(people)")
    #expect(!people.contains { $0.count <= 2 }, "a lone initial: \(people)")
    #expect(x.relationNames("MET_WITH").contains { $0.0 == name || $0.1 == name })
  }

  @Test("'U.S.' before a title stays a country")
  func country() throws {
    let x = try Fixture.article(
      "U.S. Secretary of State Antony Blinken met Kazakh Foreign Minister Murat Nurtleu in Astana.",
      source: "2023-03-02-initials.txt")
    #expect(x.entityNames("Person") == ["Antony Blinken", "Murat Nurtleu"])
    #expect(x.entityNames("Country").contains("United States"))
  }

  @Test("a name with initials is the person whose given names they begin")
  func initialedFullName() throws {
    let x = try Fixture.article(
      "Foreign Minister Rashad Amanov of Turkmenistan met Kazakh Foreign Minister Murat Nurtleu in Ashgabat. "
        + "Then Minister R.Amanov signed the plan.",
      source: "2023-03-02-initials.txt")
    #expect(x.entityNames("Person").sorted() == ["Murat Nurtleu", "Rashad Amanov"])
  }

  @Test("an initial before a known person's surname is that person's, and the written name an alias")
  func initialBeforeSurname() throws {
    let x = try Fixture.article(
      "Foreign Minister Rashad Amanov of Turkmenistan met Kazakh Foreign Minister Murat Nurtleu in Ashgabat. "
        + "The guest handed over a message from R. Amanov to the Kazakh leadership.",
      source: "2023-03-02-initials.txt")
    #expect(x.entityNames("Person").sorted() == ["Murat Nurtleu", "Rashad Amanov"])
    #expect(x.person("Rashad Amanov")?.aliases.contains("R. Amanov") == true)
  }
}
