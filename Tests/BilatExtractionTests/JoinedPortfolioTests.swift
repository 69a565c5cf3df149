import BilatExtraction
import Testing

/// A title whose portfolio goes on after "and" ("Minister of Foreign Affairs and Trade") still
/// introduces the name after it. Invented names, the project's own sentences.
@Suite("Portfolios joined by 'and'")
struct JoinedPortfolioTests {
  @Test(
    "the title takes the joined portfolio and the name its country",
    arguments: [
      (
        "Minister of Foreign Affairs and Trade Lars Berg of Sweden met Murat Nurtleu in Astana.", "Lars Berg",
        "Minister of Foreign Affairs and Trade", "Sweden"
      ),
      (
        "Minister of Foreign Affairs and International Cooperation Ana Prieto of Chile met Murat Nurtleu in Astana.",
        "Ana Prieto", "Minister of Foreign Affairs and International Cooperation", "Chile"
      ),
      // portfolios listed with a comma too, after a title the dictionary knows or an "of" complement
      (
        "Minister of Economy, Fisheries and Housing Kenji Sato of Japan met Murat Nurtleu in Astana.", "Kenji Sato",
        "Minister of Economy, Fisheries and Housing", "Japan"
      ),
      (
        "Chile's Minister of Foreign Affairs, Housing and Worship Ana Prieto met Murat Nurtleu in Astana.",
        "Ana Prieto", "Minister of Foreign Affairs, Housing and Worship", "Chile"
      ),
    ])
  func joined(_ text: String, _ name: String, _ title: String, _ country: String) throws {
    let x = try Fixture.article(text, source: "2023-05-04-portfolio.txt")
    let p = try #require(x.person(name), "people: \(x.entityNames("Person"))")
    #expect(p.properties["title"]?.stringValue == title)
    #expect(p.properties["country"]?.stringValue == country)
    #expect(x.relationNames("MET_WITH").contains { $0.0 == name || $0.1 == name })
  }
}

extension JoinedPortfolioTests {
  @Test("a hyphenated portfolio word ends the title, not a name of its own")
  func hyphenatedPortfolio() throws {
    let x = try Fixture.article(
      " date 2023-05-04 The envoy called on Kofi Mensah, Minister of Posts and Info-Communications, and Juan "
        + "Perez, Minister of Finance.")
    #expect(x.entityNames("Person") == ["Kofi Mensah", "Juan Perez"], "people: \(x.entityNames("Person"))")
    #expect(
      x.person("Kofi Mensah")?.properties["title"]?.stringValue == "Minister of Posts and Info-Communications")
  }
}
