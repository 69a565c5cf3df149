// libFuzzer driver for the Cypher lexer, parser, semantic pass, SQL compiler and executor.
//
// A normal `swift build` compiles the fallback below; the fuzzer is built with
//   swift build -c release --product bilat-fuzz-query -Xswiftc -DFUZZING \
//     -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
// and run with `.ci/reliability/fuzz.sh SECONDS` (README, "Reliability").
import BilatFuzzChecks
import BilatQuery
import Foundation

/// Compiles and runs one query text through the shared checks; a violated check stops the
/// fuzzer (libFuzzer then saves the input).
func fuzzQueryOne(_ bytes: UnsafeBufferPointer<UInt8>, engine: CypherEngine) {
  FuzzChecks.checkQuery(String(decoding: bytes, as: UTF8.self), engine: engine) { preconditionFailure($0) }
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
      return CypherEngine(store: try FuzzChecks.makeGraph(), options: FuzzChecks.queryOptions)
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
    let engine = CypherEngine(store: try FuzzChecks.makeGraph(), options: FuzzChecks.queryOptions)
    let inputs = FuzzChecks.replayInputs(CommandLine.arguments.dropFirst())
    for data in inputs {
      data.withUnsafeBytes { raw in fuzzQueryOne(raw.bindMemory(to: UInt8.self), engine: engine) }
    }
    print("built without -DFUZZING: replayed \(inputs.count) input(s); see README (Reliability) for fuzzing")
  } catch {
    print("cannot build the fuzz graph: \(error)")
    exit(1)
  }
#endif
