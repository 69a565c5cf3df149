import BilatExtraction
import Testing

/// Styles written before a name are no part of it, however many come in a row. The sentences
/// are the project's own.
@Suite("Styles before a name")
struct StyledNameTests {
  @Test(
    "every style before the name is left out",
    arguments: [
      ("H. E. Shri Ravi Menon, Prime Minister of India, held talks with President Kofi Mensah.", "Ravi Menon"),
      ("Hon. Shri Ravi Menon, Prime Minister of India, held talks with President Kofi Mensah.", "Ravi Menon"),
      // a capitalized article is a particle, so the four words of the name reach its end
      (
        "His Highness Sheikh Omar bin Khalid Al Nasser, Emir of Qatar, held talks with President Kofi Mensah.",
        "Omar bin Khalid Al Nasser"
      ),
    ])
  func stylesLeftOut(_ text: String, _ name: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(x.entityNames("Person").contains(name), "people: \(x.entityNames("Person"))")
    #expect(!x.entityNames("Person").contains { $0.contains("Shri") || $0.hasPrefix("H.") || $0.hasSuffix(" Al") })
  }

  @Test("a style after a title's comma leaves the name the title's, however the sentence goes on")
  func styleAfterTitleComma() throws {
    let x = try Fixture.article(
      " date 2024-05-06 President Kofi Mensah greeted the Prime Minister of Peru, Hon. Ana Quispe "
        + "at Jubilee Lodge.")
    #expect(x.person("Ana Quispe")?.properties["title"] == .string("Prime Minister"))
    #expect(x.relationNames("HOLDS_ROLE").contains { $0 == ("Ana Quispe", "Peru") }, "\(x.relationNames("HOLDS_ROLE"))")
  }
}

/// Where a title's complement ends and a name begins when a word no list knows stands between
/// them. The sentences are the project's own.
@Suite("A name's first word after a title's complement")
struct ComplementNameTests {
  @Test(
    "one unknown word after a portfolio or a country begins the name",
    arguments: [
      (
        "Minister for Broadcasting Chaudhry Farhan Qureshi met the Uzbek Minister of Culture in Tashkent on Monday.",
        "Chaudhry Farhan Qureshi", "Minister for Broadcasting"
      ),
      (
        "Deputy Minister of Industry and Geology Luong Quoc Binh met the Thai ambassador in Hanoi on Monday.",
        "Luong Quoc Binh", "Deputy Minister of Industry and Geology"
      ),
      // a Vietnamese given name "An" ends the name, no article
      (
        "Vice Minister of Planning Tran Minh An met the Lao ambassador in Hanoi on Monday.",
        "Tran Minh An", "Vice Minister of Planning"
      ),
      // a common word after the portfolio is still the portfolio's
      (
        "Minister of Trade and Integration Peter Lindqvist met the Chilean ambassador in Santiago on Monday.",
        "Peter Lindqvist", "Minister of Trade and Integration"
      ),
    ])
  func nameBegins(_ text: String, _ name: String, _ title: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(x.entityNames("Person").contains(name), "people: \(x.entityNames("Person"))")
    #expect(x.person(name)?.properties["title"] == .string(title))
  }

  @Test func bodyNameAfterTheStaysInTheTitle() throws {
    let x = try Fixture.article(
      " date 2024-05-06 The Chairman of the Mejlis Tarkhan Owezow met the Turkish ambassador in Ashgabat on Monday.")
    #expect(!x.entityNames("Person").contains { $0.hasPrefix("Mejlis") }, "people: \(x.entityNames("Person"))")
  }

  @Test(
    "a body's name after \"the\", or before a body's head, is no person",
    arguments: [
      (
        "The Chairman of the Great Khural of Mongolia, Batbold Ganzorig, spoke by phone with the Kazakh President on Monday.",
        "Batbold Ganzorig", "Khural"
      ),
      (
        "Among those at the airport were Commander Air Force, Maj. Gen. Peter Okello, and Inspector General of Police, "
          + "Gen. John Mukasa.",
        "Peter Okello", "Air"
      ),
    ])
  func bodyNameIsNoPerson(_ text: String, _ person: String, _ body: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    #expect(x.entityNames("Person").contains(person), "people: \(x.entityNames("Person"))")
    #expect(!x.entityNames("Person").contains { $0.contains(body) }, "people: \(x.entityNames("Person"))")
  }

  @Test func engineersStyleEndsNoSentence() throws {
    let x = try Fixture.article(
      " date 2024-05-06 The talks were attended by Minister of State for Water Affairs Eng. Khalid bin Saleh al-Murri"
        + " and other officials.")
    #expect(x.entityNames("Person") == ["Khalid bin Saleh al-Murri"], "people: \(x.entityNames("Person"))")
    let title = x.person("Khalid bin Saleh al-Murri")?.properties["title"]
    #expect(title == .string("Minister of State for Water Affairs"))
  }

  @Test(
    "a person written with Sayyid is known by the styled name too",
    arguments: [
      "The President of Iran Sayyid Hamid Rezaei met President Kofi Mensah in Accra on Monday.",
      "Iran's President Sayyid Ebrahim Raisi received the Ghanaian foreign minister in Tehran on Monday.",
      // a dictionary person keeps the dictionary's name; the styled one is an alias
      "The President of Iran Sayyid Ebrahim Raisi met the Ghanaian foreign minister in Tehran on Monday.",
    ])
  func sayyid(_ text: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    let styled = x.entities("Person").filter { ([$0.name] + $0.aliases).contains { $0.hasPrefix("Sayyid ") } }
    #expect(styled.count == 1, "people: \(x.entities("Person").map { [$0.name] + $0.aliases })")
  }
}

/// A name the dictionary knows by its first part, written in full. The sentences are the project's own.
@Suite("The rest of a dictionary name")
struct DictionaryNameTailTests {
  @Test(
    "the written name goes on through its particles and is an alias of the dictionary person",
    arguments: [
      "Dubai's ruler Mohammad bin Rashid Al Maktoum received the Chilean foreign minister Ana Reyes on Monday.",
      "The Chilean foreign minister Ana Reyes called on Emir Mohammad bin Rashid Al Maktoum in Dubai on Monday.",
    ])
  func tail(_ text: String) throws {
    let x = try Fixture.article(" date 2024-05-06 " + text)
    let people = x.entities("Person")
    #expect(people.count == 2, "people: \(people.map { [$0.name] + $0.aliases })")
    #expect(people.contains { $0.aliases.contains("Mohammad bin Rashid Al Maktoum") })
    #expect(!people.contains { $0.name == "Al Maktoum" })
  }
}
