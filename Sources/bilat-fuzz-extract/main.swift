// libFuzzer driver for the article reader and extractor.
//
// A normal `swift build` compiles the fallback below; the fuzzer is built with
//   swift build -c release --product bilat-fuzz-extract -Xswiftc -DFUZZING \
//     -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
// and run with `.ci/reliability/fuzz.sh SECONDS` (README, "Reliability").
import BilatExtraction
import Foundation

/// Reads `bytes` as an article and extracts it, checking that every fact points inside the text.
/// A crash, a hang or a failed precondition here is a bug.
func fuzzExtractOne(_ bytes: UnsafeBufferPointer<UInt8>, extractor: Extractor) {
  let article: Article
  do {
    article = try ArticleReader.read(data: Data(buffer: bytes), source: "fuzz/2023-11-27-input.txt")
  } catch {
    _ = error.description
    return
  }
  let extraction = extractor.extract(article)
  let length = extraction.article.units.count
  for sentence in extraction.sentences {
    precondition(sentence.range.lowerBound >= 0 && sentence.range.upperBound <= length, "sentence outside the text")
  }
  for entity in extraction.entities {
    precondition(!entity.name.isEmpty, "entity without a name")
    for m in entity.mentions {
      precondition(0 <= m.start && m.start <= m.end && m.end <= length, "mention outside the text")
      precondition(m.confidence >= 0 && m.confidence <= 1, "confidence outside 0...1")
    }
  }
  for relation in extraction.relations {
    precondition(extraction.entities.indices.contains(relation.start), "relation start is not an entity")
    precondition(extraction.entities.indices.contains(relation.end), "relation end is not an entity")
    for m in relation.evidence {
      precondition(0 <= m.start && m.start <= m.end && m.end <= length, "evidence outside the text")
    }
  }
}

#if FUZZING
  typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzCallback
  ) -> CInt

  nonisolated(unsafe) let sharedExtractor = Extractor()

  let fuzzOne: FuzzCallback = { data, size in
    guard let data else { return 0 }
    fuzzExtractOne(UnsafeBufferPointer(start: data, count: size), extractor: sharedExtractor)
    return 0
  }

  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(withUnsafeMutablePointer(to: &argv) { LLVMFuzzerRunDriver(&argc, $0, fuzzOne) })
#else
  // Without libFuzzer: replay the files given as arguments (a corpus or a crash) through the
  // same function, so that a crash input can be reproduced with a plain debug build.
  let extractor = Extractor()
  var replayed = 0
  for path in CommandLine.arguments.dropFirst() {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
    let files =
      isDirectory.boolValue
      ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" } : [path]
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else { continue }
      data.withUnsafeBytes { raw in fuzzExtractOne(raw.bindMemory(to: UInt8.self), extractor: extractor) }
      replayed += 1
    }
  }
  print("built without -DFUZZING: replayed \(replayed) input(s); see README (Reliability) for fuzzing")
#endif
