import BilatStore

/// Bilat's Cypher engine as the query benchmark uses it: run a query, get its rows rendered
/// like ``QueryBench/canonical(_:)`` renders SQL values.
///
/// Not available until the BilatQuery module lands on this branch.
struct CypherAdapter {
  static let unavailable = "not available: BilatQuery's Cypher engine is not merged into this build"
  let run: (String) throws -> [[String]]

  static func make(_ store: GraphStore) -> CypherAdapter? { nil }
}
