import BilatCore
import BilatExtraction
import BilatQuery
import BilatStore
import Foundation

/// The checks the libFuzzer drivers (`bilat-fuzz-query`, `bilat-fuzz-extract`) run on each input,
/// shared with the regression tests that replay the corpora and past crashes. A violated check
/// is reported through `fail`: the drivers stop with a precondition failure, the tests record an
/// issue.
public enum FuzzChecks {
  /// The bounds the fuzzer runs queries with (small, so that a slow input shows as a timeout).
  public static let queryOptions = QueryOptions(rowLimit: 2_000, timeLimit: 1, maxVariableLengthDepth: 6)

  /// Parameters every fuzzed query may use.
  public static let queryParameters: [String: CypherValue] = ["name": .string("Ding Xuexiang"), "n": .int(2)]

  /// A small in-memory graph with every property type, relationship loops and parallel edges.
  public static func makeGraph() throws -> GraphStore {
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
    return store
  }

  /// Compiles and runs one query text. Cypher errors are expected and must describe themselves;
  /// a row narrower or wider than the columns is a bug.
  public static func checkQuery(_ text: String, engine: CypherEngine, fail: (String) -> Void) {
    do {
      let compiled = try engine.compile(text)
      _ = compiled.sql
      if compiled.isWrite { return }
      let result = try engine.run(text, parameters: queryParameters)
      for row in result.rows where row.count != result.columns.count {
        fail("row width \(row.count) differs from the \(result.columns.count) columns")
      }
      // formatting is linear in the rows and Foundation's JSON writer is slow: with a 100-row
      // sample it took half of the query fuzzer's time (perf, session 10); every row goes through
      // the same per-value code, so a few rows exercise it as well as many
      var sample = result
      sample.rows = Array(result.rows.prefix(8))
      for format in ResultFormat.allCases { _ = sample.formatted(format) }
    } catch {
      if error.description.isEmpty { fail("an error without a description") }
    }
  }

  /// The inputs a driver built without libFuzzer replays: the files named, and the files of the
  /// folders named (in name order), so that a crash input reproduces with a plain debug build.
  public static func replayInputs(_ paths: some Sequence<String>) -> [Data] {
    var out: [Data] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      let files =
        isDirectory.boolValue
        ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
        : [path]
      out += files.compactMap { FileManager.default.contents(atPath: $0) }
    }
    return out
  }

  /// The name articles are read under (its date resolves relative dates).
  public static let articleSource = "fuzz/2023-11-27-input.txt"

  /// The name saved web pages are read under: the reader takes it through libxml2's HTML parser.
  public static let pageSource = "fuzz/2023-11-27-input.html"

  /// Reads `data` as an article (plain text or Markdown under ``articleSource``, a saved web page
  /// under ``pageSource``) and extracts it: a refusal must name the source; every fact must point
  /// inside the text.
  public static func checkArticle(
    _ data: Data, source articleSource: String = articleSource, extractor: Extractor, fail: (String) -> Void
  ) {
    let article: Article
    do {
      article = try ArticleReader.read(data: data, source: articleSource)
    } catch {
      if !error.description.hasPrefix("\(articleSource): error: ") { fail("error without the source: \(error)") }
      return
    }
    let x = extractor.extract(article)
    let length = x.article.units.count
    for s in x.sentences where !(s.range.lowerBound >= 0 && s.range.upperBound <= length) {
      fail("sentence \(s.index) outside the text")
    }
    for e in x.entities {
      if e.name.isEmpty { fail("entity \(e.id) without a name") }
      for m in e.mentions {
        if !(0 <= m.start && m.start <= m.end && m.end <= length) { fail("mention of \(e.name) outside the text") }
        if !(m.confidence >= 0 && m.confidence <= 1) { fail("confidence \(m.confidence) outside 0...1") }
      }
    }
    for r in x.relations {
      guard x.entities.indices.contains(r.start), x.entities.indices.contains(r.end) else {
        fail("\(r.type) between ids that are not entities")
        continue
      }
      for m in r.evidence where !(0 <= m.start && m.start <= m.end && m.end <= length) {
        fail("evidence of \(r.type) outside the text")
      }
    }
  }
}
