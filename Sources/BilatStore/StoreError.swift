import Foundation

/// Errors raised by the graph store when it is opened (import errors are ``ImportError``).
public enum StoreError: Error, Equatable, Sendable {
  /// The database was written by a newer Bilat whose schema this build does not know.
  case schemaTooNew(path: String, found: Int, supported: Int)
  /// The bundled `Schema/` folder is missing or unreadable (a packaging error).
  case schemaMissing(String)
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
    case .locked(let path, let seconds):
      return
        "\(path): error: another process kept the database locked for over \(seconds) s while it was opened; "
        + "retry when that bilat has finished"
    }
  }

  public var errorDescription: String? { description }
}
