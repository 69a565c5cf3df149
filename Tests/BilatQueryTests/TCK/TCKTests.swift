import Foundation
import Testing

/// Runs every `.feature` file under `$TCK_DIR` (default `../shared/tck/features` next to the
/// package) and fails when a scenario listed in `Fixtures/tck-passing.txt` no longer passes.
/// `TCK_UPDATE_PASSING=1` rewrites that list; `TCK_VERBOSE=1` prints every failure.
@Suite struct TCKTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var featuresDirectory: URL? {
    let env = ProcessInfo.processInfo.environment
    let url = env["TCK_DIR"].map { URL(fileURLWithPath: $0) } ?? packageRoot.appending(path: "../shared/tck/features")
    return FileManager.default.fileExists(atPath: url.path) ? url.standardized : nil
  }

  @Test(.enabled(if: featuresDirectory != nil, "no TCK features: set TCK_DIR or put ../shared/tck beside the checkout"))
  func conformance() throws {
    let root = try #require(Self.featuresDirectory)
    let env = ProcessInfo.processInfo.environment
    let graphs = root.deletingLastPathComponent().appending(path: "graphs")
    let runner = TCKRunner(graphsDirectory: FileManager.default.fileExists(atPath: graphs.path) ? graphs : nil)
    let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
      .filter { $0.pathExtension == "feature" }
      .sorted { $0.path < $1.path }
    var passed = Set<String>()
    var total = (passed: 0, failed: 0, skipped: 0)
    for file in files {
      let relative = String(file.standardized.path.dropFirst(root.path.count + 1))
      let scenarios = FeatureFile.parse(try String(contentsOf: file, encoding: .utf8), file: relative)
      var counts = (passed: 0, failed: 0, skipped: 0)
      for scenario in scenarios {
        switch runner.run(scenario) {
        case .passed:
          counts.passed += 1
          passed.insert(scenario.key)
        case .failed(let why):
          counts.failed += 1
          if env["TCK_VERBOSE"] != nil { print("FAIL \(scenario.key)\n  \(why)") }
        case .skipped(let why):
          counts.skipped += 1
          if env["TCK_VERBOSE"] != nil { print("SKIP \(scenario.key): \(why)") }
        }
      }
      print("\(relative): \(counts.passed) passed, \(counts.failed) failed, \(counts.skipped) skipped")
      total.passed += counts.passed
      total.failed += counts.failed
      total.skipped += counts.skipped
    }
    print(
      "(\(TCKRunner.sqlCount.value) scenarios ran as one SQL statement, cross-checked with the step-by-step executor)")
    print("\(total.passed) passed, \(total.failed) failed, \(total.skipped) skipped")

    let listURL = Self.packageRoot.appending(path: "Tests/BilatQueryTests/Fixtures/tck-passing.txt")
    if env["TCK_UPDATE_PASSING"] != nil {
      try (passed.sorted().joined(separator: "\n") + "\n").write(to: listURL, atomically: true, encoding: .utf8)
    }
    let listed = try String(contentsOf: listURL, encoding: .utf8)
      .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    // Only scenarios from the files that were run count as regressions.
    let runFiles = Set(files.map { String($0.standardized.path.dropFirst(root.path.count + 1)) })
    let regressions = listed.filter { key in
      runFiles.contains(String(key.prefix { $0 != ":" })) && !passed.contains(key)
    }
    #expect(regressions.isEmpty, "TCK regressions: \(regressions.joined(separator: "; "))")
  }
}
