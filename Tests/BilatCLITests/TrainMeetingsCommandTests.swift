import Foundation
import Testing

/// `bilat train meetings` and `bilat eval --meeting-model`, on a brief of the project's own words.
@Suite("bilat train meetings")
struct TrainMeetingsCommandTests {
  static let text =
    "Prime Minister Tomas Lindqvist of Sweden and Ghanaian President Kwame Mensah agreed on Tuesday in Accra to "
    + "expand cooperation in energy and trade.\n"
  static let gold = """
    {"article": "2024-05-02-accra.txt", "published": "2024-05-02",
     "entities": [
       {"label": "Person", "name": "Tomas Lindqvist", "country": "Sweden"},
       {"label": "Person", "name": "Kwame Mensah", "country": "Ghana"},
       {"label": "City", "name": "Accra", "country": "Ghana"}],
     "relations": [{"type": "MET_WITH", "start": "Tomas Lindqvist", "end": "Kwame Mensah"}]}
    """

  /// A folder `name` in a new temporary root holding one article `stem`.txt and its gold.
  static func set(
    named name: String, text: String = text, gold: String = gold, stem: String = "2024-05-02-accra"
  ) throws -> (root: URL, set: String) {
    let root = try CLIRunner.temporaryDirectory()
    let dir = root.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try text.write(to: dir.appendingPathComponent(stem + ".txt"), atomically: true, encoding: .utf8)
    try gold.write(to: dir.appendingPathComponent(stem + ".gold.json"), atomically: true, encoding: .utf8)
    return (root, name)
  }

  @Test func trainsAModelFromGoldAndScoresWithIt() throws {
    let (root, set) = try TrainMeetingsCommandTests.set(named: "own")
    let trained = try CLIRunner.run(["train", "meetings", "--set", set, "--output", "m.tsv"], in: root)
    #expect(trained.status == 0, "\(trained.stderr)")
    #expect(trained.stdout.hasPrefix("Trained on 1 pairs (1 met) from 1 articles of own"))
    let model = try String(contentsOf: root.appendingPathComponent("m.tsv"), encoding: .utf8)
    #expect(model.hasPrefix("# bilat linear model\tformat 1\tthreshold 0"))
    // with the bundled model the pair met; with none, the rules alone do not find it
    let both = try CLIRunner.run(["eval", set, "--json"], in: root)
    #expect(both.stdout.contains("\"MET_WITH\""))
    let none = try CLIRunner.run(["eval", set, "--details", "--meeting-model", "none"], in: root)
    #expect(none.status == 0)
    #expect(none.stdout.contains("FN MET_WITH: Tomas Lindqvist → Kwame Mensah"), "\(none.stdout)")
    let bundled = try CLIRunner.run(["eval", set, "--details"], in: root)
    #expect(!bundled.stdout.contains("FN MET_WITH"), "\(bundled.stdout)")
  }

  @Test func measurementSetsAndBadModelsAreRefused() throws {
    let (root, set) = try TrainMeetingsCommandTests.set(named: "blind-r32")
    let refused = try CLIRunner.run(["train", "meetings", "--set", set, "--output", "m.tsv"], in: root)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("a measurement set; it never trains a model"))
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("m.tsv").path))
    try "not a model\n".write(to: root.appendingPathComponent("bad.tsv"), atomically: true, encoding: .utf8)
    let bad = try CLIRunner.run(["eval", set, "--meeting-model", "bad.tsv"], in: root)
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("bad.tsv:1: not a learned model line"))
  }
}
