/// A projection after semantic analysis: `*` expanded, aggregates found, ORDER BY rewritten
/// to refer to projected columns where it repeats a projected expression.
struct AnalyzedProjection: Sendable {
  var items: [ProjectionItem]
  var distinct: Bool
  /// Aggregate calls found in the items.
  var aggregates: [Expr]
  /// Indices of the items without aggregates: the implicit grouping key.
  var groupingItems: [Int]
  var orderBy: [SortItem]
  /// ORDER BY may read the variables before projection (no DISTINCT, no aggregation).
  var orderSeesInput: Bool
  var skip: Expr?
  var limit: Expr?
  /// WHERE after WITH, applied last; it sees the input variables when ORDER BY does.
  var filter: Expr?
}

enum AnalyzedClause: Sendable {
  /// `reachability`: the following projection ignores row multiplicity (DISTINCT, or only
  /// DISTINCT/min/max aggregates) and the pattern is one unnamed variable-length relationship
  /// with a lower bound of at most 1, so end nodes may be found by breadth-first search with a
  /// visited set instead of enumerating every trail.
  case match(optional: Bool, patterns: [PathPattern], where: Expr?, newVariables: [String], reachability: Bool)
  case unwind(Expr, variable: String)
  case with(AnalyzedProjection)
  case `return`(AnalyzedProjection)
  case create([PathPattern])
}

/// Names the query refers to, for "did you mean" warnings.
struct References: Sendable {
  var labels: [(String, SourceRange)] = []
  var types: [(String, SourceRange)] = []
  var nodeKeys: [(String, SourceRange)] = []
  var relationshipKeys: [(String, SourceRange)] = []
  var keys: [(String, SourceRange)] = []
  /// Comparisons of a stored property (`m.date`, text in Bilat) with a temporal value
  /// (`date('2023-01-01')`), which are always null: the property's text and the comparison.
  var propertyVersusTemporal: [(String, SourceRange)] = []
}

/// A statement that passed semantic analysis.
struct AnalyzedStatement: Sendable {
  var parts: [[AnalyzedClause]]
  var unionAll: [Bool]
  var explain: Bool
  var text: String
  var writes: Bool
  var references: References
  /// The analyzed clauses of each `EXISTS { … }` / `COUNT { … }`, by expression id.
  var subqueries: [Int: [AnalyzedClause]] = [:]
}

extension AnalyzedClause {
  /// The clause's keyword, for plans and messages.
  var keyword: String {
    switch self {
    case .match(let optional, _, _, _, _): return optional ? "OPTIONAL MATCH" : "MATCH"
    case .unwind: return "UNWIND"
    case .with: return "WITH"
    case .return: return "RETURN"
    case .create: return "CREATE"
    }
  }
}
