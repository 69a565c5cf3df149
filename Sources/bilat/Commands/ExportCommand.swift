import ArgumentParser
import BilatCore
import BilatExport
import BilatQuery
import BilatStore
import Foundation

/// `bilat export dot|json|graphml`: the graph, or a part of it, for other tools.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the graph, or part of it, as GraphViz DOT (and pictures), JSON or GraphML.",
    discussion: """
      Every format takes the same selection options; without any, the whole graph is exported. \
      Output is sorted by id, so two exports of the same graph are identical.
      """,
    subcommands: [ExportDOTCommand.self, ExportJSONCommand.self, ExportGraphMLCommand.self])
}

/// The options that choose which part of the graph to export.
struct ExportSelectionOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Only relationships of these types (comma-separated).", valueName: "MET_WITH,IN_SECTOR"))
  var types: String?

  @Option(help: ArgumentHelp("Only nodes with one of these labels (comma-separated).", valueName: "Person,Project"))
  var labels: String?

  @Option(
    help: ArgumentHelp(
      "Only relationships whose date is on or after this (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
  var since: String?

  @Option(
    help: ArgumentHelp(
      "Only relationships whose date is on or before this (inclusive: 2023 keeps 2023-12-31).", valueName: "date"))
  var until: String?

  @Option(help: ArgumentHelp("Only the neighbourhood of this entity (a name or alias).", valueName: "name"))
  var around: String?

  @Option(help: "Hops from --around.")
  var depth: Int = 1

  @Option(
    help: ArgumentHelp(
      "Only the nodes, relationships and paths this read-only Cypher query returns.",
      valueName: "'MATCH p=... RETURN p'"))
  var query: String?

  func validate() throws {
    if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    if query != nil && !criteria.isEmpty {
      throw ValidationError(
        "--query chooses the subgraph by itself; leave out --types, --labels, --since, --until and --around")
    }
    do { _ = try DateWindow(since: since, until: until) } catch { throw ValidationError("--\(error)") }
  }

  var criteria: SelectionCriteria {
    SelectionCriteria(
      types: Self.list(types), labels: Self.list(labels), since: since, until: until, around: around, depth: depth)
  }

  static func list(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// Opens the database (which must exist) and runs `body` on one consistent snapshot with
  /// the chosen selection.
  func withSelection<T>(_ store: StoreOptions, _ body: (GraphDatabase, GraphSelection) throws -> T) throws -> T {
    let path = store.resolvedPath
    guard FileManager.default.fileExists(atPath: path) else {
      throw ExportError.invalidOption(
        "no graph database at \(path); run 'bilat ingest' or 'bilat import' first, or pass --db")
    }
    let graph = try store.open()
    guard let query else {
      return try graph.read { db in try body(db, try criteria.resolve(in: db)) }
    }
    let result = try CypherEngine(store: graph).run(query)
    for warning in result.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
    return try graph.read { db in try body(db, try GraphSelection(queryResult: result, in: db)) }
  }
}

/// `--output FILE`: written to a temporary file beside it and renamed at the end, so a failed
/// export never leaves a truncated file.
struct ExportOutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  func write(_ body: (TextOutput) throws -> Void) throws {
    guard let output else {
      let text = TextOutput(handle: FileHandle.standardOutput)
      try body(text)
      try text.flush()
      return
    }
    let destination = URL(fileURLWithPath: output)
    let temporary = destination.deletingLastPathComponent()
      .appendingPathComponent(".\(destination.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      throw ValidationError("cannot write to \(output)")
    }
    do {
      let handle = try FileHandle(forWritingTo: temporary)
      defer { try? handle.close() }
      let text = TextOutput(handle: handle)
      try body(text)
      try text.flush()
      try handle.synchronize()
      guard rename(temporary.path, destination.path) == 0 else {
        throw ValidationError("cannot write to \(output): \(String(cString: strerror(errno)))")
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }
}

extension DOTOptions.RankDirection: ExpressibleByArgument {}
extension DOTOptions.Clustering: ExpressibleByArgument {}
extension GraphvizRenderer.Format: ExpressibleByArgument {}
extension GraphvizRenderer.Layout: ExpressibleByArgument {}

struct ExportDOTCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dot",
    abstract: "Write GraphViz DOT, or render it to SVG, PNG or PDF with Graphviz.",
    discussion: """
      Nodes are drawn by label (shape and colour, explained in a legend), edges carry their type \
      and date. Node ids are n<id>, stable across exports. Examples:
        bilat export dot -o graph.dot
        bilat export dot --around "Smailov" --depth 2 --render svg -o smailov.svg
        bilat export dot --types MET_WITH --since 2023 --merge-parallel \\
          --cluster country -o meetings.dot
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var selection: ExportSelectionOptions
  @OptionGroup var destination: ExportOutputOptions

  @Option(help: "Layout direction: LR (left to right) or TB (top to bottom).")
  var rankdir: DOTOptions.RankDirection = .LR

  @Option(help: ArgumentHelp("Group nodes into clusters: country.", valueName: "country"))
  var cluster: DOTOptions.Clustering?

  @Flag(help: "Draw parallel relationships of one type between two nodes as one edge with a count.")
  var mergeParallel = false

  @Flag(help: "Leave out the legend.")
  var noLegend = false

  @Option(help: ArgumentHelp("Render with Graphviz 'dot' to svg, png or pdf (needs --output).", valueName: "format"))
  var render: GraphvizRenderer.Format?

  @Option(
    help: ArgumentHelp(
      "Graphviz layout engine for --render: dot (layered), sfdp or fdp (large networks), neato, circo, twopi.",
      valueName: "engine"))
  var layout: GraphvizRenderer.Layout = .dot

  func validate() throws {
    if render != nil && destination.output == nil {
      throw ValidationError("--render needs --output FILE")
    }
  }

  func run() throws {
    let options = DOTOptions(
      rankDirection: rankdir, clustering: cluster, mergeParallel: mergeParallel, legend: !noLegend)
    let summary = try selection.withSelection(store) { db, chosen in
      guard let render, let output = destination.output else {
        var summary = DOTExporter.Summary()
        try destination.write { text in
          summary = try DOTExporter.export(db, selection: chosen, options: options, to: text)
        }
        return summary
      }
      var summary = DOTExporter.Summary()
      let warnings = try GraphvizRenderer.render(format: render, to: URL(fileURLWithPath: output), layout: layout) {
        text in
        summary = try DOTExporter.export(db, selection: chosen, options: options, to: text)
      }
      if !warnings.isEmpty { FileHandle.standardError.write(Data((warnings + "\n").utf8)) }
      return summary
    }
    if let output = destination.output {
      report(
        "wrote \(summary.nodes) nodes, \(summary.edges) edges (\(summary.relationships) relationships) to \(output)")
    }
  }
}

struct ExportJSONCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "json",
    abstract: "Write the graph as JSON: nodes with labels, properties and aliases; relationships with evidence.",
    discussion: """
      Format: {"nodes":[{"aliases","evidence","id","labels","properties"}], "relationships":[{"end",\
      "evidence","id","properties","start","type"}]}, one element per line, sorted by id; evidence \
      names its article by source. 'bilat import --graph FILE' reads it back.
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var selection: ExportSelectionOptions
  @OptionGroup var destination: ExportOutputOptions

  func run() throws {
    let summary = try selection.withSelection(store) { db, chosen in
      var summary = JSONGraphExporter.Summary()
      try destination.write { text in summary = try JSONGraphExporter.export(db, selection: chosen, to: text) }
      return summary
    }
    if let output = destination.output {
      report("wrote \(summary.nodes) nodes, \(summary.relationships) relationships to \(output)")
    }
  }
}

struct ExportGraphMLCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graphml",
    abstract: "Write GraphML for Gephi, Cytoscape or yEd (labels, types and properties as keys).")

  @OptionGroup var store: StoreOptions
  @OptionGroup var selection: ExportSelectionOptions
  @OptionGroup var destination: ExportOutputOptions

  func run() throws {
    let summary = try selection.withSelection(store) { db, chosen in
      var summary = GraphMLExporter.Summary()
      try destination.write { text in summary = try GraphMLExporter.export(db, selection: chosen, to: text) }
      return summary
    }
    if let output = destination.output {
      report("wrote \(summary.nodes) nodes, \(summary.relationships) relationships to \(output)")
    }
  }
}

private func report(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}
