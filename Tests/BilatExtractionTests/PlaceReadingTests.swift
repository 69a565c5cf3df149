import BilatExtraction
import Testing

/// Places as pages write them: header lines and datelines whose first words are no city, a
/// region "of" its country, settlements introduced by their kind. Invented sentences and
/// names; real countries and cities.
@Suite("Places in headers, regions and settlements")
struct PlaceReadingTests {
  static let body = "Zambian President Peter Banda held talks with Chilean President Rosa Vidal on Tuesday."

  @Test(
    "a dateline's venue, an abbreviated weekday and an outlet's name are no city",
    arguments: [
      (" date 2021-03-03 State House, Lusaka, Zambia, Tuesday 2 March 2021 – \(body)", "Lusaka"),
      ("Wed, 03 Mar 2021\n\n\(body)", nil),
      ("NORDIC-NEWS. March 3, 2021. \(body)", nil),
      ("LUSAKA. March 3, 2021. \(body)", "Lusaka"),
    ] as [(String, String?)])
  func headerCities(_ text: String, _ city: String?) throws {
    let x = try Fixture.article(text, source: "header.txt")
    #expect(x.article.datelineCity == city)
    #expect(x.entityNames("City") == Set([city].compactMap { $0 }))
  }

  @Test(
    "a region named by its kind is located in the country or region after \"of\"",
    arguments: [
      ("A solar plant will be built in the Lunte region of Zambia.", ["Lunte region → Zambia"]),
      ("Copper is mined in the Northern Province of Zambia.", ["Northern Province → Zambia"]),
      ("A dam is planned in the Lunte District of the Northern Province.", ["Lunte District → Northern Province"]),
    ])
  func regionOf(_ text: String, _ located: [String]) throws {
    let x = try Fixture.article(text, source: "2021-03-03-region.txt")
    let pairs = x.relationNames("LOCATED_IN").map { "\($0.0) → \($0.1)" }
    #expect(pairs.sorted() == located, "LOCATED_IN: \(pairs)")
  }

  @Test(
    "settlements introduced by their kind, with words describing them, are cities",
    arguments: [
      ("The refinery stands in the south-western city of Kalomo, officials said.", ["Kalomo"]),
      ("Investors visited the ancient town of Mbala on Monday.", ["Mbala"]),
      ("The road joins the Zambian towns of Kalomo and Mbala.", ["Kalomo", "Mbala"]),
      ("A twinning links the cities of Kalomo and Valdivia.", ["Kalomo", "Valdivia"]),
      // no name after "of": nothing
      ("The mayor of the city of the future spoke.", []),
    ])
  func settlements(_ text: String, _ cities: [String]) throws {
    try PlaceReadingTests.expectNames(text, "City", cities)
  }

  @Test(
    "a region joined to another name by a dash or a plus is no place",
    arguments: [
      ("Banda attended the Chile-South America Forum in Lusaka.", [String]()),
      ("They praised the Central Asia + Chile Dialogue.", []),
      ("They met at the Chile – Central Asia Summit.", []),
      ("Chilean exports grew across Central Asia and Africa.", ["Central Asia", "Africa"]),
    ])
  func joinedRegions(_ text: String, _ places: [String]) throws {
    try PlaceReadingTests.expectNames(text, "Place", places)
  }

  /// Expects the entities of `label` extracted from `text` to be exactly `names`.
  static func expectNames(_ text: String, _ label: String, _ names: [String]) throws {
    let x = try Fixture.article(text, source: "2021-03-03-places.txt")
    #expect(x.entityNames(label) == Set(names), "\(label): \(x.entityNames(label))")
  }

  @Test(
    "a capital named for its government: a stance of a pair, the government in it, a statement's object",
    arguments: [
      ("The mutual desire of Lusaka and Santiago to trade was reaffirmed.", [String](), ["Zambia", "Chile"]),
      ("The new government in Lusaka was welcomed by Chile.", [], ["Zambia", "Chile"]),
      ("Lusaka and Santiago backed the plan.", [], ["Zambia", "Chile"]),
      ("Santiago supports Lusaka in its bid, Chile said.", [], ["Zambia", "Chile"]),
      ("The attitude of Lusaka and Santiago to the plan was clear.", [], ["Zambia", "Chile"]),
      ("Chilean and Zambian officials met in Lusaka and Santiago.", ["Lusaka", "Santiago"], ["Zambia", "Chile"]),
    ])
  func capitalMetonyms(_ text: String, _ cities: [String], _ countries: [String]) throws {
    let x = try Fixture.article(text, source: "2021-03-03-capitals.txt")
    #expect(x.entityNames("City") == Set(cities), "cities: \(x.entityNames("City"))")
    #expect(x.entityNames("Country") == Set(countries), "countries: \(x.entityNames("Country"))")
  }
}
