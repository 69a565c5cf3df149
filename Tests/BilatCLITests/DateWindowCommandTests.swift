import Foundation
import Testing

/// `who-met --since/--until` and `export --since/--until` keep the same meetings, by the
/// temporal rule of queries: a stored date, full or partial, stands for its first day, and a
/// bound given to a year or a month covers it whole.
@Suite struct DateWindowCommandTests {
  let directory: URL
  let db: String

  /// Who Alikhan Smailov met, by stored date ("none" has no date).
  static let dates = [
    "Y2023": "2023", "M2023-11": "2023-11", "D2023-11-27": "2023-11-27", "T2023-12-31": "2023-12-31T10:00",
    "M2024-01": "2024-01", "D2024-02-29": "2024-02-29",
  ]

  init() throws {
    directory = try CLIRunner.temporaryDirectory()
    db = directory.appendingPathComponent("w.sqlite").path
    var pattern = ["(a:Person {name: 'Alikhan Smailov'})", "(a)-[:MET_WITH]->(:Person {name: 'none'})"]
    for (name, date) in Self.dates.sorted(by: { $0.key < $1.key }) {
      pattern.append("(a)-[:MET_WITH {date: '\(date)'}]->(:Person {name: '\(name)'})")
    }
    let created = try CLIRunner.run(["create", "--db", db, "CREATE " + pattern.joined(separator: ", ")])
    #expect(created.status == 0, "\(created.stderr)")
  }

  @Test(arguments: [
    (["--since", "2023-11"], ["M2023-11", "D2023-11-27", "T2023-12-31", "M2024-01", "D2024-02-29"]),
    (["--since", "2023-11-01"], ["M2023-11", "D2023-11-27", "T2023-12-31", "M2024-01", "D2024-02-29"]),
    (["--since", "2023-11-02"], ["D2023-11-27", "T2023-12-31", "M2024-01", "D2024-02-29"]),
    (["--until", "2023"], ["Y2023", "M2023-11", "D2023-11-27", "T2023-12-31"]),
    (["--until", "2023-12-31"], ["Y2023", "M2023-11", "D2023-11-27", "T2023-12-31"]),
    (["--until", "2023-11"], ["Y2023", "M2023-11", "D2023-11-27"]),
    (["--since", "2023-11-02", "--until", "2024-01"], ["D2023-11-27", "T2023-12-31", "M2024-01"]),
    (["--since", "2024-02"], ["D2024-02-29"]),
  ])
  func whoMetAndExportKeepTheSameMeetings(window: [String], expected: [String]) throws {
    let met = try CLIRunner.run(["who-met", "--db", db, "--format", "csv", "Alikhan Smailov"] + window)
    #expect(met.status == 0, "\(met.stderr)")
    let names = met.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
    #expect(names.sorted() == expected.sorted())

    let exported = try CLIRunner.run(["export", "json", "--db", db, "--types", "MET_WITH"] + window)
    #expect(exported.status == 0, "\(exported.stderr)")
    let graph = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
    let nodes = try #require(graph["nodes"] as? [[String: Any]])
    let people = nodes.compactMap { ($0["properties"] as? [String: Any])?["name"] as? String }
    #expect(people.filter { $0 != "Alikhan Smailov" }.sorted() == expected.sorted())
  }

  @Test(arguments: [
    (["--since", "2023-13"], "Error: --since: '2023-13' has no month 13; months are 01 to 12"),
    (["--until", "2023-02-29"], "Error: --until: '2023-02-29' has no day 29; that month has 28 days"),
    (["--since", "2024", "--until", "2023"], "Error: --since: '2024' is after the until date '2023'"),
  ])
  func badWindowsAreRefusedByBothCommands(window: [String], message: String) throws {
    for command in [["who-met", "--db", db, "Alikhan Smailov"], ["export", "json", "--db", db]] {
      let result = try CLIRunner.run(command + window)
      #expect(result.status != 0)
      #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }
  }
}
