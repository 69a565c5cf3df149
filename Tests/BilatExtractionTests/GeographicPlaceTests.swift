import BilatExtraction
import Testing

/// Seas, straits, rivers, islands and mountains told with their geographic kind are Places. The
/// sentences are the project's own.
@Suite("Geographic place names")
struct GeographicPlaceTests {
  @Test(
    "a capitalized geographic kind before 'of' or after a name makes the whole a place",
    arguments: [
      ("A survey ship mapped the seabed of the Gulf of Carpentaria last spring.", "Gulf of Carpentaria"),
      ("Tankers queued at the Strait of Gibraltar before heading north.", "Strait of Gibraltar"),
      ("Both navies patrol the Arafura Sea together.", "Arafura Sea"),
      ("A ferry now crosses the Volta River near the dam.", "Volta River"),
      ("Divers surveyed reefs around the Andaman Islands in May.", "Andaman Islands"),
      ("Climbers returned from the Zagros Mountains on Friday.", "Zagros Mountains"),
    ])
  func geographicNames(_ text: String, _ place: String) throws {
    let x = try Fixture.article(text, source: "2024-03-05-geo.txt")
    #expect(x.entityNames("Place") == [place], "places: \(x.entityNames("Place"))")
  }

  @Test(
    "a lower-case sea or river, or a kind with no name, is no place",
    arguments: [
      "The two ministers discussed the sea route and the river port.",
      "The Sea was calm when the delegation arrived.",
    ])
  func commonNouns(_ text: String) throws {
    let x = try Fixture.article(text, source: "2024-03-05-geo.txt")
    #expect(x.entityNames("Place").isEmpty, "places: \(x.entityNames("Place"))")
  }
}
