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
  }

  static func run(_ workload: Workload, runs: Int, scratch: URL) throws -> Result {
    log("import \(workload.scale.rawValue): preparing reference rows")
    let rows = try ReferenceRows(nodesCSV: workload.nodesCSV, edgesCSV: workload.edgesCSV)
    guard rows.rowCount == workload.rows else {
      throw BenchError("reference rows: \(rows.rowCount), expected \(workload.rows)")
    }
    var bilat: [Double] = []
    var reference: [Double] = []
    var bilatCPU: [Double] = []
    var referenceCPU: [Double] = []
    var bilatPhases: [GraphImporter.Phase] = []
    var referencePhases: [(String, Double)] = []
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
      let referenceStart = cpuSeconds()
      let result = try ReferenceLoad.run(rows, path: referencePath)
      referenceCPU.append(cpuSeconds() - referenceStart)
      reference.append(result.seconds)
      if referencePhases.isEmpty || result.seconds <= reference.min() ?? 0 { referencePhases = result.phases }
      try removeDatabase(referencePath)
      log(
        "import \(workload.scale.rawValue) run \(run)/\(runs): bilat \(format(summary.seconds)) s, "
          + "reference \(format(result.seconds)) s; CPU \(format(bilatCPU.last ?? 0)) s / \(format(referenceCPU.last ?? 0)) s"
      )
    }
    return Result(
      scale: workload.scale, rows: workload.rows, bilatSeconds: bilat, referenceSeconds: reference,
      bilatCPU: bilatCPU, referenceCPU: referenceCPU, bilatPhases: bilatPhases, referencePhases: referencePhases)
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
