import BilatCore
import GRDB

/// Runs an ``SQLPlan`` and decodes its rows into Cypher values.
struct SQLRunner {
  let db: Database
  let parameters: [String: CypherValue]
  let options: QueryOptions

  func run(_ plan: SQLPlan) throws -> ([String], [[CypherValue]]) {
    var arguments: [DatabaseValue] = []
    for argument in plan.arguments {
      switch argument {
      case .value(let box): arguments.append(box.value)
      case .parameter(let name):
        guard let value = parameters[name] else {
          throw CypherError(.syntax, code: "ParameterMissing", "missing parameter $\(name)", atRuntime: true)
        }
        arguments.append(SQLRunner.bind(value))
      }
    }
    let reader = GraphReader(db)
    let statement = try db.cachedStatement(sql: plan.sql)
    let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(arguments))
    var rows: [[CypherValue]] = []
    while let row = try cursor.next() {
      var values: [CypherValue] = []
      var index = 0
      for column in plan.columns {
        switch column.decode {
        case .property:
          let type: String? = row[index + 1]
          values.append(type.map { CypherValue(PropertyValue(stored: row[index] as DatabaseValue, type: $0)) } ?? .null)
          index += 2
        case .node:
          let id: Int64? = row[index]
          values.append(try id.map { .node(try reader.node($0)) } ?? .null)
          index += 1
        case .relationship:
          let id: Int64? = row[index]
          values.append(try id.map { .relationship(try reader.relationship($0)) } ?? .null)
          index += 1
        case .integer:
          values.append(.int(row[index]))
          index += 1
        }
      }
      rows.append(values)
      if rows.count > options.rowLimit {
        throw CypherError.runtime(.limit, code: "RowLimitExceeded", "the query returned more than \(options.rowLimit) rows")
      }
    }
    return (plan.columns.map(\.name), rows)
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
