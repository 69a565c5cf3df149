import BilatExtraction
import Testing

/// A counted package whose documents the sentence goes on to name is no document of its own, nor
/// one whose fields make a document each (session 16); a package whose fields are not read as
/// documents is one. The sentences are the project's own.
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
    "a member named by its kind is a document beside its package; a member that is no document leaves the package",
    arguments: [
      (
        "Chile and Bolivia signed five accords, including a barter deal that lets Chile supply copper wire.",
        ["five accords", "barter deal"]
      ),
      ("Chile and Bolivia signed five accords, including the restoration of a railway line.", ["five accords"]),
    ])
  func kindNamedMember(_ text: String, _ documents: [String]) throws {
    let x = try Fixture.article(Self.meeting + text, source: Self.source)
    #expect(x.entityNames("Agreement") == Set(documents), "\(x.entityNames("Agreement"))")
    #expect(Set(x.relationNames("SIGNED").map(\.1)) == Set(documents))
  }

  @Test("a package whose fields are not read as documents stays a document")
  func package() throws {
    let x = try Fixture.article(
      Self.meeting + "The two sides signed six agreements covering areas including energy and health.",
      source: Self.source)
    #expect(x.entityNames("Agreement") == ["six agreements"], "\(x.entityNames("Agreement"))")
  }

  @Test("a package whose fields make a document each is those documents")
  func splitPackage() throws {
    let x = try Fixture.article(
      // session 17: a count as large as the subjects (a count well above them is one package by field)
      Self.meeting + "Chile and Bolivia signed three agreements on trade, mining and tourism.", source: Self.source)
    let documents: Set = ["agreement on trade", "agreement on mining", "agreement on tourism"]
    #expect(x.entityNames("Agreement") == documents, "\(x.entityNames("Agreement"))")
    #expect(Set(x.relationNames("SIGNED").map(\.1)) == documents)
  }
}
