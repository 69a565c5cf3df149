import BilatExtraction
import Testing

/// Organizations, the roles people hold in them and where places are, as the real pages' gold
/// reads them. Invented sentences and names; real countries and cities.
@Suite("Roles, organizations and locations")
struct RolesAndLocationsTests {
  @Test(
    "a city is located in its country only when the article names that country",
    arguments: [
      ("The foreign ministers of Chile and Peru met in Lisbon on Tuesday.", [String]()),
      ("The foreign ministers of Chile and Peru met in Lima on Tuesday.", ["Lima → Peru"]),
    ])
  func cityCountry(_ text: String, _ located: [String]) throws {
    let x = try Fixture.article(text, source: "2021-03-03-talks.txt")
    let pairs = x.relationNames("LOCATED_IN").map { "\($0.0) → \($0.1)" }
    #expect(pairs.sorted() == located, "LOCATED_IN: \(pairs)")
    #expect(x.entityNames("Country") == ["Chile", "Peru"])
  }

  @Test("a country written without its article is the country; a region 'in the' country stands in it")
  func countryWithoutArticle() throws {
    let x = try Fixture.article(
      "Uganda and the Democratic Republic of Congo opened a road through Lunte Province in the Democratic "
        + "Republic of Congo.", source: "2021-06-16-road.txt")
    #expect(x.entityNames("Country") == ["Uganda", "Democratic Republic of the Congo"])
    let pairs = x.relationNames("LOCATED_IN").map { "\($0.0) → \($0.1)" }
    #expect(pairs.contains("Lunte Province → Democratic Republic of the Congo"), "LOCATED_IN: \(pairs)")
  }

  @Test(
    "a capital named for its government is its country; a capital where something happens is a city",
    arguments: [
      ("Nairobi appreciates the support of Ghana, the minister said.", [String](), ["Kenya", "Ghana"]),
      ("Lima's foreign ministry welcomed the Chilean proposal.", [], ["Peru", "Chile"]),
      ("Relations between Nairobi and Addis Ababa have grown this year.", [], ["Kenya", "Ethiopia"]),
      ("Santiago and Lima signed a fisheries memorandum on Monday.", [], ["Chile", "Peru"]),
      ("Nairobi warmly appreciates the support of Ghana, the minister said.", [], ["Kenya", "Ghana"]),
      ("The islands, also claimed by Nairobi, lie off the coast of Ghana.", [], ["Kenya", "Ghana"]),
      ("Ghana's envoy thanked Nairobi and official Lima for their support.", [], ["Ghana", "Kenya", "Peru"]),
      ("A visit to Nairobi would help Ghana's exporters.", ["Nairobi"], ["Ghana"]),
      ("Ghanaian and Kenyan officials met in Nairobi on Monday.", ["Nairobi"], ["Ghana", "Kenya"]),
    ])
  func capitalMetonyms(_ text: String, _ cities: [String], _ countries: [String]) throws {
    let x = try Fixture.article(text, source: "2021-03-03-capital.txt")
    #expect(x.entityNames("City") == Set(cities), "cities: \(x.entityNames("City"))")
    #expect(x.entityNames("Country") == Set(countries), "countries: \(x.entityNames("Country"))")
  }

  @Test(
    "a town before a comma and a titled subject's country is not in that country",
    arguments: [
      ("After talks in Lima, US Trade Secretary Paul Reyes said exports would grow.", [String]()),
      ("After talks in Lima, Chile's Trade Minister Paul Reyes said exports would grow.", []),
      ("The trade ministers met in Lima, Peru, on Monday.", ["Lima → Peru"]),
    ])
  func townBeforeTitledSubject(_ text: String, _ located: [String]) throws {
    let x = try Fixture.article(text, source: "2021-03-03-town.txt")
    let pairs = x.relationNames("LOCATED_IN").map { "\($0.0) → \($0.1)" }
    #expect(pairs.sorted() == located, "LOCATED_IN: \(pairs)")
  }

  @Test("a body's name after 'of' ends before a common given name and a surname")
  func bodyBeforeName() throws {
    let x = try Fixture.article(
      "The ambassador met the head of the Government of Flanders Thomas Peeters in Brussels.",
      source: "2021-03-03-body.txt")
    #expect(x.entityNames("Organization") == ["Government of Flanders"], "\(x.entityNames("Organization"))")
    #expect(x.entityNames("Person") == ["Thomas Peeters"], "\(x.entityNames("Person"))")
  }

  @Test(
    "portfolio words of other governments end a title, not begin a name",
    arguments: [
      ("Special Assistant on Climate Change Ali Raza met Kenyan officials in Nairobi.", "Ali Raza"),
      ("Chairman of the Board of Cartography and Geodesy Ali Raza met Kenyan officials.", "Ali Raza"),
      ("President Elect Ana Pereira met Kenyan officials in Nairobi.", "Ana Pereira"),
    ])
  func portfolioWords(_ text: String, _ person: String) throws {
    let x = try Fixture.article(text, source: "2021-03-03-names.txt")
    #expect(x.entityNames("Person") == [person], "\(x.entityNames("Person"))")
  }

