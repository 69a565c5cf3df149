import BilatExtraction
import Testing

/// Prefix keywords of the sector lexicon ("import*") and the words that only begin like them.
@Suite("Sector prefix keywords")
struct SectorPrefixTests {
  @Test(
    "words that only begin like 'import' signal no trade",
    arguments: [
      "Both leaders stressed the importance of regular contacts.",
      "It was an important visit for Fiji and Samoa.",
      "Importantly, the two envoys spoke in private.",
    ])
  func notImports(_ text: String) throws {
    let x = try Fixture.article(text, source: "2019-12-02-sector.txt")
    #expect(!x.entityNames("Sector").contains("trade"), "sectors: \(x.entityNames("Sector"))")
  }

  @Test(
    "imports and importers still signal trade",
    arguments: ["Uruguay raised imports of Chinese cars.", "Kenyan importers bought more rice from Pakistan."])
  func imports(_ text: String) throws {
    let x = try Fixture.article(text, source: "2019-12-02-sector.txt")
    #expect(x.entityNames("Sector").contains("trade"), "sectors: \(x.entityNames("Sector"))")
  }
}
