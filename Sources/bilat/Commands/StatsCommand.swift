import ArgumentParser
import BilatStore
import Foundation

/// `bilat stats`: what the graph holds.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show counts by label and relationship type, articles, evidence rows and database size.")

  @OptionGroup var store: StoreOptions

  @Flag(name: .long, help: "Print the statistics as JSON.")
  var json = false

  func run() throws {
    let stats = try store.openExisting().read { try $0.statistics() }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      print(String(decoding: try encoder.encode(stats), as: UTF8.self))
      return
    }
    print(Self.render(stats, path: store.resolvedPath))
  }

  static func render(_ stats: GraphStatistics, path: String) -> String {
    var lines = ["database      \(path) (schema v\(stats.schemaVersion), \(formatBytes(stats.databaseBytes)))"]
    if stats.worthCompacting {
      lines.append("  free pages  \(formatBytes(stats.freeBytes)): 'bilat compact' gives them back")
    }
    lines.append("nodes         \(stats.nodes)")
    for (label, count) in stats.nodesByLabel.sorted(by: { $0.key < $1.key }) {
      lines.append("  :\(label.padding(toLength: 22, withPad: " ", startingAt: 0)) \(count)")
    }
    lines.append("relationships \(stats.relationships)")
    for (type, count) in stats.relationshipsByType.sorted(by: { $0.key < $1.key }) {
      lines.append("  :\(type.padding(toLength: 22, withPad: " ", startingAt: 0)) \(count)")
    }
    lines.append("aliases       \(stats.aliases)")
    lines.append("articles      \(stats.articles)")
    // "none": stored before the extractor version was recorded; re-ingesting reads them again
    for (version, count) in stats.articlesByExtractorVersion.sorted(by: { $0.key < $1.key }) {
      let name = version == "none" ? "no version" : "extractor v\(version)"
      lines.append("  \(name.padding(toLength: 23, withPad: " ", startingAt: 0)) \(count)")
    }
    lines.append("evidence      \(stats.evidence)")
    return lines.joined(separator: "\n")
  }

  static func formatBytes(_ bytes: Int) -> String {
    if bytes >= 1 << 20 { return String(format: "%.1f MiB", Double(bytes) / Double(1 << 20)) }
    if bytes >= 1 << 10 { return String(format: "%.1f KiB", Double(bytes) / Double(1 << 10)) }
    return "\(bytes) bytes"
  }
}
