import BilatCore
import BilatExtraction
import Foundation
import Testing

/// The candidates an extraction lists index the extraction as returned, whatever the learned
/// filters dropped or renumbered. Invented sentences, real countries and cities.
@Suite("Learned candidates' indices")
struct LearnedCandidateIndexTests {
  /// A document without relations first (the document filter drops it and renumbers every entity
  /// after it), then documents and places with relations.
  static let texts = [
    "Peru said that companies building projects get support. Norway and Ghana signed an agreement on "
      + "cooperation in fisheries on Monday in Accra, Ghana. The two sides discussed the Tema oil refinery.",
    "Bolivia said that firms building projects get loans. Chile and Peru signed a memorandum of understanding on "
      + "renewable energy in Lima, Peru. The ministers discussed trade and tourism.",
  ]

  static func extract(_ text: String, documents: LinearModel?, relations: LinearModel?) throws -> Extraction {
    var x = Extractor()
    x.documentModel = documents
    x.relationModel = relations
    return x.extract(try ArticleReader.read(text: text, source: "2024-05-06-indices.txt"))
  }

  /// Every document candidate names the entity at its index, every relation candidate the
  /// relation at its index.
  static func consistent(_ x: Extraction) {
    for c in x.documentCandidates {
      #expect(x.entities.indices.contains(c.entity), "\(c.name)")
      guard x.entities.indices.contains(c.entity) else { continue }
      #expect(x.entities[c.entity].name == c.name && x.entities[c.entity].label == c.label, "\(c.name)")
    }
    for c in x.relationCandidates {
      guard let i = c.index else { continue }
      #expect(x.relations.indices.contains(i), "\(c.type)")
      guard x.relations.indices.contains(i) else { continue }
      #expect(x.relations[i] == c.relation, "\(c.type)")
    }
  }

  @Test("with the document model on, the candidates follow the renumbered entities and relations", arguments: texts)
  func documentFilter(_ text: String) throws {
    let rejectAll = LinearModel(weights: ["bias": -5])
    let rules = try LearnedCandidateIndexTests.extract(text, documents: nil, relations: nil)
    let x = try LearnedCandidateIndexTests.extract(text, documents: rejectAll, relations: nil)
    #expect(x.entities.count < rules.entities.count)
    #expect(!x.relationCandidates.isEmpty && !x.documentCandidates.isEmpty)
    LearnedCandidateIndexTests.consistent(x)
  }

  @Test("with both filters on, the candidates index the extraction as returned", arguments: texts)
  func bothFilters(_ text: String) throws {
    let rejectAll = LinearModel(weights: ["bias": -5])
    let x = try LearnedCandidateIndexTests.extract(
      text, documents: rejectAll, relations: Extractor.bundledRelationModel())
    LearnedCandidateIndexTests.consistent(x)
    // a relation the extraction holds has its candidate (of the judged types)
    for (i, r) in x.relations.enumerated() where RelationCandidate.types.contains(r.type) {
      #expect(x.relationCandidates.contains { $0.index == i }, "\(r.type)")
    }
  }
}
