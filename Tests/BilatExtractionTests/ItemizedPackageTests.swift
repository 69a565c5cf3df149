import BilatExtraction
import Testing

/// A counted package whose documents the sentence goes on to name is no document of its own; a
/// package whose fields follow is one. The sentences are the project's own.
@Suite("Counted packages whose documents are named")
struct ItemizedPackageTests {
  static let meeting = "President Boric of Chile met President Arce of Bolivia in La Paz on Monday. "
  static let source = "2024-03-11-itemized-packages.txt"

  @Test(
    "the count names no document when its members follow",
    arguments: [
      ("Chile and Bolivia signed four agreements in La Paz, including one waiving some debt.", []),
      ("The two countries signed three key agreements including on cooperation in mining.", []),
      (
        "Chile and Bolivia signed two agreements, namely a treaty of friendship and an agreement on border crossings.",
        ["treaty of friendship", "agreement on border crossings"]
      ),
      ("In the presence of the presidents, 6 new documents of cooperation were signed:", []),
    ])
  func itemized(_ text: String, _ documents: [String]) throws {
    let x = try Fixture.article(Self.meeting + text, source: Self.source)
    #expect(x.entityNames("Agreement") == Set(documents))
    #expect(Set(x.relationNames("SIGNED").map(\.1)) == Set(documents))
  }

  @Test(
    "a package whose fields follow stays a document",
    arguments: [
      ("Chile and Bolivia signed five agreements on trade, mining and tourism.", "five agreements"),
      ("The two sides signed six agreements covering areas including energy and health.", "six agreements"),
    ])
  func package(_ text: String, _ name: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: Self.source)
    #expect(x.entityNames("Agreement").contains { $0.hasPrefix(name) }, "\(x.entityNames("Agreement"))")
  }
}
