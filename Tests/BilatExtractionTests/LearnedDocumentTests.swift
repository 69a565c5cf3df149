import BilatCore
import BilatExtraction
import Foundation
import Testing

/// The learned document model (`bilat train documents`): an averaged perceptron over the projects,
/// agreements and facilities the rules find. Invented sentences, real countries and cities.
@Suite("Learned documents")
struct LearnedDocumentTests {
  static func extract(_ text: String, model: LinearModel?) throws -> Extraction {
    var x = Extractor()
    x.documentModel = model
    return x.extract(try ArticleReader.read(text: text, source: "2024-05-06-learned.txt"))
  }

  static let signed =
    "Norway and Ghana signed an agreement on cooperation in fisheries on Monday in Accra. The two ministers later "
    + "visited the Jubilee Palace and the Kotoka Memorial Hall."

  @Test(
    "a document whose name holds a country's name as a word has an `in:Country` feature",
    arguments: [
      ("Norway and Ghana signed the Fisheries Agreement of Ghana and Norway on Monday in Accra.", true),
      ("Norway and Ghana signed an agreement on cooperation in fisheries on Monday in Accra.", false),
    ])
  func countryInName(_ text: String, _ named: Bool) throws {
    let x = try LearnedDocumentTests.extract(text, model: nil)
    let candidate = try #require(x.documentCandidates.first { $0.label == "Agreement" })
    #expect(candidate.features.contains("in:Country") == named)
  }

  @Test("the bundled document model is present, small and reads back as written")
  func bundled() throws {
    let model = try LinearModel.bundledDocuments.get()
    #expect(model.weights.count > 100)
    let text = model.serialized()
    #expect(text.utf8.count < 1_000_000)
    let again = try LinearModel.parse(text, path: "documents.tsv")
    #expect(again == model)
  }

  @Test(
    "a clear document the rules find is a candidate and the bundled model keeps it",
    arguments: [
      "Norway and Ghana signed an agreement on cooperation in fisheries on Monday in Accra.",
      "Peru and Chile signed a memorandum of understanding on renewable energy in Lima on Friday.",
    ])
  func keeps(_ text: String) throws {
    let rules = try LearnedDocumentTests.extract(text, model: nil)
    let candidate = try #require(rules.documentCandidates.first { $0.label == "Agreement" })
    #expect(candidate.features.contains("L:Agreement"))
    #expect(candidate.features.contains("t:signed"))
    let learned = try LearnedDocumentTests.extract(text, model: try LinearModel.bundledDocuments.get())
    #expect(learned.entities("Agreement").map(\.name) == rules.entities("Agreement").map(\.name))
    #expect(learned.relations("SIGNED").count == rules.relations("SIGNED").count)
  }

  @Test(
    "a clear non-document without relations is dropped by the bundled model",
    arguments: ["Peru said that companies building projects get support."])
  func dropsClutter(_ text: String) throws {
    let rules = try LearnedDocumentTests.extract(text, model: nil)
    let candidate = try #require(rules.documentCandidates.first)
    #expect(candidate.features.contains("rel:none"))
    let model = try LinearModel.bundledDocuments.get()
    #expect(!model.accepts(candidate.features))
    let learned = try LearnedDocumentTests.extract(text, model: model)
    #expect(learned.entities(candidate.label).isEmpty)
  }

  @Test("a candidate the model rejects is dropped with its relations, and the ids stay consistent")
  func drops() throws {
    let rules = try LearnedDocumentTests.extract(LearnedDocumentTests.signed, model: nil)
    let unrelated = rules.documentCandidates.filter { $0.features.contains("rel:none") }
    let target = try #require(unrelated.first)
    // a model that rejects exactly the candidates with the target's head word
    let head = try #require(target.features.first { $0.hasPrefix("h:") })
    let model = LinearModel(weights: ["bias": 1, head: -5])
    let learned = try LearnedDocumentTests.extract(LearnedDocumentTests.signed, model: model)
    #expect(!learned.entities.contains { $0.name == target.name && $0.label == target.label })
    #expect(learned.entities.count < rules.entities.count)
    for (k, e) in learned.entities.enumerated() { #expect(e.id == k) }
    for r in learned.relations {
      #expect(learned.entities.indices.contains(r.start) && learned.entities.indices.contains(r.end))
    }
    // a candidate that carries a relation is never dropped
    let carried = rules.documentCandidates.filter { !$0.features.contains("rel:none") }
    for c in carried { #expect(learned.entities.contains { $0.name == c.name && $0.label == c.label }) }
  }

  @Test("training is deterministic: the same examples give the same model")
  func deterministic() throws {
    let x = try LearnedDocumentTests.extract(LearnedDocumentTests.signed, model: nil)
    let json = #"""
      {"article": "2024-05-06-learned.txt",
       "entities": [{"label": "Agreement", "name": "agreement on cooperation in fisheries"}],
       "relations": []}
      """#
    let gold = try JSONDecoder().decode(GoldFile.self, from: Data(json.utf8))
    let examples = DocumentTraining.examples(x, gold)
    #expect(examples.contains { $0.met })
    let a = LinearModel.train(examples + examples, epochs: 4, seed: 3)
    let b = LinearModel.train(examples + examples, epochs: 4, seed: 3)
    #expect(a == b)
    #expect(!a.weights.isEmpty)
  }

  @Test("the document model's training refuses the measurement sets", arguments: ["heldout", "blind-r32"])
  func refused(_ set: String) {
    #expect(DocumentTraining.refused.contains(set))
    #expect(!DocumentTraining.refused.contains("blind-r31"))
  }
}
