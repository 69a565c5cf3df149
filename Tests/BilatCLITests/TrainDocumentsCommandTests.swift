import Foundation
import Testing

/// `bilat train documents` and `bilat eval --document-model`, on a brief of the project's own words.
@Suite("bilat train documents")
struct TrainDocumentsCommandTests {
  static let text =
    "Norway and Ghana signed an agreement on cooperation in fisheries on Monday in Accra. The two sides also "
    + "discussed the construction of the Tema offshore wind farm.\n"
  static let gold = """
    {"article": "2024-05-06-fisheries.txt", "published": "2024-05-06",
     "entities": [
       {"label": "Country", "name": "Norway"}, {"label": "Country", "name": "Ghana"},
       {"label": "City", "name": "Accra", "country": "Ghana"},
       {"label": "Agreement", "name": "agreement on cooperation in fisheries"}],
     "relations": [{"type": "SIGNED", "start": "Norway", "end": "agreement on cooperation in fisheries"},
       {"type": "SIGNED", "start": "Ghana", "end": "agreement on cooperation in fisheries"}]}
    """

  static func set(named name: String) throws -> (root: URL, set: String) {
    try TrainMeetingsCommandTests.set(named: name, text: text, gold: gold, stem: "2024-05-06-fisheries")
  }

  @Test func trainsTheSameModelTwiceAndScoresWithIt() throws {
    let (root, set) = try TrainDocumentsCommandTests.set(named: "own")
    let first = try CLIRunner.run(["train", "documents", "--set", set, "--output", "a.tsv"], in: root)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix("Trained on "), "\(first.stdout)")
    let second = try CLIRunner.run(["train", "documents", "--set", set, "--output", "b.tsv"], in: root)
    #expect(second.status == 0, "\(second.stderr)")
    let a = try String(contentsOf: root.appendingPathComponent("a.tsv"), encoding: .utf8)
    let b = try String(contentsOf: root.appendingPathComponent("b.tsv"), encoding: .utf8)
    #expect(a.hasPrefix("# bilat linear model\tformat 1\tthreshold 0"))
    #expect(a == b)
    let scored = try CLIRunner.run(["eval", set, "--json", "--document-model", "a.tsv"], in: root)
    #expect(scored.status == 0, "\(scored.stderr)")
    #expect(scored.stdout.contains("\"Agreement\""))
    let bundled = try CLIRunner.run(["eval", set, "--json", "--document-model", "bundled"], in: root)
    #expect(bundled.status == 0, "\(bundled.stderr)")
    #expect(bundled.stdout.contains("\"Agreement\""))
  }

  @Test(arguments: ["meetings", "documents", "relations"])
  func measurementSetIsRefused(_ which: String) throws {
    let (root, set) = try TrainDocumentsCommandTests.set(named: "blind-r32")
    let refused = try CLIRunner.run(["train", which, "--set", set, "--output", "m.tsv"], in: root)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("blind-r32: a measurement set; it never trains a model"))
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("m.tsv").path))
  }

  @Test func aBadDocumentModelIsAnErrorWithItsLine() throws {
    let (root, set) = try TrainDocumentsCommandTests.set(named: "own")
    try "not a model\n".write(to: root.appendingPathComponent("bad.tsv"), atomically: true, encoding: .utf8)
    let bad = try CLIRunner.run(["eval", set, "--document-model", "bad.tsv"], in: root)
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("bad.tsv:1: not a learned model line"))
  }
}
