import BilatExtraction
import BilatFuzzChecks
import BilatQuery
import Foundation
import Testing

/// Replays the fuzz seed corpora and every crash the fuzzers found (`Fixtures/crashes-*`)
/// through the checks the drivers in `Sources/bilat-fuzz-*` run (`BilatFuzzChecks`).
@Suite struct FuzzRegressionTests {
  static func files(_ folder: String) -> [URL] {
    guard let dir = try? Scratch.fixture(folder),
      let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path)
    else { return [] }
    return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted().map { dir.appendingPathComponent($0) }
  }

  static let queryInputs = files("crashes-query") + files("corpus-query")
  static let extractInputs = files("crashes-extract") + files("corpus-extract")
  static let pageInputs = files("crashes-html") + files("corpus-html")

  @Test func corporaAreThere() {
    #expect(Self.queryInputs.count > 100)
    #expect(Self.extractInputs.count > 30)
    #expect(Self.pageInputs.count >= 8)
  }

  static let engine: Result<CypherEngine, any Error> = Result {
    CypherEngine(store: try FuzzChecks.makeGraph(), options: FuzzChecks.queryOptions)
  }

  @Test(arguments: queryInputs)
  func queryInputRunsOrFailsCleanly(_ file: URL) throws {
    let engine = try Self.engine.get()
    let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    FuzzChecks.checkQuery(text, engine: engine) { Issue.record(Comment(rawValue: $0)) }
  }

  static let extractor = Extractor()

  @Test(arguments: extractInputs)
  func articleInputIsReadOrRefusedCleanly(_ file: URL) throws {
    FuzzChecks.checkArticle(try Data(contentsOf: file), extractor: Self.extractor) {
      Issue.record(Comment(rawValue: $0))
    }
  }

  @Test(arguments: pageInputs)
  func pageInputIsReadOrRefusedCleanly(_ file: URL) throws {
    FuzzChecks.checkArticle(try Data(contentsOf: file), source: FuzzChecks.pageSource, extractor: Self.extractor) {
      Issue.record(Comment(rawValue: $0))
    }
  }
}
