import BilatCore
import BilatExtraction
import BilatIngest
import BilatStore
import Foundation
import GRDB
import Testing

/// The open gazetteers (`Data/gazetteers`): world cities, all countries, office holders by year.
/// Sentences are the project's own, about regions the hand-written dictionaries do not cover.
@Suite("Open gazetteers")
struct GazetteerTests {
  struct PlaceCase: CustomTestStringConvertible, Sendable {
    var text: String
    var cities: Set<String>
    var countries: Set<String>
    var testDescription: String { cities.sorted().joined(separator: ", ") }
  }

  static let placeCases: [PlaceCase] = [
    PlaceCase(
      text: "Trade ministers of Chile and Peru met in Santiago on Monday to discuss copper exports.",
      cities: ["Santiago"], countries: ["Chile", "Peru"]),
    PlaceCase(
      text: "The Serbian delegation flew from Belgrade to Nairobi for two days of talks with Kenyan officials.",
      cities: ["Belgrade", "Nairobi"], countries: ["Serbia", "Kenya"]),
    PlaceCase(
      text: "Vietnamese and Ghanaian officials met in Accra on Friday to discuss cocoa processing.",
      cities: ["Accra"], countries: ["Vietnam", "Ghana"]),
    PlaceCase(
      text: "Uruguayan and Paraguayan negotiators opened a new round of talks in Montevideo.",
      cities: ["Montevideo"], countries: ["Uruguay", "Paraguay"]),
    PlaceCase(
      text: "A Vietnamese shipping line will open a route between Da Nang and Mombasa next year.",
      // a city's country the article never names is not one of its countries (the real pages'
      // gold leaves it out: 35 false countries over the development sets)
      cities: ["Da Nang", "Mombasa"], countries: ["Vietnam"]),
  ]

  @Test("cities and countries of other regions", arguments: placeCases)
  func places(_ c: PlaceCase) throws {
    let x = try Fixture.article(c.text, source: "2024-03-11-places.txt")
    #expect(x.entityNames("City") == c.cities)
    #expect(x.entityNames("Country") == c.countries)
  }

  static let longerNames: [(text: String, cities: Set<String>)] = [
    ("Both leaders praised the Riyadh Summit and the Doha Round.", []),
    ("They listed bonds on the London Stock Exchange and joined the Istanbul Process.", []),
    ("A loan will extend the railway of Metro Manila, the ministers said.", []),
    ("A loan will extend the railway of Metro Manila, the ministers said in Manila on Monday.", ["Manila"]),
    ("The presidents of Kenya and Peru met in Nairobi Today, the agency wrote.", ["Nairobi"]),
  ]

  @Test("a city's name inside a longer name is no city; the same city named alone is", arguments: longerNames)
  func cityInLongerName(_ text: String, _ cities: Set<String>) throws {
    let x = try Fixture.article(text, source: "2024-03-11-names.txt")
    #expect(x.entityNames("City") == cities, "\(x.entityNames("City"))")
  }

  @Test("a generated city is LOCATED_IN its country")
  func cityCountry() throws {
    let x = try Fixture.article(
      "Talks between the two ministers took place in Montevideo, where Uruguay hosts the secretariat.",
      source: "2024-03-11-city.txt")
    #expect(x.relationNames("LOCATED_IN").contains { $0 == ("Montevideo", "Uruguay") })
  }

