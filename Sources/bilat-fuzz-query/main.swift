// libFuzzer driver for the Cypher lexer, parser, semantic pass, SQL compiler and executor.
//
// A normal `swift build` compiles the fallback below; the fuzzer is built with
//   swift build -c release --product bilat-fuzz-query -Xswiftc -DFUZZING \
//     -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
// and run with `.ci/reliability/fuzz.sh SECONDS` (README, "Reliability").
import BilatCore
import BilatQuery
import BilatStore
import Foundation

/// A small graph with every property type, relationship loops and parallel edges.
func makeFuzzGraph() throws -> GraphStore {
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
      labels: ["Meeting"], properties: ["date": "2023-11-27", "topics": .list([.string("trade"), .string("energy")])])
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

/// Compiles and runs one query text with tight bounds. Cypher errors are expected; a crash,
/// a hang or a failed precondition is a bug.
func fuzzQueryOne(_ bytes: UnsafeBufferPointer<UInt8>, engine: CypherEngine) {
  let text = String(decoding: bytes, as: UTF8.self)
  do {
    let compiled = try engine.compile(text)
    _ = compiled.sql
    if compiled.isWrite { return }
    let result = try engine.run(text, parameters: ["name": .string("Ding Xuexiang"), "n": .int(2)])
    for row in result.rows { precondition(row.count == result.columns.count, "row width differs from the columns") }
    for format in ResultFormat.allCases { _ = result.formatted(format) }
  } catch {
    _ = error.description
  }
}

/// The bounds the fuzzer runs queries with (small, so that a slow input shows as a timeout).
func fuzzOptions() -> QueryOptions {
  QueryOptions(rowLimit: 2_000, timeLimit: 1, maxVariableLengthDepth: 6)
}

#if FUZZING
  typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzCallback
  ) -> CInt

  nonisolated(unsafe) let sharedEngine: CypherEngine = {
    do {
      return CypherEngine(store: try makeFuzzGraph(), options: fuzzOptions())
    } catch {
      fatalError("cannot build the fuzz graph: \(error)")
    }
  }()

  let fuzzOne: FuzzCallback = { data, size in
    guard let data, size <= 64 * 1024 else { return 0 }
    fuzzQueryOne(UnsafeBufferPointer(start: data, count: size), engine: sharedEngine)
    return 0
  }

  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(withUnsafeMutablePointer(to: &argv) { LLVMFuzzerRunDriver(&argc, $0, fuzzOne) })
#else
  // Without libFuzzer: replay the files given as arguments (a corpus or a crash) through the
  // same function, so that a crash input can be reproduced with a plain debug build.
  do {
    let engine = CypherEngine(store: try makeFuzzGraph(), options: fuzzOptions())
    var replayed = 0
    for path in CommandLine.arguments.dropFirst() {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      let files =
        isDirectory.boolValue
        ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
        : [path]
      for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        data.withUnsafeBytes { raw in fuzzQueryOne(raw.bindMemory(to: UInt8.self), engine: engine) }
        replayed += 1
      }
    }
    print("built without -DFUZZING: replayed \(replayed) input(s); see README (Reliability) for fuzzing")
  } catch {
    print("cannot build the fuzz graph: \(error)")
    exit(1)
  }
#endif
