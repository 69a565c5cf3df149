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

  @Test(
    "a title and a later word of a holder's name that is also a common given name name the holder",
    arguments: [
      ("2008-04-19", "President Lula met President Kufuor in Accra.", "Luiz Inacio Lula da Silva", "Brazil"),
      ("2012-05-01", "President Jonathan met President Kufuor in Accra.", "Goodluck Jonathan", "Nigeria"),
    ])
  func titledGivenName(_ date: String, _ text: String, _ person: String, _ country: String) throws {
    let x = try Fixture.article("---\ndate: \(date)\n---\n" + text, source: "\(date)-holder.txt")
    #expect(x.person(person)?.properties["country"]?.stringValue == country, "\(x.entityNames("Person"))")
  }

  @Test("a title and a holder's surname too common a word to stand alone name the holder in office")
  func titledCommonWordSurname() throws {
    let x = try Fixture.article(
      "---\ndate: 2017-09-14\n---\nThe envoys praised the rapport of President Trump with PM Modi.",
      source: "2017-09-14-holder.txt")
    #expect(
      x.person("Donald Trump")?.properties["country"]?.stringValue == "United States", "\(x.entityNames("Person"))")
    #expect(x.relationNames("HOLDS_ROLE").contains { $0 == ("Donald Trump", "United States") })
  }

  @Test("a lone surname two people of the article share is the one named most so far")
  func sharedSurname() throws {
    let x = try Fixture.article(
      "---\ndate: 2008-09-15\n---\nPresident Bush welcomed President Kufuor in Washington. Bush praised Ghana. "
        + "Bush and his wife, first lady Laura Bush, toured Accra in February; Bush spoke there.",
      source: "2008-09-15-holder.txt")
    let laura = x.entities("Person").first { $0.name == "Laura Bush" }
    #expect(laura?.mentions.count == 1, "\(x.entityNames("Person"))")
  }

  @Test(
    "a country right after 'for' in an appositive title is the portfolio; the demonym before says whose",
    arguments: [
      ("Mark Lindqvist, US Special Envoy for Yemen and Oman,", "United States"),
      ("Bassam Rady, spokesman for Egypt's presidency,", "Egypt"),
    ])
  func portfolio(_ phrase: String, _ country: String) throws {
    let x = try Fixture.article(
      "---\ndate: 2010-02-19\n---\nPresident Islam Karimov met \(phrase) in Tashkent.", source: "2010-02-19-holder.txt")
    let person = phrase.components(separatedBy: ",")[0]
    #expect(x.person(person)?.properties["country"]?.stringValue == country, "\(x.entityNames("Person"))")
  }

  @Test("the same given name under a title out of the holder's time names nobody")
  func titledGivenNameOutOfOffice() throws {
    let x = try Fixture.article(
      "---\ndate: 2024-05-01\n---\nPresident Jonathan met President Mahama in Accra.", source: "2024-05-01-holder.txt")
    #expect(!x.entityNames("Person").contains { $0.contains("Jonathan") }, "\(x.entityNames("Person"))")
  }

  @Test(
    "'his Brazilian counterpart, President B' is B, of Brazil, even when another Brazilian is named after",
    arguments: [
      "his Brazilian counterpart, President Carlos Mendes,", "his Brazilian counterpart President Carlos Mendes",
    ])
  func counterpartWithTitle(_ phrase: String) throws {
    let x = try Fixture.article(
      "---\ndate: 2008-04-19\n---\nTalks were held between President John Kufuor and \(phrase) at the Castle. "
        + "Paulo Rocha, the foreign minister of Brazil, put his name to four accords.",
      source: "2008-04-19-holder.txt")
    #expect(x.person("Carlos Mendes")?.properties["country"]?.stringValue == "Brazil")
    #expect(x.meetingPairs().contains(["Carlos Mendes", "John Agyekum Kufuor"]), "\(x.meetingPairs())")
    #expect(!x.meetingPairs().contains { $0.contains("Paulo Rocha") }, "\(x.meetingPairs())")
    #expect(!x.entityNames("Person").contains("Luiz Inacio Lula da Silva"))
  }

  @Test("a surname written with its article joined ('al-Sisi') is the surname the table's holder goes by")
  func joinedArticle() throws {
    let x = try Fixture.article(
      "---\ndate: 2024-03-03\n---\nThe leaders of Egypt and Kenya spoke to the press in Cairo: Egypt's head of "
        + "state, Abdel Fatah al-Sisi, welcomed President William Ruto. The Kenyan guest had come at the invitation "
        + "of President Sisi.",
      source: "2024-03-03-holder.txt")
    #expect(x.entityNames("Person") == ["Abdel Fatah al-Sisi", "William Ruto"], "\(x.entityNames("Person"))")
    #expect(x.person("Abdel Fatah al-Sisi")?.properties["country"]?.stringValue == "Egypt")
  }

  @Test("a holder written without the first of the given names is the holder, not a country")
  func firstGivenNameDropped() throws {
    let x = try Fixture.article(
      "---\ndate: 2024-10-23\n---\nPortugal's head of government Luis Montenegro opened a bridge in Porto.",
      source: "2024-10-23-holder.txt")
    #expect(x.entityNames("Person") == ["Antonio Luis Montenegro"], "\(x.entityNames("Person"))")
    #expect(x.person("Antonio Luis Montenegro")?.aliases.contains("Luis Montenegro") == true)
    #expect(!x.entityNames("Country").contains("Montenegro"))
  }
}
