import BilatExport
import BilatQuery
import Foundation
import Hummingbird

/// An error answered to the client: JSON under `/api/`, an HTML page elsewhere.
///
/// Every message is plain text; it is escaped wherever it is shown.
public struct ServeError: Error, Sendable, CustomStringConvertible {
  public var status: HTTPResponse.Status
  public var message: String
  /// For query errors: where in the query text.
  public var position: QueryPosition?
  /// For query errors: the query line with a caret under the position.
  public var caret: String?

  public var description: String { message }

  public static func badRequest(_ message: String) -> ServeError { ServeError(status: .badRequest, message: message) }
  public static func notFound(_ message: String) -> ServeError { ServeError(status: .notFound, message: message) }

  /// A Cypher error as the client sees it: 400 for mistakes in the query, 422 for runtime
  /// failures such as the time or row limit.
  public static func query(_ error: CypherError) -> ServeError {
    let status: HTTPResponse.Status = error.atRuntime ? .unprocessableContent : .badRequest
    var result = ServeError(status: status, message: "\(error.kind.rawValue): \(error.message)")
    if let (line, column) = error.lineAndColumn, let range = error.range {
      result.position = QueryPosition(line: line, column: column, offset: range.start)
      let text = error.description
      if let newline = text.firstIndex(of: "\n") { result.caret = String(text[text.index(after: newline)...]) }
    }
    return result
  }

  /// Export errors (unknown or ambiguous names, bad options) are the client's to fix.
  public static func export(_ error: ExportError) -> ServeError {
    switch error {
    case .unknownEntity: ServeError(status: .notFound, message: error.description)
    case .ambiguousEntity, .invalidOption: ServeError(status: .badRequest, message: error.description)
    case .graphvizMissing, .graphvizFailed: ServeError(status: .internalServerError, message: error.description)
    }
  }

  /// Any error from the work behind a request, mapped to what the client is told.
  public static func wrapping(_ error: any Error) -> ServeError {
    switch error {
    case let error as ServeError: error
    case let error as CypherError: .query(error)
    case let error as ExportError: .export(error)
    default: ServeError(status: .internalServerError, message: "internal error: \(error)")
    }
  }
}

/// Where in a query an error is: 1-based line and column (characters), 0-based UTF-8 offset.
public struct QueryPosition: Codable, Sendable, Equatable {
  public var line: Int
  public var column: Int
  public var offset: Int
}
