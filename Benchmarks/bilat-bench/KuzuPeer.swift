import Foundation

/// Kuzu 0.11.3 on the same CSV files, through `Benchmarks/kuzu/run_kuzu.sh` (a Python virtual
/// environment with kuzu from PyPI, made on first use): its load time and, per query, median
/// seconds and rows. When it cannot run, ``Result/failure`` says why and the report shows it.
enum KuzuPeer {
  struct Query: Decodable {
    var id: String
    var rows: [[String]]?
    var seconds: [Double]?
    var error: String?
  }

  struct Result: Decodable {
    var kuzu: String?
    var nodes: Int = 0
    var relationships: Int = 0
    var split_seconds: Double = 0
    var load_seconds: Double = 0
    var queries: [Query] = []
    /// Set when Kuzu did not run at all (not decoded).
    var failure: String?

    enum CodingKeys: String, CodingKey {
      case kuzu, nodes, relationships, split_seconds, load_seconds, queries
    }

    static func notRun(_ reason: String) -> Result {
      var result = Result()
      result.failure = reason
      return result
    }

    var rows: Int { nodes + relationships }
    /// File rows per second of the COPY statements (tables created and loaded).
    var loadRate: Double? { failure == nil && load_seconds > 0 ? Double(rows) / load_seconds : nil }
    func query(_ id: String) -> Query? { queries.first { $0.id == id } }
  }

  static let script = Workload.repositoryRoot.appendingPathComponent("Benchmarks/kuzu/run_kuzu.sh").path

  /// Loads `workload` into a fresh Kuzu database and runs `queryFiles` (none: load only).
  static func run(_ workload: Workload, queryFiles: [String], quick: Bool, only: [String]) -> Result {
    log("kuzu \(workload.scale.rawValue): load\(queryFiles.isEmpty ? "" : " and queries") (\(script))")
    var arguments = [script, workload.directory.path] + queryFiles
    arguments += quick ? ["--runs", "3", "--budget", "0.5"] : ["--runs", "7", "--budget", "3"]
    if !only.isEmpty { arguments += ["--only", only.joined(separator: ",")] }
    do {
      let child = try ChildRun.run("/bin/sh", arguments)
      guard child.status == 0 else {
        let last = child.stderr.split(separator: "\n").last.map(String.init) ?? "exit status \(child.status)"
        return .notRun("run_kuzu.sh failed (exit \(child.status)): \(last)")
      }
      return try JSONDecoder().decode(Result.self, from: Data(child.stdout.utf8))
    } catch {
      return .notRun("\(error)")
    }
  }
}
