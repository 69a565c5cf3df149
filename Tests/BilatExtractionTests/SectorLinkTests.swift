import BilatExtraction
import Testing

/// Session 17's sector links: topic cue words and hyphenated compounds, a host's round of
/// separate meetings sharing the topics told after it, counted packages given their sectors by
/// the sentence after them, and power lines and substations in energy. The sentences are the
/// project's own.
@Suite("Sector links of meetings, packages and facilities")
struct SectorLinkTests {
  /// Extracts `text` with the rules' topics, before the learned relation model judges them.
  static func rules(_ text: String, source: String = "2025-05-12-sector-links.txt") throws -> Extraction {
    var extractor = Extractor()
    extractor.relationModel = nil
    return extractor.extract(try ArticleReader.read(text: text, source: source))
  }

  /// Each DISCUSSED as its meeting's display name and the sector.
  static func topics(_ x: Extraction) -> Set<[String]> { Set(x.relationNames("DISCUSSED").map { [$0.0, $0.1] }) }

  static let meeting = "President Arce of Bolivia met President Peña of Paraguay in Asuncion on Monday. "

  @Test(
    "a cue word or a compound beginning with a sector word makes its sector a topic",
    arguments: [
      ("The presidents discussed the digitalisation of border controls.", ["digital"]),
      ("The talks covered supplies of raw materials and rare metals.", ["mining"]),
      ("The leaders praised their trade-economic cooperation.", ["trade"]),
      ("They discussed cultural-humanitarian ties.", ["culture"]),
      ("They agreed to expand military-technical cooperation.", ["security"]),
      ("The talks touched on a new school for engineers.", ["education"]),
      ("They discussed joint production capacities and machine building.", ["industry"]),
      ("The presidents discussed transboundary canals.", ["water"]),
    ])
  func cue(_ text: String, _ sectors: [String]) throws {
    let x = try Self.rules(Self.meeting + text)
    #expect(x.entityNames("Sector") == Set(sectors), "\(x.entityNames("Sector"))")
    #expect(Set(x.relationNames("DISCUSSED").map(\.1)) == Set(sectors), "\(x.relationNames("DISCUSSED"))")
  }

  @Test(
    "a word that names a sector only in some of its uses is a cue only in a phrase",
    arguments: [
      ("They discussed humanitarian aid and people-to-people contacts.", [String]()),
      ("The leaders spoke of the post-Soviet space and a common space for dialogue.", []),
      ("They discussed the processing of visa applications.", []),
      ("They discussed space exploration.", ["science"]),
      ("They discussed the processing industries of both countries.", ["industry"]),
      ("They discussed information technologies and rare earths.", ["digital", "mining"]),
      ("They discussed cultural exchanges.", ["culture"]),
    ])
  func cueOnlyInPhrase(_ text: String, _ sectors: [String]) throws {
    let x = try Self.rules(Self.meeting + text)
    #expect(x.entityNames("Sector") == Set(sectors), "\(x.entityNames("Sector"))")
  }

  @Test("a compound that tells a property of a place is no topic")
  func propertyCompound() throws {
    let x = try Self.rules(Self.meeting + "The oil-rich neighbours spoke about football.")
    #expect(x.entityNames("Sector").isEmpty, "\(x.entityNames("Sector"))")
  }

