import BilatExtraction
import BilatIngest
import Foundation

/// Times reading + extraction of articles held in memory (no disk, no database), on one thread.
enum SpeedMeter {
  static func measure(directory: String, runs: Int) throws {
    var texts: [(String, String)] = []
    for path in FileCollector.collect([directory]).files {
      texts.append((path, try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)))
    }
    let extractor = Extractor()
    var words = 0
    for (path, text) in texts { words += try ArticleReader.read(text: text, source: path).bodyWordCount }
    var checksum = 0
    let cpuStart = threadCPUSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<runs {
      for (path, text) in texts {
        let x = extractor.extract(try ArticleReader.read(text: text, source: path))
        checksum &+= x.entities.count &+ x.relations.count
      }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu = threadCPUSeconds() - cpuStart
    let total = Double(words * runs)
    print(
      String(
        format:
          "%d articles x %d runs, %d body words each run: %.3f s wall, %.0f words/s; %.3f s CPU, %.0f words per CPU second (checksum %d)",
        texts.count, runs, words, seconds, total / seconds, cpu, total / cpu, checksum))
  }

  /// CPU time used by this thread (unaffected by other processes sharing the cores).
  static func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}
