import BilatStore
import GRDB

/// A whole query compiled to one SQLite statement, plus what to do with its rows.
struct SQLPlan: Sendable {
  /// How to decode one result column.
  enum Decode: Sendable {
    /// Two SQL columns: value and value_type of a property (null when absent).
    case property
    /// A node id, materialized as a node.
    case node
    /// A relationship id, materialized as a relationship.
    case relationship
    /// An integer (count).
    case integer
  }

  struct Column: Sendable {
    var name: String
    var decode: Decode
    /// Read only for ORDER BY, not returned.
    var hidden: Bool
  }

  /// A bound argument: a literal, a parameter's value, or the type class of a parameter
  /// (`string`, `integer`/`float`, `boolean`) used to keep comparisons within one type.
  enum Argument: Sendable {
    case value(DatabaseValueBox)
    case parameter(String)
    case parameterTypeClass(String, second: Bool)
    /// SKIP / LIMIT, evaluated when the query runs.
    case count(Expr, isLimit: Bool)
  }

  var sql: String
  var arguments: [Argument]
  var columns: [Column]
  /// ORDER BY, applied in Swift with Cypher's ordering: column index and direction.
  var orderBy: [(column: Int, ascending: Bool)]
  /// Set when `sql` presorts the rows (``SQLCompiler/sqlOrder(_:_:)``): they are sorted in
  /// Swift only if they turn out not to be in Cypher's order.
  var sortedInSQL = false
  /// SKIP and LIMIT applied in Swift (after ORDER BY); without ORDER BY they are bound in the SQL.
  var skip: Expr?
  var limit: Expr?
  /// Set when `sql` keeps only the first rows by a count (ORDER BY a count with LIMIT): the
  /// full form to run when ties may have been cut off.
  var topCut: TopCut? = nil
  /// Set when `sql` scans a whole covering index, which only pays off when the relationship
  /// types make up a good part of all relationships: otherwise ``typeScanSQL`` (the same
  /// statement and arguments, reading the types through `relationship_by_date`, whose first column is the type: `INDEXED BY`
  /// it, since with full statistics SQLite prefers scanning a whole covering index) runs.
  var typeScan: (types: [String], sql: String)? = nil
  /// Set for a whole-graph count per node: the scan, the type scan or a count per node of the
  /// grouped label, chosen per run (``EndpointCountChoice``).
  var endpointCountChoice: EndpointCountChoice? = nil
  /// Set when the degree rule applies to the query's shape: its statement over the degree
  /// store, run instead of this one when the summary implies the far node's labels.
  var degreeRead: DegreeRead? = nil
  /// Set for a count grouped by one hot property: the statement walking that property's index
  /// in key order, run instead of ``sql`` when the grouped label is large.
  var indexWalk: IndexWalk? = nil
  /// Label tests of nodes whose rows `sql` joins only for the result (``SQLBranch/deferredLabelTests``).
  var deferredLabelTests: [SQLBranch.LabelTestByID] = []
  /// Set when `sql` joins result rows last and tests their labels by id: the statement that
  /// joins them early, run when the summary does not imply one of those labels.
  var earlyRows: EarlyRows? = nil
  /// The special form that built `sql`, for EXPLAIN (nil for the general builder).
  var form: String? = nil
  /// Set when several nodes are bound: the start of the join is chosen per run.
  var anchorChoice: AnchorChoice? = nil
  /// Parameters the SQL compares with a hot column, so as strings (the column holds only
  /// strings): with another value (a number for `name`), the query runs step by step.
  var stringParameters: Set<String> = []
  /// The prepared statement last run for this plan, found without hashing its long text.
  let statements = StatementMemo()

  /// True when `parameters` give every one of ``stringParameters`` a string (or null).
  func fits(_ parameters: [String: CypherValue]) -> Bool {
    stringParameters.allSatisfy { name in
      switch parameters[name] {
      case .string?, .null?, nil: return true
      default: return false
      }
    }
  }

  /// The statement to run: `sql`, or the type scan when these types hold under a quarter of
  /// the relationships (counted up to that bound, so the probe stays cheap).
  /// With an ``anchorChoice``, the variant for these argument values.
  func chosenSQL(_ db: Database, _ arguments: [DatabaseValue] = []) throws -> String {
    if let earlyRows, try !earlyRows.lateRowsPay(db) { return try earlyRows.plan.chosenSQL(db, arguments) }
    if let anchorChoice { return try anchorChoice.chosenSQL(db, arguments) ?? sql }
    if let endpointCountChoice { return try endpointCountChoice.chosenSQL(db, scan: sql, typeScan: typeScan?.sql) }
    if let indexWalk, try indexWalk.pays(db) { return indexWalk.sql }
    guard let typeScan else { return sql }
    let total = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM relationship")) ?? 0
    let bound = total / 4
    var found: Int64 = 0
    for type in typeScan.types where found < bound {
      found +=
        try Int64.fetchOne(
          db.boundStatement(
            "SELECT count(*) FROM (SELECT 1 FROM relationship WHERE type_id = \(RelationshipTypeSQL.id("?1")) LIMIT ?2)",
            [type, bound - found]))
        ?? 0
    }
    return found < bound ? typeScan.sql : sql
  }
}

/// A Sendable wrapper for a bound SQL value.
struct DatabaseValueBox: Sendable, Equatable {
  var value: DatabaseValue
}

extension SQLPlan.Argument: Equatable {
  /// Two arguments bind the same value: the same literal, the same parameter read the same
  /// way, or SKIP / LIMIT of the same expression (the parser gives each expression its own id).
  static func == (lhs: Self, rhs: Self) -> Bool {
    switch (lhs, rhs) {
    case let (.value(a), .value(b)): return a == b
    case let (.parameter(a), .parameter(b)): return a == b
    case let (.parameterTypeClass(a, first), .parameterTypeClass(b, second)): return a == b && first == second
    case let (.count(a, aLimit), .count(b, bLimit)): return a.id == b.id && aLimit == bLimit
    default: return false
    }
  }
}
