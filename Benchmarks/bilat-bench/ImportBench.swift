import BilatStore
import Foundation

/// Import: `GraphImporter` (files to committed graph) against ``ReferenceLoad`` (prepared rows
/// to committed tables), each into a fresh database file, alternating, `runs` times each.
struct ImportBench {
  struct Result {
    var scale: Workload.Scale
    var rows: Int
    var bilatSeconds: [Double]
    var referenceSeconds: [Double]
    /// Process CPU time (user + system) of each run: less disturbed by other load than wall time.
    var bilatCPU: [Double] = []
    var referenceCPU: [Double] = []
    var bilatPhases: [GraphImporter.Phase]
    var referencePhases: [(String, Double)]
    var bilatRate: Double { Double(rows) / Measure.median(bilatSeconds) }
    var referenceRate: Double { Double(rows) / Measure.median(referenceSeconds) }
    var ratio: Double { Measure.median(bilatSeconds) / Measure.median(referenceSeconds) }
    var bilatCPURate: Double { Double(rows) / Measure.median(bilatCPU) }
    var referenceCPURate: Double { Double(rows) / Measure.median(referenceCPU) }
    var cpuRatio: Double { Measure.median(bilatCPU) / Measure.median(referenceCPU) }
    /// The plain-schema reference (``PlainReference``), when that peer is on: seconds, CPU, phases.
    var plainSeconds: [Double] = []
    var plainCPU: [Double] = []
    var plainPhases: [(String, Double)] = []
    var plainRate: Double? { plainSeconds.isEmpty ? nil : Double(rows) / Measure.median(plainSeconds) }
    var plainCPURate: Double? { plainCPU.isEmpty ? nil : Double(rows) / Measure.median(plainCPU) }
    /// Kuzu's load of the same files, when that peer is on.
    var kuzu: KuzuPeer.Result?
  }

  /// `plain`: also load the plain-schema reference in each run.
  static func run(_ workload: Workload, runs: Int, scratch: URL, plain: Bool = false) throws -> Result {
    log("import \(workload.scale.rawValue): preparing reference rows")
    let rows = try ReferenceRows(nodesCSV: workload.nodesCSV, edgesCSV: workload.edgesCSV)
    guard rows.rowCount == workload.rows else {
      throw BenchError("reference rows: \(rows.rowCount), expected \(workload.rows)")
    }
    let plainRows = plain ? try PlainRows(nodesCSV: workload.nodesCSV, edgesCSV: workload.edgesCSV) : nil
    if let plainRows, plainRows.rowCount != workload.rows {
      throw BenchError("plain rows: \(plainRows.rowCount), expected \(workload.rows)")
    }
    var reference = LoadRuns()
    var plainRuns = LoadRuns()
    var bilat: [Double] = []
    var bilatCPU: [Double] = []
    var bilatPhases: [GraphImporter.Phase] = []
    for run in 1...runs {
      let bilatPath = try freshPath(scratch, "import-bilat")
      let store = try GraphStore(path: bilatPath)
      let bilatStart = cpuSeconds()
      let summary = try GraphImporter.importFiles(nodes: workload.nodesCSV, edges: workload.edgesCSV, into: store)
      bilatCPU.append(cpuSeconds() - bilatStart)
      guard summary.nodes + summary.relationships == workload.rows else {
        throw BenchError(
          "GraphImporter loaded \(summary.nodes + summary.relationships) rows, expected \(workload.rows)")
      }
      bilat.append(summary.seconds)
      if bilatPhases.isEmpty || summary.seconds <= bilat.min() ?? 0 { bilatPhases = summary.phases }
      try removeDatabase(bilatPath)
      let referencePath = try freshPath(scratch, "import-reference")
      try reference.record {
        let result = try ReferenceLoad.run(rows, path: referencePath)
        return (result.seconds, result.phases)
      }
      try removeDatabase(referencePath)
      if let plainRows {
        let plainPath = try freshPath(scratch, "import-plain")
        try plainRuns.record {
          let result = try PlainReference.load(plainRows, path: plainPath)
          return (result.seconds, result.phases)
        }
        try removeDatabase(plainPath)
      }
      log(
        "import \(workload.scale.rawValue) run \(run)/\(runs): bilat \(format(summary.seconds)) s, "
          + "reference \(format(reference.seconds.last ?? 0)) s, "
          + "plain \(plainRuns.seconds.last.map { format($0) } ?? "-") s; "
          + "CPU \(format(bilatCPU.last ?? 0)) s / \(format(reference.cpu.last ?? 0)) s")
    }
    return Result(
      scale: workload.scale, rows: workload.rows, bilatSeconds: bilat, referenceSeconds: reference.seconds,
      bilatCPU: bilatCPU, referenceCPU: reference.cpu, bilatPhases: bilatPhases, referencePhases: reference.phases,
      plainSeconds: plainRuns.seconds, plainCPU: plainRuns.cpu, plainPhases: plainRuns.phases)
  }

  static func freshPath(_ scratch: URL, _ name: String) throws -> String {
    let path = scratch.appendingPathComponent("\(name).sqlite").path
    try removeDatabase(path)
    return path
  }

  static func removeDatabase(_ path: String) throws {
    for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
      try FileManager.default.removeItem(atPath: path + suffix)
    }
  }
}

func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
  return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6 + Double(usage.ru_stime.tv_sec)
    + Double(usage.ru_stime.tv_usec) * 1e-6
}

func format(_ value: Double, digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
