import Foundation

/// Extraction: words per second on one core over `Data/articles` repeated to at least 10 MB,
/// and peak memory, measured in a child process (`bilat-bench --child extract`).
enum ExtractionBench {
  struct Result {
    var megabytes: Double?
    var words: Int?
    var seconds: Double?
    var peakBytes: Int?
    var note: String?
    var wordsPerSecond: Double? {
      guard let words, let seconds, seconds > 0 else { return nil }
      return Double(words) / seconds
    }
  }

  static let unavailable = "not available: BilatExtraction's extractor is not merged into this build"

  static func run(quick: Bool) -> [Result] {
    [Result(note: unavailable)]
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
    throw BenchError("unknown child command \(arguments)")
  }
}
