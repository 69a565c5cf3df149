import BilatExtraction
import Testing

/// Regional and intergovernmental bodies of every continent from the organizations dictionary,
/// under their names and acronyms. The sentences are the project's own.
@Suite("Regional bodies from the dictionary")
struct RegionalBodyTests {
  @Test(
    "a regional body named in full or by its acronym is one Organization under its canonical name",
    arguments: [
      ("Ghana and Senegal asked ECOWAS to send observers.", "Economic Community of West African States"),
      (
        "Zambia hosted the summit of the Southern African Development Community.",
        "Southern African Development Community"
      ),
      ("Brazil wants Mercosur to close its deal with Japan.", "Mercosur"),
      ("The Arab League welcomed the talks between Egypt and Jordan.", "Arab League"),
      ("Peru raised the matter at the Organization of American States.", "Organization of American States"),
      ("A spokesman for the State Department said Chile had been consulted.", "State Department"),
      // the other English spelling of a dictionary name
      ("Mongolia will observe the Shanghai Co-operation Organization meeting.", "Shanghai Cooperation Organisation"),
    ])
  func regionalBody(_ text: String, _ body: String) throws {
    let x = try Fixture.article(text, source: "2024-06-11-regional-bodies.txt")
    #expect(x.entityNames("Organization") == [body])
  }

  @Test("a short name inside a longer phrase of another kind is no ministry")
  func consultations() throws {
    let x = try Fixture.article(
      "India and Brazil held their fifth round of Foreign Office Consultations in Delhi.",
      source: "2024-06-11-regional-bodies.txt")
    #expect(x.entityNames("Organization").isEmpty)
  }
}
