import BilatCore
import BilatStore
import GRDB
import GRDBSQLite

/// Runs an ``SQLPlan`` and decodes its rows into Cypher values.
struct SQLRunner {
  let db: Database
  let parameters: [String: CypherValue]
  let options: QueryOptions

  func arguments(_ plan: SQLPlan, _ evaluator: Evaluator) throws -> [DatabaseValue] {
    var arguments: [DatabaseValue] = []
    arguments.reserveCapacity(plan.arguments.count)
    for argument in plan.arguments {
      switch argument {
      case .value(let box): arguments.append(box.value)
      case .parameter(let name):
        arguments.append(SQLRunner.bind(try parameter(name)))
      case .parameterTypeClass(let name, let second):
        let value: String
        switch try parameter(name) {
        // The `json_type` names a value of the parameter's type class has.
        case .string: value = "text"
        case .int, .float: value = second ? "real" : "integer"
        case .bool: value = second ? "false" : "true"
        default: value = "-"
        }
        arguments.append(value.databaseValue)
      case .count(let expr, let isLimit):
        arguments.append(Int64(try Executor.count(expr, isLimit ? "LIMIT" : "SKIP", evaluator)).databaseValue)
      }
    }
    return arguments
  }

  private func parameter(_ name: String) throws -> CypherValue {
    guard let value = parameters[name] else {
      throw CypherError(.syntax, code: "ParameterMissing", "missing parameter $\(name)", atRuntime: true)
    }
    return value
  }

  func run(_ plan: SQLPlan) throws -> ([String], [[CypherValue]]) {
    // The degree rule's statement when it applies in this snapshot (``SQLPlan/DegreeRead``).
    if options.degreeStore, let degreeRead = plan.degreeRead, try degreeRead.applies(db) {
      return try run(degreeRead.plan)
    }
    let reader = GraphReader(db)
    let evaluator = Evaluator(reader: reader, parameters: parameters)
    let values = try arguments(plan, evaluator)
    let sql = try plan.chosenSQL(db, values)
    var rows = try fetch(sql, values, plan, reader)
    if let cut = plan.topCut, let bounds = cut.kept(values),
      SQLPlan.TopCut.mayHaveCut(
        rows.map { row -> Int64 in
          if case .int(let n) = row[cut.countColumn] { return n }
          return 0
        }, needed: bounds.needed, kept: bounds.kept)
    {
      // Rows tied with the last one needed may have been left out: all of them, from the full form.
      guard let full = cut.fullSQL(sql) else {
        throw CypherError.runtime(.database, code: "InternalError", "the cut statement has an unexpected form")
      }
      rows = try fetch(full, values, plan, reader)
    }
    if !plan.orderBy.isEmpty {
      let keys = plan.orderBy.map { order in rows.map { $0[order.column] } }
      let ascending = plan.orderBy.map(\.ascending)
      if !plan.sortedInSQL || !SortKey.isSorted(count: rows.count, keys: keys, ascending: ascending) {
        rows = SortKey.sortedIndices(count: rows.count, keys: keys, ascending: ascending).map { rows[$0] }
      }
    }
    if let skip = plan.skip { rows = Array(rows.dropFirst(try Executor.count(skip, "SKIP", evaluator))) }
    if let limit = plan.limit { rows = Array(rows.prefix(try Executor.count(limit, "LIMIT", evaluator))) }
    // Most plans hide no column: their names without the index array.
    guard plan.columns.contains(where: \.hidden) else { return (plan.columns.map(\.name), rows) }
    let visible = plan.columns.indices.filter { !plan.columns[$0].hidden }
    rows = rows.map { row in visible.map { row[$0] } }
    return (visible.map { plan.columns[$0].name }, rows)
  }

  /// The rows of `sql`, decoded by the plan's columns.
  private func fetch(
    _ sql: String, _ values: [DatabaseValue], _ plan: SQLPlan, _ reader: GraphReader
  ) throws -> [[CypherValue]] {
    let columns = plan.columns
    let statement = try plan.statements.statement(db, sql: sql)
    // A variant that reads a relationship both ways has fewer branches and numbers its
    // arguments as the first branches do: it binds a prefix (``SQLCompiler/bothWaysBodies``).
    let used = Int(sqlite3_bind_parameter_count(statement.sqliteStatement))
    // The statement is stepped directly and its values read from it (``RawColumns``): a GRDB
    // `Row` cursor would build a dictionary of the lowercased column names for every run
    // (about 1.5 µs of a 22 µs point lookup), and any GRDB cursor adds an object and per-step
    // bookkeeping a read does not need (``GRDB/Statement/forEachDirectRow(_:)``).
    try statement.bindDirect(SQLArguments(used < values.count ? Array(values.prefix(used)) : values))
    var rows: [[CypherValue]] = []
    try statement.forEachDirectRow { handle in
      let raw = RawColumns(statement: handle)
      var values: [CypherValue] = []
      values.reserveCapacity(columns.count)
      var index: Int32 = 0
      for column in columns {
        switch column.decode {
        case .property:
          values.append(try raw.property(index))
          index += 2
        case .node:
          values.append(try raw.integer(index).map { .node(try reader.node($0)) } ?? .null)
          index += 1
        case .relationship:
          values.append(try raw.integer(index).map { .relationship(try reader.relationship($0)) } ?? .null)
          index += 1
        case .integer:
          values.append(.int(raw.integer(index) ?? 0))
          index += 1
        }
      }
      rows.append(values)
      if rows.count > options.rowLimit {
        throw CypherError.runtime(
          .limit, code: "RowLimitExceeded", "the query returned more than \(options.rowLimit) rows")
      }
    }
    return rows
  }

  /// The SQL value a parameter binds as (lists and maps are not bindable and compare as null).
  static func bind(_ value: CypherValue) -> DatabaseValue {
    switch value {
    case .int(let i): return i.databaseValue
    case .float(let d): return d.databaseValue
    case .string(let s): return s.databaseValue
    case .bool(let b): return (b ? 1 : 0).databaseValue
    default: return .null
    }
  }
}
