import BilatCore
import BilatExtraction
import Foundation
import Testing

/// The learned relation model (`bilat train relations`): an averaged perceptron over the
/// DISCUSSED, LOCATED_IN, SIGNED and AGREED relations the rules find. Invented sentences, real
/// countries and cities.
@Suite("Learned relations")
struct LearnedRelationTests {
  static func extract(_ text: String, model: LinearModel?) throws -> Extraction {
    var x = Extractor()
    x.relationModel = model
    return x.extract(try ArticleReader.read(text: text, source: "2024-05-06-relations.txt"))
  }

  static let talks =
    "President Ilse Varkaus of Finland met Prime Minister Tomas Eriksen of Norway in Oslo on Monday. "
    + "The two leaders discussed cooperation in energy and agriculture."

  static func discussed(_ x: Extraction) -> [String] {
    x.relations("DISCUSSED").map { x.entities[$0.end].name }.sorted()
  }

  @Test("the bundled relation model is present, judges DISCUSSED and reads back as written")
  func bundled() throws {
    let model = try LinearModel.bundledRelations.get()
    #expect(model.weights.count > 100)
    #expect(model.weights["T:DISCUSSED"] != nil)
    #expect(model.weights["T:SIGNED"] == nil)
    let again = try LinearModel.parse(model.serialized(), path: "relations.tsv")
    #expect(again == model)
    #expect(Extractor().relationModel == model)
  }

  @Test("a clear discussed topic is a candidate and the bundled model keeps it")
  func keeps() throws {
    let rules = try LearnedRelationTests.extract(LearnedRelationTests.talks, model: nil)
    let candidates = rules.relationCandidates.filter { $0.type == "DISCUSSED" }
    #expect(candidates.count == 2)
    for c in candidates {
      #expect(c.features.contains("T:DISCUSSED"))
      #expect(c.features.contains("DISCUSSED|cue:discussed"))
    }
    let learned = try LearnedRelationTests.extract(LearnedRelationTests.talks, model: Extractor.bundledRelationModel())
    #expect(LearnedRelationTests.discussed(learned) == LearnedRelationTests.discussed(rules))
    #expect(learned.entities.count == rules.entities.count)
  }

  @Test(
    "topics of a related-links line after the report of the meeting are dropped",
    arguments: [
      "Also read: Latvian culture and science exports rise",
      "Also read: Estonia and Latvia signed agreements, culture and science ties rise",
    ])
  func drops(_ tail: String) throws {
    let text = LearnedRelationTests.talks + " The visit lasted two days. The leaders toured a museum.\n\n" + tail + "\n"
    let rules = try LearnedRelationTests.extract(text, model: nil)
    let model = Extractor.bundledRelationModel()
    let doubted = rules.relationCandidates.filter { $0.type == "DISCUSSED" && !model.accepts($0.features) }
    #expect(!doubted.isEmpty)
    let learned = try LearnedRelationTests.extract(text, model: model)
    #expect(learned.relations("DISCUSSED").count == rules.relations("DISCUSSED").count - doubted.count)
    #expect(learned.entities.count == rules.entities.count)
    // energy and agriculture, told in the meeting's own sentences, stay
    let kept = LearnedRelationTests.discussed(learned)
    #expect(kept.contains("energy") && kept.contains("agriculture"), "\(kept)")
  }

  @Test("a model that judges no type keeps every relation; none gives the rules' relations")
  func unjudgedTypesStay() throws {
    let rules = try LearnedRelationTests.extract(LearnedRelationTests.talks, model: nil)
    let rejectAll = LinearModel(weights: ["bias": -5])
    let kept = try LearnedRelationTests.extract(LearnedRelationTests.talks, model: rejectAll)
    #expect(kept.relations == rules.relations)
    let rejectDiscussed = LinearModel(weights: ["bias": -5, "T:DISCUSSED": -1])
    let dropped = try LearnedRelationTests.extract(LearnedRelationTests.talks, model: rejectDiscussed)
    #expect(dropped.relations("DISCUSSED").isEmpty)
    #expect(dropped.relations("MET_WITH") == rules.relations("MET_WITH"))
  }

  @Test("labels follow the gold through the evaluator's matching; training is deterministic")
  func deterministic() throws {
    let x = try LearnedRelationTests.extract(LearnedRelationTests.talks, model: nil)
    let json = #"""
      {"article": "2024-05-06-relations.txt",
       "entities": [{"label": "Person", "name": "Ilse Varkaus"}, {"label": "Person", "name": "Tomas Eriksen"},
                    {"label": "Sector", "name": "energy"}],
       "relations": [{"type": "DISCUSSED", "meeting": ["Ilse Varkaus", "Tomas Eriksen"], "end": "energy"}]}
      """#
    let gold = try JSONDecoder().decode(GoldFile.self, from: Data(json.utf8))
    let examples = RelationTraining.examples(x, gold)
    let labels = zip(x.relationCandidates, examples).filter { $0.0.type == "DISCUSSED" }.map {
      (x.entities[$0.0.relation.end].name, $0.1.met)
    }
    #expect(labels.sorted { $0.0 < $1.0 }.map(\.1) == [false, true])
    let a = LinearModel.train(examples + examples, epochs: 4, seed: 3)
    let b = LinearModel.train(examples + examples, epochs: 4, seed: 3)
    #expect(a == b)
    #expect(!a.weights.isEmpty)
  }

  @Test("the relation model's training refuses the measurement sets", arguments: ["heldout", "blind-r32"])
  func refused(_ set: String) {
    #expect(RelationTraining.refused.contains(set))
    #expect(!RelationTraining.refused.contains("blind-r31"))
  }
}
