import Foundation

/// Why a graph JSON file could not be imported, with the file and the line and column
/// (1-based, in characters) of the offending text. Nothing is imported when this is thrown.
public struct GraphImportError: Error, Equatable, Sendable {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }
}

extension GraphImportError: CustomStringConvertible, LocalizedError {
  public var description: String {
    line > 0 ? "\(file):\(line):\(column): error: \(message)" : "\(file): error: \(message)"
  }

  public var errorDescription: String? { description }
}

/// What an import added.
public struct ImportSummary: Equatable, Sendable, CustomStringConvertible {
  public var nodes = 0
  public var relationships = 0
  public var aliases = 0
  public var evidence = 0
  /// Evidence rows whose article (by source) is not in the target database.
  public var droppedEvidence = 0

  public init() {}

  public var description: String {
    var text =
      "imported \(nodes) nodes, \(relationships) relationships, \(aliases) aliases, \(evidence) evidence rows"
    if droppedEvidence > 0 {
      text += "; dropped \(droppedEvidence) evidence rows whose article is not in this database (ingest it first)"
    }
    return text
  }
}
