import Foundation

/// Errors raised by the graph store, each with the location of the bad input when there is one.
public enum StoreError: Error, Equatable, Sendable {
  /// The database was written by a newer Bilat whose schema this build does not know.
  case schemaTooNew(path: String, found: Int, supported: Int)
  /// The bundled `Schema/` folder is missing or unreadable (a packaging error).
  case schemaMissing(String)
  /// A row of an import file could not be read.
  case badImportRow(file: String, line: Int, reason: String)
  /// An import file could not be opened or decoded.
  case unreadableFile(path: String, reason: String)
  /// A relationship refers to a node id the file never defined.
  case unknownNode(file: String, line: Int, id: String)
  /// Another process held the database locked longer than opening waits (schema creation,
  /// backup or migration by another bilat).
  case locked(path: String, seconds: Int)
}

extension StoreError: CustomStringConvertible, LocalizedError {
  public var description: String {
    switch self {
    case .schemaTooNew(let path, let found, let supported):
      return
        "\(path): database schema version \(found) is newer than this bilat supports (\(supported)); upgrade bilat"
    case .schemaMissing(let reason):
      return "schema files are missing from the bilat bundle: \(reason)"
    case .badImportRow(let file, let line, let reason):
      return "\(file):\(line): error: \(reason)"
    case .unreadableFile(let path, let reason):
      return "\(path): error: \(reason)"
    case .unknownNode(let file, let line, let id):
      return "\(file):\(line): error: relationship refers to unknown node id '\(id)'"
    case .locked(let path, let seconds):
      return
        "\(path): error: another process kept the database locked for over \(seconds) s while it was opened; "
        + "retry when that bilat has finished"
    }
  }

  public var errorDescription: String? { description }
}
