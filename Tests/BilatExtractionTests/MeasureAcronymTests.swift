@testable import BilatExtraction
import Testing

/// Capitalized words the tagger may read as an organization that are units, currencies or
/// numerals: an acronym next to a number, a Roman numeral. The sentences are the project's own.
@Suite("Units, currencies and numerals are no organizations")
struct MeasureAcronymTests {
  @Test(
    "an acronym next to a number or a Roman numeral is no organization",
    arguments: [
      ("The deal is worth USD 12 billion (ZAR 210 billion), the Kenya Ports Authority said.", "USD"),
      ("The signing took place at 4:30 PM in the Government Palace, the Kenya Ports Authority said.", "PM"),
      ("The plant will ship 12 MTPA of gas to Chile, the Kenya Ports Authority said.", "MTPA"),
      ("The XXIV session of the commission met in Lima, the Kenya Ports Authority said.", "XXIV"),
    ])
  func measure(_ text: String, _ word: String) throws {
    let x = try Fixture.article(text, source: "2021-05-17-measure.txt")
    #expect(!x.entityNames("Organization").contains(word), "\(x.entityNames("Organization"))")
    #expect(x.entityNames("Organization").contains("Kenya Ports Authority"), "\(x.entityNames("Organization"))")
  }

  @Test("Roman numerals are told apart from acronyms made of their letters", arguments: [
    ("XIII", true), ("XIV", true), ("MCMXC", true), ("CDC", false), ("DC", true), ("IIII", false), ("CIA", false),
  ])
  func roman(_ word: String, _ numeral: Bool) {
    #expect(OrganizationReadings.isRomanNumeral(word) == numeral)
  }
}
