import BilatExtraction
import Testing

/// A counted package of documents takes the sectors its complement names. The sentences are the
/// project's own.
@Suite("Sectors of counted document packages")
struct PackageSectorTests {
  static let meeting = "President Boric of Chile met President Petro of Colombia in Bogota on Monday. "

  @Test(
    "the sectors after a counted package are its sectors",
    arguments: [
      (
        "The two sides signed six agreements covering areas including energy and health.", "six agreements",
        ["energy", "health"]
      ),
      (
        "The two sides signed 12 agreements in the fields of trade, tourism and education.",
        // session 17: the count well above the fields is part of the package's name
        "12 agreements in the fields of trade, tourism and education", ["trade", "tourism", "education"]
      ),
    ])
  func covered(_ text: String, _ package: String, _ sectors: [String]) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-package-sectors.txt")
    let found = Set(x.relationNames("IN_SECTOR").filter { $0.0 == package }.map(\.1))
    #expect(found.isSuperset(of: sectors), "\(x.relationNames("IN_SECTOR"))")
  }

  // session 16: a package split into one document per field ("12 agreements on cooperation in
  // trade, tourism and education") is left out for its documents (ExtractionState.packagesNamedByMembers),
  // each with its own sector
  @Test("a package split into one document per field leaves each document its sector")
  func split() throws {
    let x = try Fixture.article(
      Self.meeting + "Ministers signed two memoranda covering health and agriculture.",
      source: "2024-06-11-package-sectors.txt")
    #expect(
      Set(x.relationNames("IN_SECTOR").map { [$0.0, $0.1] }) == [
        ["memorandum on health", "health"], ["memorandum on agriculture", "agriculture"],
      ], "\(x.relationNames("IN_SECTOR"))")
  }

  @Test("sectors after a new clause are not the package's")
  func clauseEnds() throws {
    let x = try Fixture.article(
      Self.meeting + "The two sides signed 12 agreements during talks that covered energy.",
      source: "2024-06-11-package-sectors.txt")
    #expect(!x.relationNames("IN_SECTOR").contains { $0 == ("12 agreements", "energy") })
  }
}
