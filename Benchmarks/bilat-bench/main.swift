import Foundation

// bilat-bench: import, query, extraction and export figures as one markdown report.
// Run: swift build -c release --product bilat && swift run -c release bilat-bench

do {
  if let child = ChildCommand(Array(CommandLine.arguments.dropFirst())) {
    try child.run()
    exit(0)
  }
  let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
  let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-bench-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: scratch) }
  var report = Report(options: options)
  report.machine = Machine.describe()
  let shared = Workload.sharedDirectory(options.shared)
  let scales: [Workload.Scale] = options.quick ? [.small] : [.small, .large]
  let peers = PeerRuns(options: options, shared: shared)

  if options.sections.contains(.import) {
    for scale in scales {
      let workload = try Workload.prepare(scale, dataRoot: options.data, shared: shared)
      let runs = options.importRuns ?? (scale == .small ? 5 : (options.quick ? 1 : 2))
      var result = try ImportBench.run(
        workload, runs: runs, scratch: scratch, plain: options.peers.contains(.sql))
      result.kuzu = peers.kuzu(workload)
      report.imports.append(result)
    }
  }
  let needsGraph = options.sections.contains(.queries) || options.sections.contains(.export)
  if needsGraph {
    let workload = try Workload.prepare(options.scale, dataRoot: options.data, shared: shared)
    let graph = try BenchGraph.load(workload, scratch: scratch, kept: options.keepGraph)
    if options.sections.contains(.queries) {
      report.queries = QueryBench.run(
        graph, shared: shared, quick: options.quick, only: options.queries, explain: options.explain,
        peers: peers.queryPeers(workload, scratch: scratch))
    }
    if options.sections.contains(.export) {
      report.exports = ExportBench.run(graph, scratch: scratch)
    }
  }
  if options.sections.contains(.extraction) {
    report.extraction = ExtractionBench.run(quick: options.quick)
  }
  report.loadAfter = Machine.loadAverage()
  print(report.markdown())
} catch {
  FileHandle.standardError.write(Data("bilat-bench: \(error)\n".utf8))
  exit(1)
}
