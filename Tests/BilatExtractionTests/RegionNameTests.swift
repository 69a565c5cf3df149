import BilatExtraction
import Testing

/// Many provinces, divisions and municipalities share their capital's name: the open gazetteer's
/// city is a region when the text says so. The sentences are the project's own.
@Suite("Gazetteer cities told as regions")
struct RegionNameTests {
  struct RegionCase: CustomTestStringConvertible, Sendable {
    var text: String
    var region: String
    var testDescription: String { text }
  }

  static let cases: [RegionCase] = [
    RegionCase(text: "Engineers toured a solar farm in the province of Córdoba on Friday.", region: "Córdoba"),
    RegionCase(text: "The new rail yard serves Rajshahi division and its jute mills.", region: "Rajshahi"),
    RegionCase(text: "Tea estates of Sylhet municipality sent a record harvest to Karachi.", region: "Sylhet"),
  ]

  @Test("a region word after the name, or '<region word> of' before it, makes it a place", arguments: cases)
  func regions(_ c: RegionCase) throws {
    let x = try Fixture.article(c.text, source: "2022-07-08-region.txt")
    #expect(!x.entityNames("City").contains(c.region), "cities: \(x.entityNames("City"))")
    #expect(x.entityNames("Place").contains(c.region), "places: \(x.entityNames("Place"))")
  }

  @Test("the same name told as a town stays a city")
  func stillCity() throws {
    let x = try Fixture.article("The two ministers met in Rajshahi on Sunday.", source: "2022-07-08-region.txt")
    #expect(x.entityNames("City").contains("Rajshahi"))
  }
}

/// Longer names that begin with, or contain, a gazetteer city's name.
@Suite("Gazetteer cities inside longer names")
struct LongerPlaceNameTests {
  @Test(
    "a city after a name particle, or before a capitalized word, is part of a longer name",
    arguments: [
      ("Farmers of Rio Grande del Sur sent rice to Cuba.", "Sur"),
      ("Talks were held at Hyderabad House before lunch.", "Hyderabad"),
      ("The ferry from Santo Amaro reached the island at dawn.", "Santo"),
    ])
  func longerNames(_ text: String, _ city: String) throws {
    let x = try Fixture.article(text, source: "2023-04-12-longer.txt")
    #expect(!x.entityNames("City").contains(city), "cities: \(x.entityNames("City"))")
  }

  @Test(
    "a city before a title, a date or a preposition stays a city",
    arguments: [
      ("The talks in Sohar on Monday ended with a joint statement.", "Sohar"),
      ("Delegates flew from Kisumu Tuesday morning and landed at noon.", "Kisumu"),
    ])
  func stillCities(_ text: String, _ city: String) throws {
    let x = try Fixture.article(text, source: "2023-04-12-longer.txt")
    #expect(x.entityNames("City").contains(city), "cities: \(x.entityNames("City"))")
  }
}

@Suite("Place spellings")
struct CitySpellingTests {
  @Test(
    "a name with an apostrophe matches with either apostrophe",
    arguments: [
      ("The convoy left N’Djamena at dawn.", "City", "N'Djamena"),
      ("The convoy left N'Djamena at dawn.", "City", "N'Djamena"),
      ("Cocoa from Cote d’Ivoire reached Antwerp.", "Country", "Ivory Coast"),
      ("Cocoa from Côte d'Ivoire reached Antwerp.", "Country", "Ivory Coast"),
    ])
  func apostrophes(_ text: String, _ label: String, _ name: String) throws {
    let x = try Fixture.article(text, source: "2021-09-30-apostrophe.txt")
    #expect(x.entityNames(label).contains(name), "\(label): \(x.entityNames(label))")
  }

  @Test("older names of countries are those countries", arguments: [("Rice from Burma reached Dhaka.", "Myanmar")])
  func olderNames(_ text: String, _ country: String) throws {
    let x = try Fixture.article(text, source: "2021-09-30-older.txt")
    #expect(x.entityNames("Country").contains(country), "countries: \(x.entityNames("Country"))")
  }

  @Test("Washington written with its district is Washington, with that spelling kept", arguments: ["Washington D.C.", "Washington, D.C."])
  func washington(_ spelling: String) throws {
    let x = try Fixture.article("The two ministers met in \(spelling) on Friday.", source: "2019-03-08-washington.txt")
    let city = try #require(x.entities("City").first { $0.name == "Washington" }, "\(x.entityNames("City"))")
    #expect(city.aliases.contains(spelling))
  }
}

@Suite("World regions")
struct WorldRegionTests {
  @Test(
    "world regions and seas are places",
    arguments: [
      ("Trade between the Balkans and Turkey grew last year.", "Balkans"),
      ("Chile wants closer ties with Southeast Asia and South America.", "South America"),
      ("Investors from Central and Eastern Europe visited Tbilisi.", "Central and Eastern Europe"),
      ("Ships from Oman crossed the Red Sea on Friday.", "Red Sea"),
    ])
  func regions(_ text: String, _ place: String) throws {
    let x = try Fixture.article(text, source: "2020-06-18-region.txt")
    #expect(x.entityNames("Place").contains(place), "places: \(x.entityNames("Place"))")
  }

  @Test("'the Minister' is the minister whose title names a region after 'for'")
  func portfolioTitle() throws {
    let x = try Fixture.article(
      "Minister for Africa Helen Grant visited Togo. In Lome the Minister met with President Faure Gnassingbe.",
      source: "2020-06-18-minister.txt")
    #expect(x.relationNames("MET_WITH").contains { Set([$0.0, $0.1]) == ["Helen Grant", "Faure Gnassingbe"] })
  }
}
