import ArgumentParser
import BilatStore
import Foundation

/// `bilat import`: bulk load nodes and edges (CSV or JSON Lines) in the shared benchmark format.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Bulk load nodes and relationships from CSV or JSON Lines files.",
    discussion: """
      Nodes: columns id,kind,name,country (kind becomes the label). Edges: columns \
      src,dst,type,date,place,about,title (type becomes the relationship type; src and dst are \
      node ids of the nodes file). Files ending in .jsonl or .ndjson are read as JSON Lines with \
      the same keys, others as CSV with a header row. Empty fields are not stored. The whole \
      import is one transaction: a bad row is reported with its file and line and nothing is \
      written.
      """)

  @OptionGroup var store: StoreOptions

  @Option(name: .long, help: ArgumentHelp("The nodes file.", valueName: "file"))
  var nodes: String

  @Option(name: .long, help: ArgumentHelp("The edges (relationships) file.", valueName: "file"))
  var edges: String?

  func run() throws {
    let graph = try store.open()
    let summary = try GraphImporter.importFiles(nodes: nodes, edges: edges, into: graph)
    let rate = Int(summary.rowsPerSecond.rounded())
    print(
      "imported \(summary.nodes) nodes and \(summary.relationships) relationships in "
        + String(format: "%.2f s", summary.seconds) + " (\(rate) rows/s)")
  }
}
