@testable import BilatExtraction
import Testing

/// Meetings told by what two people of different countries did together or to each other
/// (a joint signing, a summit chaired together, an order conferred, a visit to a person), plans
/// that are no meeting, and one person named in two forms. Invented names, real countries.
@Suite("Joint acts, honours, visits and name forms")
struct JointActMeetingTests {
  @Test(
    "the pairs that met, exactly",
    arguments: [
      // two leaders of different countries as the conjoined subject of a signing (one side known,
      // the sentence naming two countries)
      (
        "Peruvian President Tomas Rivera arrived in Quito on Thursday. The presidents of Peru and of Ecuador, "
          + "Tomas Rivera and Daniel Ochoa, signed a series of nine agreements on Friday.",
        [["Daniel Ochoa", "Tomas Rivera"]]
      ),
      // both sides unknown: no meeting is made of it
      (
        "The presidents, Tomas Rivera and Daniel Ochoa, signed a series of nine agreements on Friday.", []
      ),
      // each with an appositive title, and "also"
      (
        "Karin Holm, Sweden's Minister of Trade and Industry, and Pekka Laine, Finland's Minister of Trade, also "
          + "signed a memorandum on ports.", [["Karin Holm", "Pekka Laine"]]
      ),
      // "together with": a summit the two chaired
      (
        "The Prime Minister of Belgium, Marc Dumont, together with the Prime Minister of the Netherlands, Joost "
          + "Visser, chaired the Benelux summit held in the Belgian city of Ghent.", [["Joost Visser", "Marc Dumont"]]
      ),
      // an order conferred on a guest in person
      (
        "Chilean President Luis Reyes conferred the Order of Merit on Argentine President Julio Paz in Santiago.",
        [["Julio Paz", "Luis Reyes"]]
      ),
      // a visit to a person
      (
        "Earlier, Canadian Foreign Minister Paul Tremblay had visited Mexican President Elena Ruiz.",
        [["Elena Ruiz", "Paul Tremblay"]]
      ),
      // a signing still to come is no meeting
      (
        "The presidents of Peru and of Ecuador, Tomas Rivera and Daniel Ochoa, will sign nine agreements on Friday.",
        []
      ),
      // two officials of one country who signed with someone the sentence does not name
      (
        "Chilean Minister of Finance Ana Vidal and Chilean Minister of Energy Pablo Soto signed the loan documents.",
        []
      ),
      // officials who arrange a meeting of their presidents did not meet for it
      (
        "Coordination is underway between Chilean Foreign Minister Ana Vidal and Argentine Foreign Minister Pedro "
          + "Lanz to arrange a meeting between the two presidents.", []
      ),
    ] as [(String, [[String]])])
  func pairs(_ text: String, _ expected: [[String]]) throws {
    try Fixture.expectMeetings(text, source: "2021-03-12-joint-acts.txt", expected)
  }

  @Test(
    "one person named in a full and a shortened form is one person",
    arguments: [
      (
        "Irish Taoiseach Sean Walsh met President Kofi Mensah Owusu of Ghana in Dublin on Monday. Speaking before "
          + "the meeting with President Kofi Owusu, Mr. Walsh praised Ghana.", "Kofi Mensah Owusu"
      ),
      (
        "President Maria Helena Costa Ramos of Portugal met Irish Taoiseach Sean Walsh in Dublin on Monday. "
          + "President Costa Ramos thanked Sean Walsh for the welcome.", "Maria Helena Costa Ramos"
      ),
    ] as [(String, String)])
  func nameForms(_ text: String, _ full: String) throws {
    let x = try Fixture.article(text, source: "2021-03-12-name-forms.txt")
    #expect(x.meetingPairs() == [[full, "Sean Walsh"].sorted()], "meetings: \(x.relationNames("MET_WITH"))")
  }

  @Test(
    "shortened name forms",
    arguments: [
      (["kofi", "owusu"], ["kofi", "mensah", "owusu"], true),
      (["costa", "ramos"], ["maria", "helena", "costa", "ramos"], true),
      // a father's name after "bin" is another person
      (["hamad", "al", "nasser"], ["faisal", "bin", "hamad", "al", "nasser"], false),
      // a dropped initial may be another person of the family
      (["george", "miller"], ["george", "w", "miller"], false),
      (["anna", "berg"], ["jonas", "berg"], false),
    ] as [([String], [String], Bool)])
  func shortening(_ short: [String], _ long: [String], _ expected: Bool) {
    #expect(ExtractionState.isShortening(short, of: long) == expected)
  }
}
