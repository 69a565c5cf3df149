import Foundation

/// The shared synthetic workload (`../shared/bench`): generated files at one scale.
struct Workload {
  enum Scale: String, CaseIterable {
    case small, large
    var counts: (nodes: Int, edges: Int) { self == .small ? (10_000, 50_000) : (200_000, 1_000_000) }
  }

  let scale: Scale
  let directory: URL
  var nodesCSV: String { directory.appendingPathComponent("nodes.csv").path }
  var edgesCSV: String { directory.appendingPathComponent("edges.csv").path }
  var rows: Int { scale.counts.nodes + scale.counts.edges }

  /// The repository root (this file is `Benchmarks/bilat-bench/Workload.swift`).
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared/bench` beside the repository, unless given.
  static func sharedDirectory(_ given: String?) -> URL {
    if let given { return URL(fileURLWithPath: given) }
    return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/bench")
  }

  /// The workload at `scale`: `dataRoot/SCALE` when it holds the files (from `--data` or an
  /// earlier run), else generated there with `gen_graph.py` (seed 42, as the peers used).
  static func prepare(_ scale: Scale, dataRoot: URL, shared: URL) throws -> Workload {
    let directory = dataRoot.appendingPathComponent(scale.rawValue)
    let workload = Workload(scale: scale, directory: directory)
    let meta = directory.appendingPathComponent("meta.json")
    if FileManager.default.fileExists(atPath: meta.path), FileManager.default.fileExists(atPath: workload.edgesCSV) {
      return workload
    }
    let generator = shared.appendingPathComponent("gen_graph.py").path
    guard FileManager.default.fileExists(atPath: generator) else {
      throw BenchError("no generator at \(generator); pass --shared DIR or --data DIR")
    }
    log("generating the \(scale.rawValue) workload in \(directory.path)")
    let run = try ChildRun.run(
      "/usr/bin/env", ["python3", generator, "--scale", scale.rawValue, "--out", directory.path])
    guard run.status == 0 else { throw BenchError("gen_graph.py failed: \(run.stderr)") }
    return workload
  }
}

/// Progress on standard error (the table goes to standard output).
func log(_ message: String) {
  FileHandle.standardError.write(Data("[bilat-bench] \(message)\n".utf8))
}
