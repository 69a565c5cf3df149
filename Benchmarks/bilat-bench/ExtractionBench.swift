import BilatExtraction
import Foundation

/// Extraction: words per second on one core over `Data/articles` repeated to at least 10 MB
/// of text, and peak memory, each corpus size in its own child process
/// (`bilat-bench --child extract MEGABYTES`) so that the peak is the extraction's alone.
/// Two sizes show whether memory stays flat as the corpus grows.
enum ExtractionBench {
  struct Result {
    var megabytes: Double?
    var words: Int?
    var seconds: Double?
    /// CPU time of the whole child (reading the articles from disk included).
    var cpuSeconds: Double?
    var peakBytes: Int?
    var note: String?
    var wordsPerSecond: Double? {
      guard let words, let seconds, seconds > 0 else { return nil }
      return Double(words) / seconds
    }
    var wordsPerCPUSecond: Double? {
      guard let words, let cpuSeconds, cpuSeconds > 0 else { return nil }
      return Double(words) / cpuSeconds
    }
  }

  static let articles = Workload.repositoryRoot.appendingPathComponent("Data/articles")

  static func run(quick: Bool) -> [Result] {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return (quick ? [10] : [10, 20]).map { megabytes in
      log("extraction over \(megabytes) MB")
      do {
        let run = try ChildRun.measured(me, ["--child", "extract", String(megabytes)])
        let fields = run.stdout.split(separator: " ").compactMap {
          Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard run.status == 0, fields.count == 3 else {
          return Result(note: "failed (\(run.status)): \(run.stderr.prefix(300))")
        }
        return Result(
          megabytes: fields[0], words: Int(fields[1]), seconds: fields[2], cpuSeconds: run.cpuSeconds,
          peakBytes: run.peakBytes)
      } catch {
        return Result(note: "failed: \(error)")
      }
    }
  }

  /// In the child: extracts every article of `Data/articles` over and over until `megabytes`
  /// MB of text went through, one thread; prints "MB words seconds". Reading the article
  /// (headers, paragraphs) from its text is part of the work; reading files is not.
  static func child(megabytes: Int) throws {
    let files = try FileManager.default.subpathsOfDirectory(atPath: articles.path)
      .filter { $0.hasSuffix(".txt") && !$0.contains("README") }.sorted()
    // Words: runs of non-blank characters, counted once per article, outside the timing.
    let texts = try files.map { path in
      let text = try String(contentsOf: articles.appendingPathComponent(path), encoding: .utf8)
      let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).count
      return (source: path, text: text, words: words)
    }
    guard !texts.isEmpty else { throw BenchError("no articles under \(articles.path)") }
    let extractor = Extractor()
    let target = megabytes * 1_000_000
    var bytes = 0
    var words = 0
    var found = 0
    let start = ContinuousClock.now
    while bytes < target {
      for (source, text, count) in texts {
        let article = try ArticleReader.read(text: text, source: source)
        let extraction = extractor.extract(article)
        found &+= extraction.entities.count &+ extraction.relations.count
        bytes += text.utf8.count
        words += count
      }
    }
    let seconds = Measure.seconds(ContinuousClock.now - start)
    FileHandle.standardError.write(Data("entities+relations found: \(found)\n".utf8))
    print(format(Double(bytes) / 1_000_000, digits: 2), words, format(seconds, digits: 4))
  }
}

/// Work done in a child process of the benchmark, so that its peak memory is measured alone.
struct ChildCommand {
  let arguments: [String]

  init?(_ arguments: [String]) {
    guard arguments.first == "--child" else { return nil }
    self.arguments = Array(arguments.dropFirst())
  }

  func run() throws {
    switch (arguments.first, arguments.dropFirst().first.flatMap { Int($0) }) {
    case ("extract", let megabytes?): try ExtractionBench.child(megabytes: megabytes)
    default: throw BenchError("unknown child command \(arguments)")
    }
  }
}
