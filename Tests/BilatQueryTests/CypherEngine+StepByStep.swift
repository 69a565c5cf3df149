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
}
