import ArgumentParser
import BilatStore
import Foundation

/// The `--db` option every command that touches the graph shares.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The graph database file (default: $BILAT_DB, else bilat.sqlite in the working directory).",
      valueName: "path"))
  var db: String?

  /// The database path after applying the environment default.
  var resolvedPath: String {
    db ?? ProcessInfo.processInfo.environment["BILAT_DB"] ?? "bilat.sqlite"
  }

  /// Opens (creating if needed) the graph store.
  func open() throws -> GraphStore {
    try GraphStore(path: resolvedPath)
  }
}
