import Foundation

/// Why an import (CSV, JSON Lines or Bilat graph JSON) failed, with the place of the problem:
/// the file, and the line (1-based) and column (1-based, in characters) when there is one.
/// Nothing is imported when this is thrown: every importer runs in one transaction.
///
/// The one error type of ``GraphImporter`` for all three formats. Its text is the compiler
/// style `FILE:LINE:COLUMN: error: MESSAGE`, without the column when it is not known (CSV and
/// JSON Lines rows) and without line and column for a whole-file problem.
public struct ImportError: Error, Equatable, Sendable {
  public var file: String
  /// 0: the problem concerns the whole file.
  public var line: Int
  /// 0: not known (rows of CSV and JSON Lines files are located by line).
  public var column: Int
  public var message: String

  public init(file: String, line: Int = 0, column: Int = 0, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// A row or value at `line` (and `column`) of `file` is wrong.
  static func row(_ file: String, _ line: Int, _ message: String) -> ImportError {
    ImportError(file: file, line: line, message: message)
  }

  /// A relationship row names a node id that the nodes file does not define.
  static func unknownNode(_ file: String, _ line: Int, id: String) -> ImportError {
    ImportError(file: file, line: line, message: "relationship refers to unknown node id '\(id)'")
  }
}

extension ImportError: CustomStringConvertible, LocalizedError {
  public var description: String {
    switch (line, column) {
    case (0, _): return "\(file): error: \(message)"
    case (_, 0): return "\(file):\(line): error: \(message)"
    default: return "\(file):\(line):\(column): error: \(message)"
    }
  }

  public var errorDescription: String? { description }
}
