import BilatExtraction
import Foundation
import Testing

/// Floors on the project's own gold (the dev briefs). Held-out briefs are only scored by
/// `bilat eval Data/articles/heldout`, never by tests.
@Suite("Evaluation floors on the dev gold")
struct EvaluationFloorTests {
  static let dev = Fixture.repository.appendingPathComponent("Data/articles/dev").path

  @Test("precision and recall floors per entity label and relation type")
  func floors() throws {
    let report = try Evaluator().evaluate(directory: EvaluationFloorTests.dev)
    #expect(report.articles >= 20)
    let floors: [(String, Bool, Double)] = [
      ("Person", true, 0.90), ("Country", true, 0.90), ("MET_WITH", false, 0.90), ("HOLDS_ROLE", false, 0.90),
      ("DISCUSSED", false, 0.85), ("IN_SECTOR", false, 0.85), ("AGREED", false, 0.85),
    ]
    for (kind, isEntity, floor) in floors {
      let score = try #require(isEntity ? report.entities[kind] : report.relations[kind], "no score for \(kind)")
      for (measure, value) in [("precision", score.precision), ("recall", score.recall)] {
        #expect(value >= floor, "\(kind) \(measure) \(value) < \(floor)")
      }
    }
  }

  @Test("name matching folds transliterations and compares content words for projects")
  func matching() {
    #expect(Evaluator.match("Person", ["Kassym-Jomart Tokayev"], ["Qasym-Jomart Toqaev"]))
    #expect(Evaluator.match("City", ["Khorgos"], ["Horgos"]))
    #expect(!Evaluator.match("Person", ["Alikhan Smailov"], ["Berik Smailov"]))
    #expect(
      Evaluator.match(
        "Project", ["modernization of the Shymkent oil refinery"], ["modernizing the Shymkent oil refinery"]))
    #expect(
      !Evaluator.match("Project", ["expansion of the Aktau port"], ["modernization of the Shymkent oil refinery"]))
    #expect(Evaluator.match("Facility", ["Caspian ports"], ["Caspian port"]))
  }
}