  @Test(
    "a country's division is a Place, located in its country when the article names the country",
    arguments: [
      ("India and Oman agreed to build a fertilizer plant in Gujarat.", "Gujarat", "India"),
      ("Oman agreed to build a fertilizer plant in Gujarat, officials said.", "Gujarat", ""),
      ("Australia and Fiji will train nurses in Queensland from May.", "Queensland", "Australia"),
    ])
  func region(_ text: String, _ place: String, _ country: String) throws {
    let x = try Fixture.article(text, source: "2024-03-11-region.txt")
    #expect(x.entityNames("Place").contains(place), "places: \(x.entityNames("Place"))")
    let located = x.relationNames("LOCATED_IN").filter { $0.0 == place }.map(\.1)
    #expect(located == (country.isEmpty ? [] : [country]), "LOCATED_IN: \(x.relationNames("LOCATED_IN"))")
    if country.isEmpty { #expect(x.entityNames("Country") == ["Oman"]) }
  }

  @Test("a one-word division before a capitalized word begins another name; a list of ports takes it")
  func regionInNames() throws {
    let x = try Fixture.article(
      "Roxas Boulevard was closed as Tanzania opened ports in Mwanza, Kagera and Musoma.",
      source: "2024-03-11-region.txt")
    #expect(!x.entityNames("Place").contains("Roxas"), "places: \(x.entityNames("Place"))")
    #expect(x.entityNames("Facility").isSuperset(of: ["Mwanza port", "Kagera port", "Musoma port"]))
  }

  static let ordinaryWords: [String] = [
    "Nice words were exchanged, but no deal was reached on tariffs.",
    "Reading the statement aloud, the minister promised more funding.",
    "Mobile payments grew fast, the central bank said in its annual report.",
    "Split votes are rare in the council, a diplomat said.",
    "Of the ten projects, four concern energy.",
    "Man-made lakes supply the capital with water, the ministry said.",
    "Charlotte Evans, a trade analyst, said exports would recover.",
  ]

  @Test("a city named like an ordinary word does not fire on the word", arguments: ordinaryWords)
  func ambiguousWords(_ text: String) throws {
    let x = try Fixture.article(text, source: "2024-03-11-words.txt")
    #expect(x.entityNames("City").isEmpty)
  }

  @Test("the same names are cities when the sentence tells a place")
  func ambiguousInContext() throws {
    let x = try Fixture.article(
      "The ministers met in Nice on Monday and travelled on to Split, Croatia, for the port visit.",
      source: "2024-03-11-context.txt")
    #expect(x.entityNames("City") == ["Nice", "Split"])
  }

  @Test("a generated name after 'New' is part of another place")
  func newPlaces() throws {
    let x = try Fixture.article(
      "Investors from New Jersey toured the plant, then flew on to Jersey for the island's trade fair.",
      source: "2024-03-11-new.txt")
    #expect(x.entities("Country").map(\.mentions.count) == [1])
  }

  @Test("a city listed as a province is a Place")
  func provinces() throws {
    let x = try Fixture.article(
      "The floods hit five provinces, including Adana, Konya and Gaziantep, the Turkish government said.",
      source: "2024-03-11-provinces.txt")
    #expect(x.entityNames("City").isEmpty)
    #expect(x.entityNames("Place") == ["Adana", "Konya", "Gaziantep"])
  }

  @Test(
    "office holders by date",
    arguments: [
      ("2018-05-10", "Shinzo Abe"), ("2008-01-15", "Yasuo Fukuda"), ("2021-11-20", "Fumio Kishida"),
    ])
  func holders(_ date: String, _ name: String) throws {
    let d = try #require(CalendarDate(iso: date))
    #expect(Lexicon.shared.holder(of: "Prime Minister", in: "Japan", on: d) == name)
    #expect(Lexicon.shared.holder(of: "Premier", in: "Japan", on: d) == name)
  }

  @Test("an office held by several at once names nobody")
  func concurrentHolders() throws {
    let d = try #require(CalendarDate(iso: "2014-06-01"))
    #expect(Lexicon.shared.holder(of: "Deputy Prime Minister", in: "Vietnam", on: d) == nil)
    #expect(Lexicon.shared.holder(of: "Prime Minister", in: "Vietnam", on: d) == "Nguyen Tan Dung")
  }

  @Test(
    "a generated surname names a holder only near the years of the office",
    arguments: [
      ("2005-04-12", ["Islom Karimov"]), ("2023-04-12", []),
    ])
  func surnameYears(_ date: String, _ people: [String]) throws {
    let x = try Fixture.article(
      "Karimov told the conference that the sharing of river water needed new rules.", source: "\(date)-water.txt")
    #expect(x.entityNames("Person") == Set(people))
  }

  static let japanArticle = """
    Japan will widen its support for railway projects in Central Asia, the Japanese government said \
    on Thursday. The Prime Minister told reporters in Tokyo that Japan wanted closer ties with the region.
    """

  @Test(
    "'the Prime Minister' of a Japanese article resolves to that year's holder",
    arguments: [
      ("2018-05-10", "Shinzo Abe", "2012-12-26"), ("2021-11-20", "Fumio Kishida", "2021-10-04"),
    ])
  func primeMinister(_ date: String, _ name: String, _ since: String) throws {
    let x = try Fixture.article(Self.japanArticle, source: "\(date)-japan-rail.txt")
    #expect(x.entityNames("Person") == [name])
    let role = try #require(
      x.relations("HOLDS_ROLE").first { x.names(of: $0) == (name, "Japan") },
      "roles found: \(x.relationNames("HOLDS_ROLE"))")
    #expect(role.properties["title"]?.stringValue == "Prime Minister")
    #expect(role.properties["as_of"]?.stringValue == date)
    #expect(role.properties["since"]?.stringValue == since)
  }

