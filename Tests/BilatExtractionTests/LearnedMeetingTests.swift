import BilatExtraction
import Foundation
import Testing

/// The learned meeting model (`bilat train meetings`): an averaged perceptron over pairs of people
/// named in one sentence. Invented names, real countries and cities, the project's own sentences.
@Suite("Learned meetings")
struct LearnedMeetingTests {
  static func extract(_ text: String, model: MeetingModel? = MeetingModel.bundled) throws -> Extraction {
    var x = Extractor()
    x.meetingModel = model
    return x.extract(try ArticleReader.read(text: text, source: "2024-05-02-learned.txt"))
  }

  static func pairs(_ x: Extraction) -> Set<[String]> {
    Set(x.relations("MET_WITH").map { [x.names(of: $0).0, x.names(of: $0).1].sorted() })
  }

  @Test("the bundled model is present, small and reads back as written")
  func bundled() throws {
    let model = try #require(MeetingModel.bundled)
    #expect(model.weights.count > 100)
    let text = model.serialized()
    #expect(text.utf8.count < 1_000_000)
    let again = try MeetingModel.parse(text, path: "meetings.tsv")
    #expect(again.weights.count == model.weights.count)
    #expect(again.threshold == model.threshold)
  }

  @Test("a file that is not a model is refused with its line")
  func malformed() {
    #expect(throws: MeetingModel.LoadError.self) {
      try MeetingModel.parse("# bilat meeting-pair model\tformat 1\tthreshold 0\nbias\tnot-a-number\n", path: "m.tsv")
    }
    #expect(throws: MeetingModel.LoadError.self) { try MeetingModel.parse("# some other file\n", path: "m.tsv") }
  }

  @Test("training is deterministic and learns a separable rule")
  func training() {
    var examples: [MeetingModel.Example] = []
    for k in 0..<20 {
      examples.append(.init(features: ["bias", "m:and", "a:agreed", "n\(k % 3)"], met: true))
      examples.append(.init(features: ["bias", "m:praised", "a:reforms", "n\(k % 3)"], met: false))
    }
    let a = MeetingModel.train(examples, epochs: 5, seed: 7)
    let b = MeetingModel.train(examples, epochs: 5, seed: 7)
    #expect(a == b)
    #expect(a.met(["bias", "m:and", "a:agreed"]))
    #expect(!a.met(["bias", "m:praised", "a:reforms"]))
  }

  @Test(
    "two leaders of two countries who act together in one sentence met",
    arguments: [
      "Prime Minister Tomas Lindqvist of Sweden and Ghanaian President Kwame Mensah agreed on Tuesday in Accra to "
        + "expand cooperation in energy and trade.",
      "The agreement was signed after talks in Lima between Peruvian President Rosa Quispe and Chilean President "
        + "Andres Mardones.",
    ])
  func together(_ text: String) throws {
    let x = try LearnedMeetingTests.extract(text)
    #expect(LearnedMeetingTests.pairs(x).count == 1, "meetings: \(x.relationNames("MET_WITH"))")
  }

  @Test("a plan told in a clause after the meeting neither vetoes it nor places it (session 25)")
  func planAfterMeeting() throws {
    let x = try LearnedMeetingTests.extract(
      "Swedish Prime Minister Tomas Lindqvist arrived in Accra on Monday. Lindqvist signed four agreements with his "
        + "Ghanaian counterpart Kwame Mensah on Tuesday, and the two governments will open a trade office in Kumasi.")
    let met = try #require(x.relations("MET_WITH").first, "meetings: \(x.relationNames("MET_WITH"))")
    #expect(x.names(of: met).1 == "Kwame Mensah")
    #expect(met.properties["place"]?.stringValue == "Accra")
    let planned = try LearnedMeetingTests.extract(
      "Swedish Prime Minister Tomas Lindqvist will sign four agreements with his Ghanaian counterpart Kwame Mensah "
        + "in Accra next week.")
    #expect(planned.relations("MET_WITH").isEmpty, "\(planned.relationNames("MET_WITH"))")
  }

  @Test("a counterpart serves another country while the first person's country is not read yet (session 25)")
  func counterpartOfUnknownCountry() throws {
    let x = try LearnedMeetingTests.extract(
      "Prime Minister Tomas Lindqvist marked his first week in office on Tuesday by signing four accords with his "
        + "Ghanaian counterpart Kwame Mensah in Stockholm, including a barter deal by which Ghana will supply cocoa."
    )
    #expect(LearnedMeetingTests.pairs(x) == [["Kwame Mensah", "Tomas Lindqvist"]])
    #expect(x.entityNames("Agreement") == ["four accords", "barter deal"])
  }

  @Test("people only mentioned together, a companion of the same family, or two of one country did not meet")
  func mentioned() throws {
    for text in [
      "Ghanaian President Kwame Mensah and Ghanaian Vice President Kofi Boateng agreed on Tuesday in Accra to "
        + "expand cooperation in energy and trade.",
      "Prime Minister Tomas Lindqvist praised the reforms of former Ghanaian President Kwame Mensah, who died in 1998.",
      "President Kwame Mensah of Ghana is accompanied by First Lady Ama Mensah and a business delegation.",
    ] {
      let x = try LearnedMeetingTests.extract(text)
      #expect(x.relations("MET_WITH").isEmpty, "\(text): \(x.relationNames("MET_WITH"))")
    }
  }

  @Test("every pair of people in a sentence is a candidate, with features, whether or not a model runs")
  func candidates() throws {
    let text =
      "Prime Minister Tomas Lindqvist of Sweden and Ghanaian President Kwame Mensah agreed on Tuesday in Accra to "
      + "expand cooperation in energy and trade."
    let x = try LearnedMeetingTests.extract(text, model: nil)
    let c = try #require(x.meetingCandidates.first)
    #expect(Set([x.entities[c.first].name, x.entities[c.second].name]) == ["Tomas Lindqvist", "Kwame Mensah"])
    #expect(c.features.contains("bias") && c.features.contains("t:none"))
    // the rules alone find no meeting in it: the learned model's part is visible
    #expect(x.relations("MET_WITH").isEmpty)
  }

  @Test("candidates are labelled by the gold's MET_WITH, in either order, with gold aliases")
  func labels() throws {
    let text =
      "Prime Minister Tomas Lindqvist of Sweden and Ghanaian President Kwame Mensah agreed on Tuesday in Accra to "
      + "expand cooperation in energy and trade."
    let x = try LearnedMeetingTests.extract(text, model: nil)
    let json = """
      {"article": "a.txt", "entities": [
        {"label": "Person", "name": "Kwame Atta Mensah", "aliases": ["Kwame Mensah"]},
        {"label": "Person", "name": "Tomas Lindqvist"}],
       "relations": [{"type": "MET_WITH", "start": "Kwame Atta Mensah", "end": "Tomas Lindqvist"}]}
      """
    let gold = try JSONDecoder().decode(GoldFile.self, from: Data(json.utf8))
    let examples = MeetingTraining.examples(x, gold)
    #expect(examples.count == 1 && examples[0].met)
    let none = try JSONDecoder().decode(
      GoldFile.self, from: Data(#"{"article": "a.txt", "entities": [], "relations": []}"#.utf8))
    #expect(MeetingTraining.examples(x, none).allSatisfy { !$0.met })
  }

  @Test("measurement sets never train a model")
  func refused() {
    for s in ["heldout", "blind2", "blind3", "blind-r32"] { #expect(MeetingTraining.refused.contains(s)) }
  }
}
