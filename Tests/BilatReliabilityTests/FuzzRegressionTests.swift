import BilatCore
import BilatExtraction
import BilatQuery
import BilatStore
import Foundation
import Testing

/// Replays the fuzz seed corpora and every crash the fuzzers found (`Fixtures/crashes-*`)
/// through the same checks as the drivers in `Sources/bilat-fuzz-*` (kept in step by hand: the
/// drivers are executables, which tests cannot import).
@Suite struct FuzzRegressionTests {
  static func files(_ folder: String) -> [URL] {
    guard let dir = try? Scratch.fixture(folder),
      let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path)
    else { return [] }
    return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted().map { dir.appendingPathComponent($0) }
  }

  static let queryInputs = files("crashes-query") + files("corpus-query")
  static let extractInputs = files("crashes-extract") + files("corpus-extract")

  @Test func corporaAreThere() {
    #expect(Self.queryInputs.count > 100)
    #expect(Self.extractInputs.count > 30)
  }

  /// The fuzz graph of `bilat-fuzz-query`.
  static let engine: Result<CypherEngine, any Error> = Result {
    let store = try GraphStore()
    try store.write { g in
      let kz = try g.createNode(labels: ["Country"], properties: ["name": "Kazakhstan", "iso": "KZ"])
      let cn = try g.createNode(labels: ["Country"], properties: ["name": "China", "iso": "CN"])
      let smailov = try g.createNode(
        labels: ["Person"], properties: ["name": "Alikhan Smailov", "born": .int(1972), "title": "Prime Minister"])
      let ding = try g.createNode(
        labels: ["Person", "Official"], properties: ["name": "Ding Xuexiang", "score": .double(0.5)])
      let astana = try g.createNode(labels: ["City"], properties: ["name": "Astana", "capital": .bool(true)])
      let meeting = try g.createNode(
        labels: ["Meeting"],
        properties: ["date": "2023-11-27", "topics": .list([.string("trade"), .string("energy")])])
      try g.createRelationship(type: "CITIZEN_OF", from: smailov, to: kz)
      try g.createRelationship(type: "CITIZEN_OF", from: ding, to: cn)
      try g.createRelationship(
        type: "MET_WITH", from: smailov, to: ding, properties: ["date": "2023-11-27", "place": "Astana"])
      try g.createRelationship(type: "MET_WITH", from: ding, to: smailov, properties: ["date": "2023-11-28"])
      try g.createRelationship(type: "LOCATED_IN", from: astana, to: kz)
      try g.createRelationship(type: "PARTICIPANT", from: meeting, to: smailov)
      try g.createRelationship(type: "PARTICIPANT", from: meeting, to: ding)
      try g.createRelationship(type: "BORDERS", from: kz, to: cn)
      try g.createRelationship(type: "BORDERS", from: cn, to: kz)
      try g.createRelationship(type: "SELF", from: astana, to: astana)
    }
    return CypherEngine(store: store, options: QueryOptions(rowLimit: 2_000, timeLimit: 1, maxVariableLengthDepth: 6))
  }

  @Test(arguments: queryInputs)
  func queryInputRunsOrFailsCleanly(_ file: URL) throws {
    let engine = try Self.engine.get()
    let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    do {
      let compiled = try engine.compile(text)
      _ = compiled.sql
      if compiled.isWrite { return }
      let result = try engine.run(text, parameters: ["name": .string("Ding Xuexiang"), "n": .int(2)])
      for row in result.rows { #expect(row.count == result.columns.count) }
      for format in ResultFormat.allCases { _ = result.formatted(format) }
    } catch {
      #expect(!error.description.isEmpty)
    }
  }

  static let extractor = Extractor()

  @Test(arguments: extractInputs)
  func articleInputIsReadOrRefusedCleanly(_ file: URL) throws {
    let data = try Data(contentsOf: file)
    let article: Article
    do {
      article = try ArticleReader.read(data: data, source: "fuzz/2023-11-27-input.txt")
    } catch {
      #expect(error.description.hasPrefix("fuzz/2023-11-27-input.txt: error: "))
      return
    }
    let x = Self.extractor.extract(article)
    let length = x.article.units.count
    for s in x.sentences { #expect(s.range.lowerBound >= 0 && s.range.upperBound <= length) }
    for e in x.entities {
      #expect(!e.name.isEmpty)
      for m in e.mentions {
        #expect(0 <= m.start && m.start <= m.end && m.end <= length)
        #expect(m.confidence >= 0 && m.confidence <= 1)
      }
    }
    for r in x.relations {
      #expect(x.entities.indices.contains(r.start) && x.entities.indices.contains(r.end))
      for m in r.evidence { #expect(0 <= m.start && m.start <= m.end && m.end <= length) }
    }
  }
}
