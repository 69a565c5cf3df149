import Foundation

/// Export: `bilat export dot|json` of the benchmark graph, run as a child process so that its
/// time and peak memory (from `wait4`) are its own. Needs the `bilat` executable next to
/// `bilat-bench` (`swift build -c release --product bilat`).
enum ExportBench {
  struct Row {
    var format: String
    var seconds: Double?
    var cpuSeconds: Double?
    var peakBytes: Int?
    var outputBytes: Int?
    var note: String?
  }

  /// The `bilat` executable beside this one.
  static var bilatExecutable: String {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("bilat").path
  }

  static func run(_ graph: BenchGraph, scratch: URL) -> [Row] {
    let bilat = bilatExecutable
    guard FileManager.default.isExecutableFile(atPath: bilat) else {
      return ["dot", "json"].map {
        Row(format: $0, note: "not available: no \(bilat); build it first (swift build -c release --product bilat)")
      }
    }
    return ["dot", "json"].map { format in
      log("export \(format)")
      let output = scratch.appendingPathComponent("export.\(format)").path
      defer { try? FileManager.default.removeItem(atPath: output) }
      do {
        let run = try ChildRun.measured(bilat, ["export", format, "--db", graph.path, "--output", output])
        guard run.status == 0 else {
          return Row(format: format, note: "failed (\(run.status)): \(run.stderr.prefix(200))")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? nil
        return Row(
          format: format, seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakBytes: run.peakBytes, outputBytes: size)
      } catch {
        return Row(format: format, note: "failed: \(error)")
      }
    }
  }
}