  @Test("a host's separate meetings with two guests are two meetings that share the topics after them")
  func separateMeetings() throws {
    let x = try Self.rules(
      "In Lima on Monday, Foreign Minister Ana Castro of Peru held separate meetings with Foreign Minister "
        + "Joao Silva of Portugal and Foreign Minister Lars Berg of Norway. The parties discussed tourism and "
        + "farming.")
    #expect(x.meetingPairs() == [["Ana Castro", "Joao Silva"], ["Ana Castro", "Lars Berg"]], "\(x.meetingPairs())")
    let topics = Self.topics(x)
    #expect(
      topics == [
        ["Ana Castro – Joao Silva, 2025-05-12", "tourism"], ["Ana Castro – Joao Silva, 2025-05-12", "agriculture"],
        ["Ana Castro – Lars Berg, 2025-05-12", "tourism"], ["Ana Castro – Lars Berg, 2025-05-12", "agriculture"],
      ], "\(topics)")
  }

  @Test("\"during the meetings\" gives its topics to each meeting of the host")
  func pluralMeetings() throws {
    let x = try Self.rules(
      "In Lima on Monday, Foreign Minister Ana Castro of Peru met Foreign Minister Joao Silva of Portugal. "
        + "Later she held talks with Foreign Minister Lars Berg of Norway. "
        + "During the meetings, energy and health were discussed.")
    let topics = Self.topics(x)
    #expect(
      topics == [
        ["Ana Castro – Joao Silva, 2025-05-12", "energy"], ["Ana Castro – Joao Silva, 2025-05-12", "health"],
        ["Ana Castro – Lars Berg, 2025-05-12", "energy"], ["Ana Castro – Lars Berg, 2025-05-12", "health"],
      ], "\(topics)")
  }

  @Test(
    "the sentence after a counted package gives it the sectors it names",
    arguments: [
      (
        "Chile and India signed nine agreements on Tuesday. The pacts cover mining, health and culture.",
        "nine agreements", ["mining", "health", "culture"]
      ),
      (
        "Chile and India signed nine agreements on Tuesday. They provide for cooperation in tourism and water.",
        "nine agreements", ["tourism", "water"]
      ),
      (
        "Chile and India signed seven memoranda and two executive programmes in the fields of tourism and health.",
        "seven memoranda", ["tourism", "health"]
      ),
      // a later sentence whose subject names the documents, after a fronted source
      (
        "Chile and India signed nine agreements on Tuesday. They then lunched at the palace. The guests left at "
          + "dusk. According to the foreign ministry, the agreements signed reach into mining and health.",
        "nine agreements", ["mining", "health"]
      ),
    ])
  func followingSectors(_ text: String, _ package: String, _ sectors: [String]) throws {
    let x = try Fixture.article(text, source: "2025-05-12-sector-links.txt")
    let found = x.relationNames("IN_SECTOR").filter { $0.0 == package }.map(\.1)
    #expect(Set(found) == Set(sectors), "\(x.relationNames("IN_SECTOR"))")
  }

  @Test("a bare plural after a package is that package, not a document of its own")
  func pluralReference() throws {
    let x = try Fixture.article(
      "Chile and India signed nine agreements on Tuesday. Officials said the agreements signed would take effect soon.",
      source: "2025-05-12-sector-links.txt")
    #expect(x.entityNames("Agreement") == ["nine agreements"])
  }

  @Test(
    "a pronoun two sentences after a package refers to something else",
    arguments: [
      "Chile and India signed nine agreements on Tuesday. The leaders then lunched. They discussed mining and health."
    ])
  func distantPronoun(_ text: String) throws {
    let x = try Fixture.article(text, source: "2025-05-12-sector-links.txt")
    #expect(!x.relationNames("IN_SECTOR").contains { $0.0 == "nine agreements" }, "\(x.relationNames("IN_SECTOR"))")
  }

  @Test(
    "a sentence about the signing itself gives a package no sector",
    arguments: [
      "Chile and India signed nine agreements on Tuesday. The documents were signed at a trade fair in Santiago.",
      "Chile and India signed nine agreements on Tuesday. Ministers of trade and tourism attended the ceremony.",
    ])
  func signingCircumstances(_ text: String) throws {
    let x = try Fixture.article(text, source: "2025-05-12-sector-links.txt")
    #expect(!x.relationNames("IN_SECTOR").contains { $0.0 == "nine agreements" }, "\(x.relationNames("IN_SECTOR"))")
  }

  @Test(
    "a power line or a substation is in energy, not transport",
    arguments: [
      ("Zambia and Malawi launched the Chipata-Mchinji power line.", "Chipata-Mchinji power line"),
      (
        "The two governments agreed on the construction of a 330 kV overhead power line between the capitals.",
        "construction of a 330 kV overhead power line"
      ),
      ("A Turkish firm will build the Mchinji substation next year.", "Mchinji substation"),
    ])
  func powerLines(_ text: String, _ facility: String) throws {
    let x = try Fixture.article(text, source: "2025-05-12-sector-links.txt")
    let sectors = x.relationNames("IN_SECTOR").filter { $0.0 == facility }.map(\.1)
    #expect(sectors == ["energy"], "\(x.relationNames("IN_SECTOR"))")
  }
}
