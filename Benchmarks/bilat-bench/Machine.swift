import Foundation
import GRDBSQLite

/// What the figures were taken on.
enum Machine {
  static func describe() -> [String] {
    var lines: [String] = []
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model =
      cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "?"
    lines.append("CPU: \(ProcessInfo.processInfo.activeProcessorCount) × \(model)")
    let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
    lines.append("Memory: \(format(memory, digits: 1)) GiB")
    lines.append("SQLite: \(String(cString: sqlite3_libversion()))")
    if let swift = try? ChildRun.run("/usr/bin/env", ["swift", "--version"]), swift.status == 0 {
      let first = (swift.stdout + swift.stderr).split(separator: "\n").first { $0.contains("Swift version") }
      lines.append("Swift: \(first.map(String.init) ?? "?")")
    }
    lines.append("Load average at start (1/5/15 min): \(loadAverage())")
    return lines
  }

  static func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }
}