  @Test(
    "well-known companies and bodies of any country are organizations of that country",
    arguments: [
      ("Petrobras signed a supply deal with Sonangol in Luanda.", ["Petrobras": "Brazil", "Sonangol": "Angola"]),
      (
        "Envoys of the Non-Aligned Movement met officials of the Caribbean Community in Havana.",
        ["Non-Aligned Movement": "", "Caribbean Community": ""]
      ),
    ])
  func knownOrganizations(_ text: String, _ expected: [String: String]) throws {
    let x = try Fixture.article(text, source: "2021-03-03-bodies.txt")
    var found: [String: String] = [:]
    for e in x.entities("Organization") { found[e.name] = e.properties["country"]?.stringValue ?? "" }
    #expect(found == expected, "\(found)")
  }

  @Test("a town's name after a title's complement and a given name is the surname")
  func townAfterComplement() throws {
    let x = try Fixture.article(
      "Minister of Trade Ahmet Ordu met Kenyan officials in Nairobi.", source: "2021-03-03-names.txt")
    #expect(x.entityNames("Person") == ["Ahmet Ordu"], "\(x.entityNames("Person"))")
    #expect(x.person("Ahmet Ordu")?.properties["title"]?.stringValue == "Minister of Trade")
    #expect(x.entityNames("City") == ["Nairobi"])
  }

  @Test(
    "a city's name joined to a person's by a title or a name is no city; an office's city stays one",
    arguments: [
      ("Trade Minister Osaka met Kenyan officials in Nairobi on Monday.", ["Nairobi"]),
      ("Mayor of Mombasa Daniel Otieno met Ghanaian officials in Accra.", ["Mombasa", "Accra"]),
    ])
  func citiesInNames(_ text: String, _ cities: [String]) throws {
    let x = try Fixture.article(text, source: "2021-03-03-names.txt")
    // an office's city may be read as its region (a Place): it is kept either way
    let places = x.entityNames("City").union(x.entityNames("Place"))
    #expect(places == Set(cities), "cities and places: \(places)")
  }

  @Test(
    "a country's government named by its demonym is the country, not an organization",
    arguments: [
      "The Norwegian government funded the clinic in Kisumu.",
      "Ghana thanked the Japanese Government for the grant.",
    ])
  func demonymGovernment(_ text: String) throws {
    let x = try Fixture.article(text, source: "2020-11-23-government.txt")
    #expect(x.entityNames("Organization").isEmpty, "\(x.entityNames("Organization"))")
  }

  @Test(
    "a minister holds the role in a ministry the story names as an actor, in the country when it names it only as a document's party",
    arguments: [
      (
        "Minister of Energy of Chile Rosa Valdés met Minister of Energy of Peru Jorge Salas in Lima. They signed "
          + "a memorandum between the Ministry of Energy of Chile and the Ministry of Energy of Peru.",
        ["Rosa Valdés → Chile", "Jorge Salas → Peru"]
      ),
      (
        "Minister of Energy of Chile Rosa Valdés met Peruvian officials in Lima. The Ministry of Energy of Chile "
          + "said the talks covered power lines.", ["Rosa Valdés → Ministry of Energy of Chile"]
      ),
    ])
  func ministryRoles(_ text: String, _ expected: [String]) throws {
    let roles = try Self.roles(text)
    #expect(roles == Set(expected), "roles: \(roles)")
  }

  @Test(
    "officials listed after a side or after a first official of a stated country are of that country",
    arguments: [
      (
        "Attending on the Kenyan side were Mr. Peter Mwangi, Minister of Roads, and Mr. John Otieno, "
          + "Director of Protocol.", ["Peter Mwangi → Kenya", "John Otieno → Kenya"]
      ),
      (
        "The talks were attended by Chile's Minister of Finance Rosa Valdés, Minister of Energy Diego Pardo "
          + "and Deputy Minister of Trade Ana Rojas.",
        ["Rosa Valdés → Chile", "Diego Pardo → Chile", "Ana Rojas → Chile"]
      ),
      (
        "He was welcomed by Kenyan President Daniel Korir, Trade Minister Alice Wanjiru and Deputy Minister of "
          + "Foreign Affairs Paul Kamau.", ["Daniel Korir → Kenya", "Alice Wanjiru → Kenya", "Paul Kamau → Kenya"]
      ),
      // a leader's country does not pass to one official joined by "and" alone, nor across "the side and"
      ("Kenyan President Daniel Korir and Foreign Minister Tomas Berhane held talks.", ["Daniel Korir → Kenya"]),
      ("The Kenyan side and Minister Tomas Berhane signed the plan.", []),
    ])
  func listedOfficials(_ text: String, _ expected: [String]) throws {
    let roles = try Self.roles(text)
    #expect(roles == Set(expected), "roles: \(roles)")
  }

  /// The HOLDS_ROLE pairs of a text, as "person → holder".
  static func roles(_ text: String) throws -> Set<String> {
    let x = try Fixture.article(text, source: "2021-03-03-roles.txt")
    return Set(x.relationNames("HOLDS_ROLE").map { "\($0.0) → \($0.1)" })
  }
}
