/// An expression with its source range and a parser-assigned identity (used to attach
/// aggregation results to the call that produced them).
struct Expr: Sendable {
  indirect enum Kind: Sendable {
    case literal(CypherValue)
    case parameter(String)
    case variable(String)
    case property(Expr, String)
    case list([Expr])
    case map([(String, Expr)])
    case not(Expr)
    case negate(Expr)
    case binary(BinaryOperator, Expr, Expr)
    case isNull(Expr, negated: Bool)
    case hasLabels(Expr, [String])
    /// `name` is lower-cased; `distinct` is only meaningful for aggregates.
    case function(name: String, distinct: Bool, arguments: [Expr])
    case countStar
    case index(Expr, Expr)
    case slice(Expr, Expr?, Expr?)
    case caseWhen(subject: Expr?, branches: [(Expr, Expr)], otherwise: Expr?)
    case listComprehension(variable: String, list: Expr, filter: Expr?, map: Expr?)
    case quantifier(Quantifier, variable: String, list: Expr, filter: Expr)
    /// `(a)-[:T]->(b)` used as a boolean: true when the pattern has a match for the row
    /// (every variable it names must already be bound).
    case patternPredicate(PathPattern)
    /// `[p = (a)-->(b) WHERE … | expr]`: `expr` for each match of the pattern.
    case patternComprehension(PathPattern, filter: Expr?, map: Expr)
    /// `EXISTS { … }` or `COUNT { … }`: the clauses run for the row (`{ (a)-->(b) WHERE … }` is
    /// one MATCH); exists gives whether they return a row, count how many.
    case subquery(SubqueryKind, [Clause])
  }

  var kind: Kind
  var range: SourceRange
  var id: Int
  /// Levels of sub-expressions below and including this one (bounded by the parser).
  var height: Int = 1
}

enum Quantifier: String, Sendable { case all, any, none, single }

enum SubqueryKind: String, Sendable { case exists = "EXISTS", count = "COUNT" }

enum BinaryOperator: String, Sendable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
  case equal = "=", notEqual = "<>", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
  case and = "AND", or = "OR", xor = "XOR"
  case startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS", `in` = "IN", regex = "=~"
}

enum Direction: Sendable { case outgoing, incoming, both }

struct NodePattern: Sendable {
  var variable: String?
  var labels: [String]
  var labelRanges: [SourceRange]
  var properties: Expr?
  var range: SourceRange
}

struct RelationshipPattern: Sendable {
  var variable: String?
  var types: [String]
  var typeRanges: [SourceRange]
  var properties: Expr?
  var direction: Direction
  /// nil for a single hop; otherwise the bounds of `*min..max` (nil = open).
  var length: (min: Int?, max: Int?)?
  var range: SourceRange

  var isVariableLength: Bool { length != nil }
}

struct PathPattern: Sendable {
  enum Shortest: Sendable { case none, shortest, all }
  var variable: String?
  var shortest: Shortest
  var nodes: [NodePattern]
  /// `relationships[i]` joins `nodes[i]` and `nodes[i + 1]`.
  var relationships: [RelationshipPattern]
  var range: SourceRange
}

struct ProjectionItem: Sendable {
  var expression: Expr
  /// The column name: the alias, or the expression's source text.
  var name: String
  var hasAlias: Bool
}

struct SortItem: Sendable {
  var expression: Expr
  var ascending: Bool
}

struct Projection: Sendable {
  var distinct: Bool
  var star: Bool
  var items: [ProjectionItem]
  var orderBy: [SortItem]
  var skip: Expr?
  var limit: Expr?
  var range: SourceRange
}

enum Clause: Sendable {
  case match(optional: Bool, patterns: [PathPattern], where: Expr?, range: SourceRange)
  case unwind(Expr, variable: String, range: SourceRange)
  case with(Projection, where: Expr?)
  case `return`(Projection)
  case create([PathPattern], range: SourceRange)
}

/// A parsed statement: clauses in order, possibly a UNION of several.
struct Statement: Sendable {
  var parts: [[Clause]]
  /// `unionAll[i]` says whether part i+1 is joined with UNION ALL.
  var unionAll: [Bool]
  var explain: Bool
  var text: String
}
