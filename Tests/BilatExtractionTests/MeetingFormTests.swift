import BilatExtraction
import Testing

/// Meetings official coverage tells by the event or by offices: "the meeting of A with B was
/// held", "the presidents of A and B have met", "During the meeting with B on May 31, the sides
/// ...", a title-case headline "A Receives B". Invented names, real countries and cities.
@Suite("Meeting forms of official coverage")
struct MeetingFormTests {
  @Test(
    "the pairs that met, exactly",
    arguments: [
      (
        "President Ali Demir Receives Ivan Petrov, the Head of the Administration of the President of Russia.",
        [["Ali Demir", "Ivan Petrov"]]
      ),
      (
        "Kazakh President Aidos Serikov arrived in Moscow on Monday. Russian President Ivan Petrov greeted him. The "
          + "presidents of Russia and Kazakhstan have met in the Kremlin.", [["Aidos Serikov", "Ivan Petrov"]]
      ),
      (
        "Kazakh President Aidos Serikov and South Korean Foreign Minister Kim Dong-ho met in Almaty on June 1. During "
          + "the meeting with Kazakh Foreign Minister Ayan Bekov in Astana on May 31, the sides addressed trade.",
        [["Aidos Serikov", "Kim Dong-ho"], ["Ayan Bekov", "Kim Dong-ho"]]
      ),
      (
        "A delegation of Russia arrived in Ashgabat on Monday. Then, the meeting of Governor Ivan Petrov with Turkmen "
          + "Deputy Prime Minister Berdi Annayev was held.", [["Berdi Annayev", "Ivan Petrov"]]
      ),
      // the council's session is no meeting of two people
      (
        "Governor Ivan Petrov and Deputy Prime Minister Berdi Annayev spoke at the meeting of the Council of Regions.",
        []
      ),
    ] as [(String, [[String]])])
  func pairs(_ text: String, _ expected: [[String]]) throws {
    let x = try Fixture.article(text, source: "2024-07-02-forms.txt")
    let pairs = Set(x.relations("MET_WITH").map { [x.names(of: $0).0, x.names(of: $0).1].sorted() })
    #expect(pairs == Set(expected), "meetings: \(x.relationNames("MET_WITH"))")
  }
}
