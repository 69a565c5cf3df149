import Foundation

/// Bounds on one query run.
public struct QueryOptions: Sendable {
  /// Most intermediate or result rows before the query stops with an error.
  public var rowLimit: Int
  /// Wall-clock limit in seconds (nil: none). SQLite statements are interrupted when it passes.
  public var timeLimit: Double?
  /// Depth at which an unbounded variable-length relationship (`*`, `*2..`) stops: 32 hops.
  public var maxVariableLengthDepth: Int
  /// Run queries that compile to one SQL statement that way (false: always step by step;
  /// used to cross-check the two paths).
  public var singleStatementSQL: Bool = true
  /// When two bound ends' sets of middle nodes are intersected (tests lower the sizes).
  var commonNodes = SQLCompiler.CommonNodes.standard
  /// Read one-hop counts from the degree store when the degree rule applies (tests turn it off
  /// to see the statements of the other rules, which stay the fallback).
  var degreeStore = true

  /// The documented cap of an unbounded `*`.
  public static let defaultMaxDepth = 32

  public init(rowLimit: Int = 1_000_000, timeLimit: Double? = 30, maxVariableLengthDepth: Int = defaultMaxDepth) {
    self.rowLimit = rowLimit
    self.timeLimit = timeLimit
    self.maxVariableLengthDepth = maxVariableLengthDepth
  }
}

/// The result of a query: named columns and rows of Cypher values.
public struct QueryResult: Sendable {
  public var columns: [String]
  public var rows: [[CypherValue]]
  /// Remarks such as labels that no node has, with suggestions.
  public var warnings: [CypherWarning]

  public init(columns: [String], rows: [[CypherValue]], warnings: [CypherWarning] = []) {
    self.columns = columns
    self.rows = rows
    self.warnings = warnings
  }
}
