import BilatStore
import Foundation

/// The graph the query and export sections run on: a workload imported into a database file.
struct BenchGraph {
  let workload: Workload
  let path: String
  let store: GraphStore

  /// Imports `workload` into a fresh file in `scratch`, or reuses `kept` when it exists.
  static func load(_ workload: Workload, scratch: URL, kept: String? = nil) throws -> BenchGraph {
    if let kept, FileManager.default.fileExists(atPath: kept) {
      return BenchGraph(workload: workload, path: kept, store: try GraphStore(path: kept))
    }
    let path = kept ?? scratch.appendingPathComponent("graph-\(workload.scale.rawValue).sqlite").path
    try ImportBench.removeDatabase(path)
    log("loading the \(workload.scale.rawValue) graph for queries and export")
    let store = try GraphStore(path: path)
    _ = try GraphImporter.importFiles(nodes: workload.nodesCSV, edges: workload.edgesCSV, into: store)
    return BenchGraph(workload: workload, path: path, store: store)
  }
}
