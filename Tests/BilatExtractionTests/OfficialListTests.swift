import BilatExtraction
import Testing

/// Roles of officials named in lists and of officials of no stated country: envoys, titles set
/// off after names, semicolon lists, the other side of a meeting, the article's own side.
/// Invented names and sentences; real countries.
@Suite("Roles of listed officials")
struct OfficialListTests {
  static func roles(_ x: Extraction, _ person: String) -> [String] {
    x.relationNames("HOLDS_ROLE").filter { $0.0 == person }.map(\.1).sorted()
  }

  @Test(
    "an official's role goes to the side the text gives, not to a country named after the title",
    arguments: [
      // an envoy "to" a country is the sending country's
      (
        "Norwegian Foreign Minister Lars Dahl met Chilean officials in Santiago on Monday. Norway's Ambassador "
          + "to Chile Ingrid Berg attended the talks. Norway and Chile signed a fisheries agreement.",
        "Ingrid Berg", ["Norway"]
      ),
      // a counterpart "to" a country holds the referent's office for the counterpart's country
      (
        "Norwegian Foreign Minister Lars Dahl met Chilean officials in Santiago on Monday. Norway's Ambassador "
          + "to Chile Ingrid Berg and her Chilean counterpart to Norway Pablo Soto attended the talks.",
        "Pablo Soto", ["Chile"]
      ),
      // the other side of a meeting with a marked official
      (
        "President Tomas Varga received Peruvian President Luis Quispe in Budapest on Monday. Hungary and Peru "
          + "agreed to expand trade. Hungary will sell buses to Peru, and Hungary will buy coffee.",
        "Tomas Varga", ["Hungary"]
      ),
      // "A and his <demonym> counterpart B": A is of the other side
      (
        "Foreign Minister Anna Kovacs and her Austrian counterpart Peter Huber signed a memorandum in Vienna on "
          + "Friday. Hungary and Austria will open a new border crossing, and Hungary will fund it.",
        "Anna Kovacs", ["Hungary"]
      ),
      // the article's own side: unmarked officials of the meeting's unmarked host
      (
        "President Tomas Varga received Peruvian President Luis Quispe in Budapest on Monday. The talks were also "
          + "attended by Trade Minister Eva Szabo and Finance Minister Janos Toth. Hungary and Peru agreed to "
          + "expand trade, and Hungary will sell buses to Peru.",
        "Eva Szabo", ["Hungary"]
      ),
      // a side's list goes on through titles with commas in them
      (
        "Prime Minister Tomas Varga met Chilean President Rosa Fuentes in Budapest. Attending on the Chilean "
          + "side were Mr. Pablo Rojas, Minister of Mining, Energy, and Water, Mr. Luis Vera, Deputy Minister of "
          + "Finance, and Mr. Tomas Silva, Special Adviser to the President, among others.",
        "Luis Vera", ["Chile"]
      ),
      // companions named after "accompanied ... by" with words between
      (
        "Chilean President Rosa Fuentes arrived in Lima on Monday. She was accompanied on the visit by Mining "
          + "Minister Pablo Rojas and Energy Minister Clara Soto.",
        "Clara Soto", ["Chile"]
      ),
    ])
  func side(_ text: String, _ person: String, _ expected: [String]) throws {
    let x = try Fixture.article(text, source: "2021-03-01-side.txt")
    #expect(Self.roles(x, person) == expected, "roles: \(x.relationNames("HOLDS_ROLE"))")
  }

  @Test("a title set off after each name in a list stays with that name")
  func nameThenTitle() throws {
    let x = try Fixture.article(
      "The welcoming party in Lima included Ana Quispe, governor of the region of Cusco, Jorge Mamani, "
        + "Ambassador of Peru to Chile, and Ambassador Rosa Condori, while the Chilean side was represented "
        + "by Pedro Soto, Minister of Mining.", source: "2022-05-02-list.txt")
    #expect(Self.roles(x, "Jorge Mamani") == ["Peru"], "roles: \(x.relationNames("HOLDS_ROLE"))")
    #expect(x.person("Ana Quispe")?.properties["title"]?.stringValue?.hasPrefix("governor") == true)
    #expect(x.person("Jorge Mamani")?.properties["title"]?.stringValue?.hasPrefix("Ambassador") == true)
  }

  @Test("two signers each named before a title: the first title is not the second name's")
  func signersNamedBeforeTitles() throws {
    let x = try Fixture.article(
      "Rajan Kumar Thapa, Ambassador of Nepal to Canada and Tom Reeves MP, Assistant Minister for Trade of "
        + "Canada signed the arrangement for their two governments in Perth.", source: "2024-02-09-signers.txt")
    #expect(Self.roles(x, "Rajan Kumar Thapa") == ["Nepal"], "roles: \(x.relationNames("HOLDS_ROLE"))")
    #expect(Self.roles(x, "Tom Reeves") == ["Canada"], "roles: \(x.relationNames("HOLDS_ROLE"))")
    #expect(x.person("Tom Reeves")?.properties["title"]?.stringValue == "Assistant Minister for Trade")
    #expect(x.person("Rajan Kumar Thapa")?.properties["title"]?.stringValue?.hasPrefix("Ambassador") == true)
  }

  @Test("officials listed one per semicolon keep their whole titles")
  func semicolonList() throws {
    let x = try Fixture.article(
      "Also present at the summit were the First Vice-President and Minister for Labour and Pensions, Ana Ruiz; "
        + "the Minister for Fisheries, Forests and Water, Carlos Vidal; and the Minister for Culture, Marta Gil.",
      source: "2022-05-02-cabinet.txt")
    #expect(
      x.person("Ana Ruiz")?.properties["title"]?.stringValue
        == "First Vice-President and Minister for Labour and Pensions")
    #expect(x.person("Carlos Vidal")?.properties["title"]?.stringValue == "Minister for Fisheries, Forests and Water")
    #expect(x.person("Marta Gil")?.properties["title"]?.stringValue == "Minister for Culture")
    #expect(x.entities("Person").count == 3, "people: \(x.entities("Person").map(\.name))")
  }

  @Test("a well-known holder's office is found under another spelling of the name")
  func foldedOffice() throws {
    let x = try Fixture.article(
      "President Sebastián Piñera Echenique received Bolivian Foreign Minister Marta Rocha in Santiago on "
        + "Tuesday.", source: "2011-05-03-folded.txt")
    #expect(Self.roles(x, "Sebastián Piñera Echenique") == ["Chile"], "roles: \(x.relationNames("HOLDS_ROLE"))")
  }
}
