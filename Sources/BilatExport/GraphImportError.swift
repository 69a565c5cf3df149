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
