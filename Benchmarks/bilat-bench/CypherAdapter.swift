import BilatQuery
import BilatStore

/// Bilat's Cypher engine as the query benchmark uses it: run a query (parse, compile — cached
/// by text after the first run, as in any long-running use — execute, materialize the rows),
/// get its rows rendered like ``QueryBench/canonical(_:)`` renders SQL values.
struct CypherAdapter {
  static let unavailable = "not available: BilatQuery's Cypher engine is not merged into this build"
  let run: (String) throws -> [[String]]
  let explain: (String) throws -> String

  static func make(_ store: GraphStore) -> CypherAdapter? {
    var options = QueryOptions()
    options.timeLimit = 120
    let engine = CypherEngine(store: store, options: options)
    return CypherAdapter(
      run: { text in try engine.run(text).rows.map { $0.map(canonical) } },
      explain: { text in try engine.explain(text) })
  }

  static func canonical(_ value: CypherValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "1" : "0"
    case .int(let i): return String(i)
    case .float(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    case .string(let s): return s
    default: return value.description
    }
  }
}
