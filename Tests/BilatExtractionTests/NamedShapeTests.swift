import BilatExtraction
import Testing

/// Words with a name's shape that are no organization or place of the story: a region inside a
/// longer name (a minister's portfolio, a body, a format), abbreviated titles, units, events, a
/// country's long name cut short, and a lone word folding onto an envoy's surname. The sentences
/// are the project's own; each pins the organizations and places found, exactly.
@Suite("Organizations and places: shapes that are not")
struct NamedShapeTests {
  struct ShapeCase: CustomTestStringConvertible, Sendable {
    var text: String
    var organizations: Set<String> = []
    var places: Set<String> = []
    var testDescription: String { text }
  }

  static let regionsInNames: [ShapeCase] = [
    // a minister's portfolio
    ShapeCase(text: "Ireland's Minister for Latin America, Conor Walsh, visited Peru on Monday."),
    // a format named after a region and a country
    ShapeCase(text: "Canada hosted the fourth Central Asia plus Canada Dialogue in Ottawa on Tuesday."),
    // two regions of one office's name
    ShapeCase(text: "The Liaison Bureau for Northern Europe and Central Asia opened in Minsk in June."),
    // a name word right after the region
    ShapeCase(text: "Ghana and Togo marked East Africa Day with a concert in Accra."),
  ]

  static let regionsStaying: [ShapeCase] = [
    ShapeCase(text: "Kenya is the largest economy in East Africa, the bank said.", places: ["East Africa"]),
    ShapeCase(text: "Mongolia wants closer ties with Kazakhstan in Central Asia.", places: ["Central Asia"]),
    ShapeCase(text: "The States of Central Asia met in Tashkent last spring.", places: ["Central Asia"]),
    ShapeCase(
      text: "The Heads of State of East Africa will meet in Arusha next week.", organizations: [],
      places: ["East Africa"]),
  ]

  @Test("the minister of a region's portfolio still holds the country's office")
  func portfolioRole() throws {
    let x = try Fixture.article(
      "Ireland's Minister for Latin America, Conor Walsh, visited Peru on Monday.", source: "2021-05-04-shapes.txt")
    #expect(x.entityNames("Person") == ["Conor Walsh"])
    #expect(x.relationNames("HOLDS_ROLE").map { "\($0.0) → \($0.1)" } == ["Conor Walsh → Ireland"])
  }

  static let notBodies: [ShapeCase] = [
    // abbreviated titles
    ShapeCase(text: "The PM's office said the DPM would fly to Oslo on Friday."),
    ShapeCase(text: "HRH Prince Faisal greeted the guests of Jordan in Amman."),
    // units and currencies
    ShapeCase(text: "Trade between Laos and Chile reached 740 million USD last year."),
    ShapeCase(text: "The dam will add 300 Megawatts (MW) to the grid of Zambia."),
    // events
    ShapeCase(text: "Brazil and Angola attended the 12th Lusophone Summit in Luanda."),
    ShapeCase(text: "The Ghana-Norway Business Forum opened in Accra on Tuesday."),
    // a country's long name cut before its "of"
    ShapeCase(text: "Angola praised the Democratic Republic of Congo for its calm vote."),
  ]

  @Test(
    "a region of no country in a longer name is no place (it stays after a lowercase word, a country or a group word); an abbreviated title, a unit, an event or a cut country name is no organization",
    arguments: regionsInNames + regionsStaying + notBodies)
  func shapes(_ c: ShapeCase) throws {
    let x = try Fixture.article(c.text, source: "2021-05-04-shapes.txt")
    #expect(x.entityNames("Place") == c.places, "places: \(x.entityNames("Place"))")
    #expect(x.entityNames("Organization") == c.organizations, "organizations: \(x.entityNames("Organization"))")
  }

  @Test("a standing forum and a body with its abbreviation stay organizations")
  func bodiesStay() throws {
    let x = try Fixture.article(
      "The Pacific Islands Forum and the Andean Power Authority (APA) met in Suva.", source: "2021-05-04-shapes.txt")
    #expect(x.entityNames("Organization") == ["Pacific Islands Forum", "Andean Power Authority"])
  }

  @Test("a lone word folding onto an envoy's surname names no envoy")
  func envoySurname() throws {
    let x = try Fixture.article(
      "Tourists from Chile returned to Bali in May, the airline said.", source: "2011-06-01-envoy.txt")
    #expect(x.entityNames("Person").isEmpty, "people: \(x.entityNames("Person"))")
  }

  @Test("a head of state's lone surname still names the holder")
  func leaderSurname() throws {
    let x = try Fixture.article(
      "Sisi welcomed the delegation of Ghana in Cairo on Monday.", source: "2018-06-01-leader.txt")
    #expect(x.entityNames("Person") == ["Abdel Fattah El-Sisi"])
  }
}
