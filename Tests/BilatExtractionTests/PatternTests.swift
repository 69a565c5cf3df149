import BilatExtraction
import Testing

@Suite("Extraction rules")
struct PatternTests {
  @Test("title + name finds people in no dictionary, with title, organization and country")
  func titleName() throws {
    let x = try Fixture.extract("wire-dateline.txt")
    let liu = try #require(x.person("Liu Guozhong"))
    #expect(liu.properties["title"]?.stringValue == "Vice Premier")
    #expect(liu.properties["organization"]?.stringValue == "State Council")
    let ak = try #require(x.person("Yerlan Akkenzhenov"))
    #expect(ak.properties["title"]?.stringValue == "Minister of Energy")
    #expect(ak.properties["country"]?.stringValue == "Kazakhstan")
    let roles = x.relations("HOLDS_ROLE").map { x.names(of: $0) }
    #expect(roles.contains { $0 == ("Liu Guozhong", "State Council") })
    #expect(roles.contains { $0 == ("Yerlan Akkenzhenov", "Kazakhstan") })
  }

  @Test("long titles with an organization: Chairman of the Management Board of X")
  func chairman() throws {
    let x = try Fixture.extract("release-updated.md")
    let p = try #require(x.person("Yerbol Tulegenov"))
    #expect(p.properties["title"]?.stringValue == "Chairman of the Management Board")
    #expect(p.properties["organization"]?.stringValue == "Kaztransgaz Holding")
    #expect(x.entityNames("Organization").contains("Kaztransgaz Holding"))
  }

  @Test("name + appositive title")
  func appositive() throws {
    let x = try Fixture.article(
      "Arman Zhaksylykov, Deputy Minister of Finance of Kazakhstan, met Kim Dong-won, Ambassador of South Korea, in Astana.",
      source: "2024-01-10-a.txt")
    #expect(x.person("Arman Zhaksylykov")?.properties["title"]?.stringValue == "Deputy Minister of Finance")
    #expect(x.person("Kim Dong-won")?.properties["country"]?.stringValue == "South Korea")
    #expect(x.relations("MET_WITH").count == 1)
  }

  @Test("relative date, dateline city ('here'), signed agreement, projects and facilities")
  func wire() throws {
    let x = try Fixture.extract("wire-dateline.txt")
    let met = try #require(x.relations("MET_WITH").first)
    #expect(met.properties["date"]?.stringValue == "2023-11-28")
    #expect(met.properties["place"]?.stringValue == "Beijing")
    #expect(met.properties["mode"]?.stringValue == "in person")
    #expect(x.entityNames("Agreement").contains("Agreement on Cooperation in the Field of Renewable Energy"))
    #expect(
      x.relationNames("SIGNED").contains {
        $0 == ("China", "Agreement on Cooperation in the Field of Renewable Energy")
      })
    #expect(x.entityNames("Project").contains("modernization of the Pavlodar oil refinery"))
    #expect(x.entityNames("Facility").contains("Pavlodar oil refinery"))
    #expect(
      x.relationNames("CONCERNS").contains {
        $0 == ("modernization of the Pavlodar oil refinery", "Pavlodar oil refinery")
      })
    #expect(x.relationNames("IN_SECTOR").contains { $0 == ("Pavlodar oil refinery", "energy") })
    // the city inside a facility name is not a City of its own
    #expect(!x.entityNames("City").contains("Pavlodar"))
  }

  @Test("coreference: surname, 'Mr.', 'the Prime Minister' and 'the Kazakh side'")
  func coreference() throws {
    let x = try Fixture.extract("release-updated.md")
    let smailov = try #require(x.person("Alikhan Smailov"))
    // "Prime Minister Alikhan Smailov", "The Prime Minister"
    #expect(smailov.mentions.contains { $0.rule == "title-coreference" })
    #expect(x.person("Yerbol Tulegenov")?.mentions.contains { $0.rule == "surname-coreference" } == true)
    #expect(x.entities("Person").count == 2)
    let s = try Fixture.extract("scraped-clutter.txt")
    let kz = try #require(s.entities("Country").first { $0.name == "Kazakhstan" })
    #expect(kz.mentions.contains { $0.rule == "side-reference" })
    // the name, the surname, and "The Minister" (the minister named last; "Minister of
    // Transport" is a minister like "Transport Minister")
    #expect(s.person("Nurlan Sauranbayev")?.mentions.count == 3)
    #expect(s.person("Nurlan Sauranbayev")?.mentions.contains { $0.rule == "title-coreference" } == true)
  }

  @Test("'the two sides agreed' is an agreement between the participants' countries; wishes are not")
  func wishesAreNotAgreements() throws {
    let x = try Fixture.extract("scraped-clutter.txt")
    let agreed = x.relations("AGREED")
    #expect(agreed.count == 1)
    #expect(agreed.first?.properties["about"]?.stringValue?.hasPrefix("open a joint cargo terminal") == true)
    #expect(x.relations("SIGNED").isEmpty)
    for text in [
      "Kazakhstan is interested in signing the Roadmap for Industrial Cooperation with China.",
      "Kazakhstan and China hope to sign an Agreement on Water Resources next year.",
      "Kazakhstan called for an agreement on transit tariffs with China to be signed soon.",
      "Kazakhstan proposed that China and Kazakhstan agree on new quotas.",
    ] {
      let w = try Fixture.article(text, source: "2024-01-01-w.txt")
      #expect(w.relations("AGREED").isEmpty, "\(text)")
      #expect(w.relations("SIGNED").isEmpty, "\(text)")
    }
  }

  @Test("meeting: participants, discussed sectors, place and mode")
  func meeting() throws {
    let x = try Fixture.extract("scraped-clutter.txt")
    let met = try #require(x.relations("MET_WITH").first)
    #expect(Set([x.names(of: met).0, x.names(of: met).1]) == ["Nurlan Sauranbayev", "Ilkhom Makhkamov"])
    #expect(met.properties["place"]?.stringValue == "Tashkent")
    #expect(met.properties["date"]?.stringValue == "2024-03-13")
    let discussed = Set(x.relations("DISCUSSED").map { x.names(of: $0).1 })
    #expect(discussed == ["transport and logistics", "tourism"])
    let video = try Fixture.article(
      "Kazakh President Kassym-Jomart Tokayev held a video conference with Chinese President Xi Jinping on May 5, 2020.",
      source: "v.txt")
    #expect(video.relations("MET_WITH").first?.properties["mode"]?.stringValue == "video")
    #expect(video.relations("MET_WITH").first?.properties["place"] == nil)
  }
}