  @Test("the stored HOLDS_ROLE keeps since and until beside as_of")
  func storedTenure() throws {
    let store = try GraphStore()
    let ingestor = Ingestor(store: store)
    // two texts: an unchanged text is not ingested twice
    for (date, coda) in [("2018-05-10", ""), ("2021-11-20", " Officials gave no figures.")] {
      let article = try ArticleReader.read(text: Self.japanArticle + coda, source: "\(date)-japan-rail.txt")
      _ = try ingestor.ingest(Extractor().extract(article))
    }
    let rows = try store.read { (g: GraphDatabase) throws -> [String] in
      try String.fetchAll(
        g.db,
        sql: """
          SELECT p.name || ' ' || rp.key || '=' || rp.value FROM relationship r, json_each(r.props) rp
          JOIN node p ON p.id = r.start_id
          WHERE r.type_id = (SELECT id FROM relationship_type WHERE name = 'HOLDS_ROLE')
            AND rp.key IN ('since', 'until', 'as_of') ORDER BY 1
          """)
    }
    #expect(
      rows == [
        "Fumio Kishida as_of=2021-11-20", "Fumio Kishida since=2021-10-04", "Fumio Kishida until=2024-10-01",
        "Shinzo Abe as_of=2018-05-10", "Shinzo Abe since=2012-12-26", "Shinzo Abe until=2020-12-31",
      ])
  }

  @Test("a HOLDS_ROLE told with a title carries the tenure's dates")
  func tenureDates() throws {
    let x = try Fixture.article(
      "Hungarian President Janos Ader opened the water forum in Budapest on Tuesday.", source: "2019-10-15-forum.txt")
    let role = try #require(x.relations("HOLDS_ROLE").first { x.names(of: $0) == ("Janos Ader", "Hungary") })
    #expect(role.properties["since"]?.stringValue == "2012-05-10")
    #expect(role.properties["until"]?.stringValue == "2022-05-10")
  }

  @Test("'his Hungarian counterpart' is the Hungarian holder of the subject's office")
  func counterpart() throws {
    let x = try Fixture.article(
      "Serbian President Aleksandar Vucic held talks with his Hungarian counterpart in Budapest on Monday.",
      source: "2019-06-10-counterpart.txt")
    #expect(x.entityNames("Person") == ["Aleksandar Vucic", "Janos Ader"])
    #expect(x.relationNames("HOLDS_ROLE").contains { $0 == ("Janos Ader", "Hungary") })
  }

  @Test("a Factbook name is a proper name whose surname names the holder")
  func factbookName() throws {
    let x = try Fixture.article(
      "President Khurelsukh received the visiting delegation in Ulaanbaatar on Wednesday.",
      source: "2022-08-17-mongolia.txt")
    #expect(x.entityNames("Person") == ["Ukhnaagiin Khurelsukh"])
    let role = try #require(x.relations("HOLDS_ROLE").first)
    #expect(x.names(of: role) == ("Ukhnaagiin Khurelsukh", "Mongolia"))
    #expect(role.properties["since"]?.stringValue == "2021-06-25")
  }

  @Test("no name in the office-holder table is left in Factbook capitals")
  func namesInNormalCase() throws {
    let url = Fixture.repository.appendingPathComponent("Data/gazetteers/officeholders.tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    let capitals = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line -> String? in
      let name = line.split(separator: "\t").first.map(String.init) ?? ""
      // a word of two or more letters all in capitals, other than a regnal number
      let shouting = name.split(separator: " ").contains { w in
        w.filter(\.isLetter).count > 1 && w == w.uppercased()
          && !["II", "III", "IV", "VI", "XVI"].contains(String(w))
      }
      return shouting ? name : nil
    }
    #expect(capitals.isEmpty, "names in capitals: \(capitals.prefix(5))")
  }

  @Test("an office holder's name is the spelling with every letter, not one the archive damaged")
  func wholeSpelling() throws {
    let x = try Fixture.article(
      "Brazilian President Luiz Inacio Lula da Silva met the visiting Chilean President in Brasilia on Monday.",
      source: "2005-03-07-visit.txt")
    #expect(x.entityNames("Person").contains("Luiz Inacio Lula da Silva"))
    #expect(!x.entityNames("Person").contains { $0.contains("In cio") })
  }

  static let sharedData = Fixture.repository.deletingLastPathComponent().appendingPathComponent("shared/data")
  static let canRegenerate =
    FileManager.default.fileExists(atPath: "/usr/bin/python3")
    && FileManager.default.fileExists(atPath: sharedData.appendingPathComponent("geonames-cities15000").path)

  @Test(
    "the committed tables are what build.py generates from ../shared/data",
    .enabled(if: canRegenerate, "needs python3 and ../shared/data beside the repository"))
  func reproducible() throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = [
      Fixture.repository.appendingPathComponent("Data/gazetteers/build.py").path, "--check", "--shared",
      Self.sharedData.path,
    ]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = Pipe()
    try p.run()
    p.waitUntilExit()
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(p.terminationStatus == 0, "\(message)")
  }
}
