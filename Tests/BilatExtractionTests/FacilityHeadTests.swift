import BilatExtraction
import Testing

/// Hospitals, clinics and the sections of a line are facilities when a name is given; a
/// demonym alone names none. The sentences are the project's own.
@Suite("More facility heads")
struct FacilityHeadTests {
  @Test(
    "a named hospital, clinic or section is a facility",
    arguments: [
      ("Japan funded the Kibera hospital, its first in the district.", "Kibera hospital"),
      ("Korea handed over the new Erdenet clinic to the city.", "Erdenet clinic"),
      ("Chinese engineers rebuilt the Nairobi-Naivasha section of the railway.", "Nairobi-Naivasha section"),
    ])
  func namedFacilities(_ text: String, _ facility: String) throws {
    let x = try Fixture.article(text, source: "2022-10-03-facility.txt")
    #expect(x.entityNames("Facility").contains { $0.contains(facility) }, "facilities: \(x.entityNames("Facility"))")
  }

  @Test(
    "a named mill, bypass, connector or motorway is a facility with its head's sector",
    arguments: [
      ("An Austrian group took over the Kosice steel mill in 2019.", "Kosice steel mill", "industry"),
      ("The loan pays for the Dakar Northern bypass.", "Dakar Northern bypass", "transport and logistics"),
      ("Engineers laid the Baltic Sea power connector last summer.", "Baltic Sea power connector", "energy"),
      ("Trucks will use the Tirana Durres motorway from June.", "Tirana Durres motorway", "transport and logistics"),
      ("A Korean firm equips the Tamale hospital.", "Tamale hospital", "health"),
      // session 25: a border post, never the post of an office
      ("Lorries queue at the Chirundu border post for days.", "Chirundu border post", "transport and logistics"),
      (
        "Customs staff moved to the Kasumbalesa one-stop border post.", "Kasumbalesa one-stop border post",
        "transport and logistics"
      ),
    ])
  func moreHeads(_ text: String, _ facility: String, _ sector: String) throws {
    let x = try Fixture.article(text, source: "2022-10-03-facility.txt")
    #expect(x.entityNames("Facility").contains(facility), "facilities: \(x.entityNames("Facility"))")
    let sectors = x.relationNames("IN_SECTOR").filter { $0.0 == facility }.map(\.1)
    #expect(sectors.contains(sector), "\(facility) sectors: \(sectors)")
  }

  @Test(
    "a demonym alone names no section or hospital",
    arguments: [
      "Work on the Kyrgyz section of the line starts next year.",
      "A Turkish hospital will open in Mogadishu.",
    ])
  func demonymOnly(_ text: String) throws {
    let x = try Fixture.article(text, source: "2022-10-03-facility.txt")
    #expect(!x.entityNames("Facility").contains { $0.hasPrefix("Kyrgyz section") || $0.hasPrefix("Turkish hospital") })
  }

  @Test(
    "a post that is an office, a post office or a post without a border is no facility",
    arguments: [
      "She left the post of Lusaka's mayor in May.",
      "The Chirundu post office reopened on Monday.",
      "The Chirundu post was closed.",
    ])
  func noPost(_ text: String) throws {
    let x = try Fixture.article(text, source: "2022-10-03-facility.txt")
    #expect(!x.entityNames("Facility").contains { $0.contains("post") }, "\(x.entityNames("Facility"))")
  }

  @Test(
    "a site named after a place is a facility",
    arguments: [
      ("Scientists visited the Lop Nur nuclear test site last spring.", "Lop Nur nuclear test site"),
      ("The rocket left the Semnan launch site at dawn.", "Semnan launch site"),
    ])
  func sites(_ text: String, _ facility: String) throws {
    let x = try Fixture.article(text, source: "2022-10-03-site.txt")
    #expect(x.entityNames("Facility").contains(facility), "facilities: \(x.entityNames("Facility"))")
  }

  @Test(
    "a demonym before a head named after 'of' gives way to that name",
    arguments: [
      ("Containers reach the Greek port of Piraeus by sea.", "port of Piraeus", "Greek port"),
      ("Ships call at the Omani port of Duqm twice a week.", "port of Duqm", "Omani port"),
    ])
  func namedAfterOf(_ text: String, _ facility: String, _ wrong: String) throws {
    let x = try Fixture.article(text, source: "2022-10-03-port.txt")
    #expect(x.entityNames("Facility").contains(facility), "facilities: \(x.entityNames("Facility"))")
    #expect(!x.entityNames("Facility").contains(wrong))
  }

  @Test("'the site of March's attack' names no facility")
  func monthIsNoName() throws {
    let x = try Fixture.article(
      "The minister laid flowers at the site of March's attack.", source: "2022-10-03-site.txt")
    #expect(x.entityNames("Facility").isEmpty, "facilities: \(x.entityNames("Facility"))")
  }

  @Test(
    "an unnamed facility located in a settlement named by its kind, or in a name no gazetteer holds",
    arguments: [
      (
        "Investors will build a soda ash and salt plant in the town of Dzhetysai, officials said.",
        "soda ash and salt plant", "Dzhetysai"
      ),
      ("Korean firms run a glass factory in the city of Zhanakorgan.", "glass factory", "Zhanakorgan"),
      ("Works began on a cement plant in Kyzyltuu, the ministry said.", "cement plant", nil),
    ])
  func locatedInSettlement(_ text: String, _ facility: String, _ city: String?) throws {
    let x = try Fixture.article(text, source: "2022-10-03-plant.txt")
    #expect(x.entityNames("Facility").contains(facility), "facilities: \(x.entityNames("Facility"))")
    if let city {
      #expect(x.relationNames("LOCATED_IN").contains { $0 == (facility, city) })
    }
  }
}
