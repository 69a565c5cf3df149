import Foundation

/// Export: `bilat export dot|json` of the benchmark graph, run as a child process so its
/// time and peak memory (from `wait4`) are its own.
enum ExportBench {
  struct Row {
    var format: String
    var seconds: Double?
    var peakBytes: Int?
    var outputBytes: Int?
    var note: String?
  }

  static let unavailable = "not available: BilatExport and `bilat export` are not merged into this build"

  static func run(_ graph: BenchGraph, scratch: URL) -> [Row] {
    ["dot", "json"].map { Row(format: $0, note: unavailable) }
  }
}
