import BilatStore
import Foundation

/// The graph the query and export sections run on: a workload imported into a database file.
struct BenchGraph {
  let workload: Workload
  let path: String
  let store: GraphStore

  static func load(_ workload: Workload, scratch: URL) throws -> BenchGraph {
    let path = scratch.appendingPathComponent("graph-\(workload.scale.rawValue).sqlite").path
    try ImportBench.removeDatabase(path)
    log("loading the \(workload.scale.rawValue) graph for queries and export")
    let store = try GraphStore(path: path)
    _ = try GraphImporter.importFiles(nodes: workload.nodesCSV, edges: workload.edgesCSV, into: store)
    return BenchGraph(workload: workload, path: path, store: store)
  }
}
