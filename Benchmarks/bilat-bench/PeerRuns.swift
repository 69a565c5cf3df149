import Foundation

/// The peers' runs for one benchmark run: Kuzu loaded (and queried) once per scale, the
/// plain-schema SQLite database built for the query section.
final class PeerRuns {
  let options: BenchOptions
  let shared: URL
  private var kuzuRuns: [Workload.Scale: KuzuPeer.Result] = [:]

  init(options: BenchOptions, shared: URL) {
    self.options = options
    self.shared = shared
  }

  /// Query files Kuzu runs: the shared set and the project's everyday set.
  var queryFiles: [String] {
    [shared.appendingPathComponent("queries.cypher").path, QueryBench.everydayFile.path]
  }

  /// Kuzu on `workload` (nil when that peer is off). At the query section's scale the queries run
  /// in the same Kuzu process, so the import section and the query section share one load.
  func kuzu(_ workload: Workload) -> KuzuPeer.Result? {
    guard options.peers.contains(.kuzu) else { return nil }
    if let done = kuzuRuns[workload.scale] { return done }
    let withQueries = options.sections.contains(.queries) && workload.scale == options.scale
    let result = KuzuPeer.run(
      workload, queryFiles: withQueries ? queryFiles : [], quick: options.quick, only: options.queries)
    if let failure = result.failure { log("kuzu not run: \(failure)") }
    kuzuRuns[workload.scale] = result
    return result
  }

  /// The query section's peers on `workload`: the plain-schema database (built here into
  /// `scratch`) with queries.sql, and Kuzu's query results.
  func queryPeers(_ workload: Workload, scratch: URL) -> QueryBench.Peers {
    var peers = QueryBench.Peers()
    peers.asked = options.peers
    if options.peers.contains(.sql) {
      do {
        peers.plainSQL = try QueryFile.parse(shared.appendingPathComponent("queries.sql").path, comment: "--")
        let path = try ImportBench.freshPath(scratch, "plain-\(workload.scale.rawValue)")
        log("plain-schema reference: loading the \(workload.scale.rawValue) workload")
        _ = try PlainReference.load(try PlainRows(nodesCSV: workload.nodesCSV, edgesCSV: workload.edgesCSV), path: path)
        peers.plain = try PlainConnection(path: path, readOnly: true)
      } catch {
        peers.plainNote = "not run: \(error)"
        log("plain-schema reference not run: \(error)")
      }
    }
    peers.kuzu = kuzu(workload)
    return peers
  }
}
