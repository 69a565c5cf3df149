import BilatExtraction
import Testing

/// Meetings whose second party is named in another sentence ("his Peruvian counterpart" ...
/// "Peru's Foreign Minister X"; "the Dutch minister also met ...") and counterparts who act
/// together ("A and his Uzbek counterpart B signed ..."). Invented names, real countries.
@Suite("Cross-sentence meetings")
struct CrossSentenceMeetingTests {
  @Test(
    "a counterpart, a title or a pair of counterparts stands for a person the article names",
    arguments: [
      (
        "OSLO: Norwegian Foreign Minister Lars Holmgaard met in Oslo on Tuesday with his Peruvian counterpart for "
          + "talks on fisheries. The agenda of the meeting with Peru's Foreign Minister Carlos Quispe included trade, "
          + "the ministry said.", [["Carlos Quispe", "Lars Holmgaard"]]
      ),
      (
        "Speaking at a press conference with his counterpart from Ghana after talks in Oslo, Prime Minister Lars "
          + "Holmgaard said trade would grow. Prime Minister Kofi Boateng of Ghana thanked Norway.",
        [["Kofi Boateng", "Lars Holmgaard"]]
      ),
      (
        "Foreign Minister Budi Santoso of Indonesia and his Dutch counterpart Lars Holmgaard signed a fisheries "
          + "agreement. The Dutch minister also met with President Hendra Wijaya on Wednesday.",
        [["Budi Santoso", "Lars Holmgaard"], ["Hendra Wijaya", "Lars Holmgaard"]]
      ),
      (
        "President Aliyar Karimzoda of Tajikistan and his Latvian counterpart Janis Ozols addressed the press in Riga "
          + "on Monday.", [["Aliyar Karimzoda", "Janis Ozols"]]
      ),
      // offices differ in name: a Secretary of State's counterpart is the one official of that country
      (
        "Secretary of State Mark Ellison met in Washington on Monday with his Peruvian counterpart for talks on "
          + "trade. The agenda of the meeting with Peru's Foreign Minister Carlos Quispe included mining.",
        [["Carlos Quispe", "Mark Ellison"]]
      ),
      // session 25: the visitor told before, met as "him" or "her"
      (
        "President Aliyar Karimzoda of Tajikistan began a visit to Latvia on Monday. Latvian President Janis Ozols "
          + "received him at the palace on Tuesday.", [["Aliyar Karimzoda", "Janis Ozols"]]
      ),
      (
        "Foreign Minister Ilze Berzina of Latvia arrived in Dushanbe on Monday. President Aliyar Karimzoda of "
          + "Tajikistan welcomed her on Tuesday.", [["Aliyar Karimzoda", "Ilze Berzina"]]
      ),
      // "her" before a noun is no one met; the subject meets no one as "him"
      (
        "Foreign Minister Ilze Berzina of Latvia arrived in Dushanbe on Monday. President Aliyar Karimzoda of "
          + "Tajikistan met her colleagues on Tuesday.", []
      ),
      (
        "President Aliyar Karimzoda of Tajikistan spoke in Dushanbe on Monday. He welcomed him warmly.", []
      ),
      // a pair of counterparts who will act together has not met yet
      (
        "President Aliyar Karimzoda of Tajikistan and his Latvian counterpart Janis Ozols will sign a treaty in Riga.",
        []
      ),
    ])
  func counterpart(_ text: String, _ pairs: [[String]]) throws {
    let x = try Fixture.article(text, source: "2011-03-02-counterpart.txt")
    let met = Set(x.relations("MET_WITH").map { [x.names(of: $0).0, x.names(of: $0).1].sorted() })
    #expect(met == Set(pairs), "meetings: \(x.relationNames("MET_WITH"))")
  }

  @Test(
    "a plan word before auxiliaries and modifiers still makes the meeting a plan",
    arguments: [
      ("President Aliyar Karimzoda will also be holding separate bilateral meetings with President Janis Ozols.", 0),
      ("President Aliyar Karimzoda also held separate bilateral meetings with President Janis Ozols of Latvia.", 1),
    ])
  func plannedAfterAuxiliaries(_ text: String, _ count: Int) throws {
    let x = try Fixture.article(text, source: "2011-03-02-plan.txt")
    #expect(x.relations("MET_WITH").count == count, "meetings: \(x.relationNames("MET_WITH"))")
  }
}
