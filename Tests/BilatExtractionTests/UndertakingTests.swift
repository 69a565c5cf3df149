import BilatExtraction
import Testing

/// Projects, facilities, their sectors and agreements told without "agreed".
@Suite("Undertakings and agreements")
struct UndertakingTests {
  @Test("a coordinated facility after 'as well as' gets the same undertaking")
  func coordinated() throws {
    let x = try Fixture.article(
      "ASTANA, March 3 (Wire) - The railway company is preparing the construction of the Aral – Kyzylorda railway, as well as the Saryagash – Kentau line.",
      source: "2024-03-03-a.txt")
    #expect(x.entityNames("Project").contains("construction of the Saryagash – Kentau line"))
    #expect(
      x.relationNames("CONCERNS").contains {
        $0 == ("construction of the Saryagash – Kentau line", "Saryagash – Kentau line")
      })
    #expect(
      x.relationNames("IN_SECTOR").contains {
        $0 == ("construction of the Saryagash – Kentau line", "transport and logistics")
      })
  }

  @Test("projects named by their kind, joint production and the sectors of a describing clause")
  func kinds() throws {
    let x = try Fixture.article(
      """
      ASTANA, March 3 (Wire) - Japanese firms hold stakes in copper mining projects in the east of the country. \
      The ministers also reviewed the joint production of KAMAZ heavy trucks in Kostanay. \
      Most shoppers go to the Altai International Centre for Border Cooperation, a trade zone on the frontier.
      """, source: "2024-03-03-b.txt")
    let projects = x.entityNames("Project")
    #expect(projects.contains("copper mining projects"))
    #expect(projects.contains { $0.hasPrefix("joint production of KAMAZ heavy trucks") })
    let sectors = x.relationNames("IN_SECTOR")
    #expect(sectors.contains { $0 == ("copper mining projects", "mining") })
    #expect(sectors.contains { $0.0.hasPrefix("joint production of KAMAZ") && $0.1 == "industry" })
    #expect(sectors.contains { $0 == ("Altai International Centre for Border Cooperation", "trade") })
    // "investment projects" alone is no project
    let y = try Fixture.article(
      "ASTANA, March 3 (Wire) - The sides reviewed joint investment projects.", source: "2024-03-03-c.txt")
    #expect(y.entities("Project").isEmpty)
  }

  @Test("a document mentioned as in force binds the parties; 'signed with' names the other party")
  func documents() throws {
    let x = try Fixture.article(
      """
      ASTANA, March 3 (Wire) - Kazakhstan and Uzbekistan opened a new bridge on Monday. \
      Under the Agreement on the Joint Use of Border Rivers, both countries share the water of the Syr Darya.
      """, source: "2024-03-03-d.txt")
    let agreed = x.relations("AGREED")
    #expect(agreed.contains { $0.properties["about"]?.stringValue == "Agreement on the Joint Use of Border Rivers" })
    let y = try Fixture.article(
      """
      ASTANA, March 3 (Wire) - Kazakh grain traders profit from new sanitary protocols signed with Uzbekistan last year.
      """, source: "2024-03-03-e.txt")
    #expect(y.entityNames("Agreement").contains("new sanitary protocols"))
    #expect(y.relationNames("SIGNED").contains { $0 == ("Uzbekistan", "new sanitary protocols") })
    #expect(y.relationNames("AGREED").contains { Set([$0.0, $0.1]) == ["Kazakhstan", "Uzbekistan"] })
    // a wish is no agreement
    let z = try Fixture.article(
      "ASTANA, March 3 (Wire) - Kazakhstan is interested in signing the Roadmap for Trade with Uzbekistan.",
      source: "2024-03-03-f.txt")
    #expect(z.relations("AGREED").isEmpty)
  }
}
