import BilatCore
import BilatStore
import Foundation
import GRDB

/// Runs read-only Cypher queries against a ``GraphStore``.
///
/// ```swift
/// let engine = CypherEngine(store: store)
/// let result = try engine.run("MATCH (p:Person {name: $name})-[:MET_WITH]-(o) RETURN o.name",
///                             parameters: ["name": .string("Alikhan Smailov")])
/// ```
/// Compiled queries are cached by their text. Queries run in a read-only snapshot: CREATE
/// and every other write is refused (use ``create(_:parameters:)``).
public final class CypherEngine: @unchecked Sendable {
  public let store: GraphStore
  public var options: QueryOptions
  private var cache: [String: CompiledQuery] = [:]
  private let lock = NSLock()
  private let probes = NameProbeCache()
  private static let cacheCapacity = 256

  public init(store: GraphStore, options: QueryOptions = QueryOptions()) {
    self.store = store
    self.options = options
  }

  /// How many compiled queries the cache holds.
  public var cachedQueryCount: Int { lock.withLock { cache.count } }

  /// Parses and analyzes `text` (cached by text). Throws the first syntax or semantic error.
  public func compile(_ text: String) throws(CypherError) -> CompiledQuery {
    lock.lock()
    let cached = cache[text]
    lock.unlock()
    if let cached { return cached }
    let compiled: CompiledQuery
    do {
      let statement = try Parser.parse(text)
      let analyzed = try SemanticAnalyzer.analyze(statement)
      compiled = CompiledQuery(statement: analyzed, plan: QueryPlanner.plan(analyzed, commonNodes: options.commonNodes))
    } catch {
      throw error.withSource(text)
    }
    lock.lock()
    if cache.count >= CypherEngine.cacheCapacity { cache.removeAll() }
    cache[text] = compiled
    lock.unlock()
    return compiled
  }

  /// Runs a read-only query.
  public func run(_ text: String, parameters: [String: CypherValue] = [:]) throws(CypherError) -> QueryResult {
    let compiled = try compile(text)
    if compiled.statement.writes {
      throw CypherError(
        .unsupported, code: "WritesRefused",
        "queries are read-only: CREATE is only accepted by `bilat create`", range: nil
      ).withSource(text)
    }
    if compiled.statement.explain {
      let plan = try explain(text, parameters: parameters)
      return QueryResult(columns: ["plan"], rows: plan.split(separator: "\n").map { [.string(String($0))] })
    }
    let deadline = QueryDeadline(seconds: options.timeLimit ?? 1e9)
    return try guarded(text) {
      try store.readDedicated { graph in
        try deadline.guarding(graph.db) {
          let db = graph.db
          let (columns, rows): ([String], [[CypherValue]])
          // Matched in place, not copied to a variable first: a copy of the plan retained and
          // released every reference in it on each run.
          let planned = options.singleStatementSQL && compiled.plan.strategy.fits(parameters)
          switch compiled.plan.strategy {
          case .reach(let plan) where planned:
            let runner = ReachRunner(db: db, parameters: parameters, options: options)
            (columns, rows) = try runner.run(plan, checkpoint: deadlineCheck(deadline))
          case .singleStatement(let plan) where planned:
            (columns, rows) = try SQLRunner(db: db, parameters: parameters, options: options).run(plan)
          default:
            let executor = Executor(db: db, parameters: parameters, options: options, writer: nil)
            executor.reader.checkpoint = deadlineCheck(deadline)
            (columns, rows) = try executor.run(compiled.statement)
          }
          // After the query, so that the read transaction (and its data version) is open.
          let warnings = try compiled.warnings(db, text, probes)
          return QueryResult(columns: columns, rows: rows, warnings: warnings)
        }
      }
    }
  }

  /// Runs a statement that may CREATE nodes and relationships, in one write transaction.
  @discardableResult
  public func create(_ text: String, parameters: [String: CypherValue] = [:]) throws(CypherError) -> (
    result: QueryResult, statistics: CreateStatistics
  ) {
    let compiled = try compile(text)
    return try guarded(text) {
      try store.write { graph in
        let executor = Executor(db: graph.db, parameters: parameters, options: options, writer: graph)
        let (columns, rows) = try executor.run(compiled.statement)
        return (QueryResult(columns: columns, rows: rows), executor.statistics)
      }
    }
  }

  /// The SQL the query runs and SQLite's plan for it.
  public func explain(_ text: String, parameters: [String: CypherValue] = [:]) throws(CypherError) -> String {
    let compiled = try compile(text)
    return try guarded(text) {
      try store.read { graph in
        try Explainer.explain(compiled, graph.db, parameters: parameters, degreeStore: options.degreeStore)
      }
    }
  }

  private func deadlineCheck(_ deadline: QueryDeadline) -> () throws -> Void {
    guard let limit = options.timeLimit else { return {} }
    return {
      if deadline.expired {
        throw CypherError.runtime(.limit, code: "TimeLimitExceeded", "the query ran longer than \(limit) s (--timeout)")
      }
    }
  }

  /// Runs `body` with errors mapped to CypherError (an interrupted statement is a time limit).
  private func guarded<T>(_ text: String, _ body: () throws -> T) throws(CypherError) -> T {
    do {
      return try body()
    } catch let error as CypherError {
      throw error.withSource(text)
    } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
      throw CypherError.runtime(
        .limit, code: "TimeLimitExceeded", "the query ran longer than \(options.timeLimit ?? 0) s and was interrupted")
    } catch {
      throw CypherError.runtime(.database, code: "DatabaseError", "\(error)")
    }
  }
}

/// A parsed and analyzed query and how it runs (its ``ExecutionPlan``).
///
/// A class: each run takes it from the engine's cache, and copying the struct it was retained
/// and released every reference in the statement and plan (about 1 µs of a point lookup).
public final class CompiledQuery: Sendable {
  let statement: AnalyzedStatement
  let plan: ExecutionPlan
  private let warningMemo = WarningMemo()

  init(statement: AnalyzedStatement, plan: ExecutionPlan) {
    self.statement = statement
    self.plan = plan
  }

  /// The "did you mean" warnings of this query on `db` (``Diagnostics``), reused from its
  /// last run while the connection and the database are the same.
  func warnings(_ db: Database, _ text: String, _ probes: NameProbeCache) throws -> [CypherWarning] {
    let version = NameProbeCache.version(db)
    if let version, let known = warningMemo.warnings(db, version: version) { return known }
    let found = try Diagnostics.warnings(statement.references, db, text, cache: probes)
    if let version { warningMemo.remember(found, db, version: version) }
    return found
  }

  var sqlPlan: SQLPlan? { plan.sqlPlan }
  /// Set for a count of the nodes within reach of a variable-length pattern.
  var reachPlan: ReachPlan? { plan.reachPlan }
  /// The name of the strategy the query runs with (as `EXPLAIN` prints it).
  public var strategy: String { plan.name }

  /// The generated SQL when the whole query compiles to one SQLite statement.
  public var sql: String? { sqlPlan?.sql }
  /// The column names of the result.
  public var isWrite: Bool { statement.writes }
}
