import BilatStore

@testable import BilatQuery

extension CypherEngine {
  /// An engine on `store` that never compiles a whole query to one SQL statement: each clause
  /// runs step by step in Swift, the reference the single-statement plans are checked against.
  static func stepByStep(_ store: GraphStore) -> CypherEngine {
    var options = QueryOptions()
    options.singleStatementSQL = false
    return CypherEngine(store: store, options: options)
  }

  /// An engine on `store` that never reads the degree store: the statements of the rules the
  /// degree rule takes over from, which it falls back to.
  static func withoutDegreeStore(_ store: GraphStore) -> CypherEngine {
    var options = QueryOptions()
    options.degreeStore = false
    return CypherEngine(store: store, options: options)
  }
}
