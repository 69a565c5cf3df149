import BilatCore
import BilatStore
import Foundation
import GRDB

/// Runs an analyzed statement clause by clause over rows of bindings.
final class Executor {
  let reader: GraphReader
  let evaluator: Evaluator
  let matcher: PatternMatcher
  /// Present only for `bilat create`: the write transaction CREATE uses.
  let writer: GraphDatabase?
  let rowLimit: Int
  var statistics = CreateStatistics()

  init(db: Database, parameters: [String: CypherValue], options: QueryOptions, writer: GraphDatabase?) {
    let reader = GraphReader(db)
    self.reader = reader
    let hook = SubqueryHook()
    var evaluator = Evaluator(reader: reader, parameters: parameters)
    evaluator.maxDepth = options.maxVariableLengthDepth
    evaluator.subqueries = hook
    self.evaluator = evaluator
    self.matcher = PatternMatcher(reader: reader, evaluator: evaluator, maxDepth: options.maxVariableLengthDepth)
    self.writer = writer
    self.rowLimit = options.rowLimit
    hook.run = { [weak self] id, row in
      guard let self, let clauses = self.subqueries[id] else { return [] }
      return try self.runPart(clauses, from: [row]).1
    }
  }

  /// The analyzed clauses of the running statement's subqueries, by expression id.
  private var subqueries: [Int: [AnalyzedClause]] = [:]

  func run(_ statement: AnalyzedStatement) throws -> (columns: [String], rows: [[CypherValue]]) {
    var columns: [String] = []
    var all: [[CypherValue]] = []
    subqueries = statement.subqueries
    for (index, part) in statement.parts.enumerated() {
      let (partColumns, rows) = try runPart(part)
      if index == 0 {
        columns = partColumns
      } else if partColumns != columns {
        throw CypherError(
          .syntax, code: "DifferentColumnsInUnion", "all parts of a UNION must return the same columns")
      }
      all += rows.map { row in partColumns.map { row[$0] ?? .null } }
    }
    if statement.unionAll.contains(false) {
      var seen = Set<[CypherValue]>()
      all = all.filter { seen.insert($0).inserted }
    }
    return (columns, all)
  }

  private func checkRows(_ count: Int) throws {
    if count > rowLimit {
      throw CypherError.runtime(
        .limit, code: "RowLimitExceeded",
        "the query produced more than \(rowLimit) intermediate rows; add LIMIT or narrow the pattern (--max-rows)")
    }
  }

  private func runPart(_ clauses: [AnalyzedClause], from start: [Bindings] = [[:]]) throws -> ([String], [Bindings]) {
    var rows = start
    var columns: [String] = []
    for clause in clauses {
      switch clause {
      case .match(let optional, let patterns, let condition, let newVariables, let reachability):
        var out: [Bindings] = []
        let hints = PatternMatcher.hints(from: condition)
        for row in rows {
          var found = false
          try matcher.match(patterns, row, reachability: reachability, hints: hints) { candidate in
            if let condition, try evaluator.evaluate(condition, candidate) != .bool(true) { return }
            found = true
            out.append(candidate)
            try checkRows(out.count)
          }
          if optional && !found {
            var filled = row
            for v in newVariables { filled[v] = .null }
            out.append(filled)
          }
        }
        rows = out
      case .unwind(let expr, let variable):
        var out: [Bindings] = []
        for row in rows {
          let value = try evaluator.evaluate(expr, row)
          switch value {
          case .null: continue
          case .list(let items):
            for item in items {
              var next = row
              next[variable] = item
              out.append(next)
            }
          default:
            var next = row
            next[variable] = value
            out.append(next)
          }
          try checkRows(out.count)
        }
        rows = out
      case .with(let projection):
        rows = try project(rows, projection).rows
      case .return(let projection):
        let result = try project(rows, projection)
        rows = result.rows
        columns = result.columns
      case .create(let patterns):
        guard let writer else {
          throw CypherError(
            .unsupported, code: "WritesRefused", "CREATE is not allowed in queries; use `bilat create`")
        }
        var creator = Creator(writer: writer, evaluator: evaluator, reader: reader)
        rows = try rows.map { try creator.create(patterns, $0) }
        statistics.nodes += creator.statistics.nodes
        statistics.relationships += creator.statistics.relationships
        statistics.properties += creator.statistics.properties
        statistics.labels += creator.statistics.labels
        reader.invalidate()
      }
    }
    return (columns, rows)
  }
}
