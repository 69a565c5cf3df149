import Foundation
import Testing

/// `bilat train relations` and `bilat eval --relation-model`, on a brief of the project's own words.
@Suite("bilat train relations")
struct TrainRelationsCommandTests {
  static let text =
    "President Ilse Varkaus of Finland met Prime Minister Tomas Eriksen of Norway in Oslo on Monday. The two "
    + "leaders discussed cooperation in energy and agriculture.\n"
  static let gold = """
    {"article": "2024-05-06-talks.txt", "published": "2024-05-06",
     "entities": [
       {"label": "Person", "name": "Ilse Varkaus"}, {"label": "Person", "name": "Tomas Eriksen"},
       {"label": "Country", "name": "Finland"}, {"label": "Country", "name": "Norway"},
       {"label": "City", "name": "Oslo", "country": "Norway"}, {"label": "Sector", "name": "energy"}],
     "relations": [{"type": "MET_WITH", "start": "Ilse Varkaus", "end": "Tomas Eriksen", "date": "2024-05-06"},
       {"type": "DISCUSSED", "meeting": ["Ilse Varkaus", "Tomas Eriksen"], "end": "energy"}]}
    """

  static func set(named name: String) throws -> (root: URL, set: String) {
    try TrainMeetingsCommandTests.set(named: name, text: text, gold: gold, stem: "2024-05-06-talks")
  }

  static func discussed(_ json: String) throws -> [Int] {
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let relations = try #require(report["relations"] as? [String: Any])
    let d = try #require(relations["DISCUSSED"] as? [String: Int])
    return [d["truePositives"] ?? -1, d["falsePositives"] ?? -1, d["falseNegatives"] ?? -1]
  }

  @Test func trainsTheSameModelTwiceAndScoresWithIt() throws {
    let (root, set) = try TrainRelationsCommandTests.set(named: "own")
    let first = try CLIRunner.run(["train", "relations", "--set", set, "--output", "a.tsv"], in: root)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix("Trained on "), "\(first.stdout)")
    let second = try CLIRunner.run(["train", "relations", "--set", set, "--output", "b.tsv"], in: root)
    #expect(second.status == 0, "\(second.stderr)")
    let a = try String(contentsOf: root.appendingPathComponent("a.tsv"), encoding: .utf8)
    let b = try String(contentsOf: root.appendingPathComponent("b.tsv"), encoding: .utf8)
    #expect(a.hasPrefix("# bilat linear model\tformat 1\tthreshold 0"))
    #expect(a.contains("T:DISCUSSED\t"))
    #expect(a == b)
    let scored = try CLIRunner.run(["eval", set, "--json", "--relation-model", "a.tsv"], in: root)
    #expect(scored.status == 0, "\(scored.stderr)")
    #expect(scored.stdout.contains("\"DISCUSSED\""))
  }

  @Test func noneGivesTheRulesRelationsAndARejectingModelDropsThem() throws {
    let (root, set) = try TrainRelationsCommandTests.set(named: "own")
    let none = try CLIRunner.run(["eval", set, "--json", "--relation-model", "none"], in: root)
    #expect(none.status == 0, "\(none.stderr)")
    #expect(try TrainRelationsCommandTests.discussed(none.stdout) == [1, 1, 0])
    let reject = "# bilat linear model\tformat 1\tthreshold 0\nT:DISCUSSED\t-1.0000\nbias\t-1.0000\n"
    try reject.write(to: root.appendingPathComponent("reject.tsv"), atomically: true, encoding: .utf8)
    let rejected = try CLIRunner.run(["eval", set, "--json", "--relation-model", "reject.tsv"], in: root)
    #expect(rejected.status == 0, "\(rejected.stderr)")
    #expect(try TrainRelationsCommandTests.discussed(rejected.stdout) == [0, 0, 1])
  }

  @Test(
    arguments: [
      (["--propose", "MET_WITH"], "--propose MET_WITH: not one of AGREED, CONCERNS, IN_SECTOR, LOCATED_IN, SIGNED"),
      (["--proposal-threshold", "SIGNED=high"], "--proposal-threshold SIGNED=high: not a number or TYPE=NUMBER"),
      (["--proposal-threshold", "HOLDS_ROLE=1"], "--proposal-threshold HOLDS_ROLE=1: not a number or TYPE=NUMBER"),
    ])
  func aBadProposalOptionIsAnError(_ options: [String], _ message: String) throws {
    let (root, set) = try TrainRelationsCommandTests.set(named: "own")
    let bad = try CLIRunner.run(["train", "relations", "--set", set, "--output", "m.tsv"] + options, in: root)
    #expect(bad.status != 0)
    #expect(bad.stderr.contains(message), "\(bad.stderr)")
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("m.tsv").path))
  }

  @Test func anUnknownTypeIsAnError() throws {
    let (root, set) = try TrainRelationsCommandTests.set(named: "own")
    let bad = try CLIRunner.run(["train", "relations", "--set", set, "--type", "MET_WITH", "--output", "m.tsv"], in: root)
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("--type MET_WITH: not one of AGREED, DISCUSSED, LOCATED_IN, SIGNED"))
  }
}
