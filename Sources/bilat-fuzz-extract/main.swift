// libFuzzer driver for the article reader and extractor.
//
// A normal `swift build` compiles the fallback below; the fuzzer is built with
//   swift build -c release --product bilat-fuzz-extract -Xswiftc -DFUZZING \
//     -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
// and run with `.ci/reliability/fuzz.sh SECONDS` (README, "Reliability").
import BilatExtraction
import BilatFuzzChecks
import Foundation

/// Reads `bytes` as an article and extracts it through the shared checks; a violated check stops
/// the fuzzer (libFuzzer then saves the input).
func fuzzExtractOne(_ bytes: UnsafeBufferPointer<UInt8>, extractor: Extractor) {
  FuzzChecks.checkArticle(Data(buffer: bytes), source: articleSource, extractor: extractor) { preconditionFailure($0) }
}

/// `BILAT_FUZZ_READER=html` reads every input as a saved web page (the HTML reader, libxml2),
/// which `fuzz.sh` runs as its own target, `html`, with its own corpus.
let articleSource =
  ProcessInfo.processInfo.environment["BILAT_FUZZ_READER"] == "html" ? FuzzChecks.pageSource : FuzzChecks.articleSource

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
  let inputs = FuzzChecks.replayInputs(CommandLine.arguments.dropFirst())
  for data in inputs {
    data.withUnsafeBytes { raw in fuzzExtractOne(raw.bindMemory(to: UInt8.self), extractor: extractor) }
  }
  print("built without -DFUZZING: replayed \(inputs.count) input(s); see README (Reliability) for fuzzing")
#endif
