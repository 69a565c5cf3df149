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

  /// Opens (creating if needed) the graph store: for commands that write.
  func open() throws -> GraphStore {
    try GraphStore(path: resolvedPath)
  }

  /// Opens an existing graph store: for commands that only read, so that a mistyped `--db`
  /// is an error instead of an empty answer from a new, empty database.
  func openExisting() throws -> GraphStore {
    guard FileManager.default.fileExists(atPath: resolvedPath) else {
      throw MissingDatabase(path: resolvedPath)
    }
    return try open()
  }
}

/// A reading command was pointed at a database file that does not exist.
struct MissingDatabase: Error, CustomStringConvertible, LocalizedError {
  let path: String
  var description: String {
    "no graph database at \(path); run 'bilat ingest' or 'bilat import' first, or pass --db"
  }
  var errorDescription: String? { description }
}
