import Foundation

extension Executor {
  /// WITH / RETURN: projection, implicit grouping and aggregation, DISTINCT, ORDER BY, SKIP, LIMIT.
  func project(_ rows: [Bindings], _ projection: AnalyzedProjection) throws -> (columns: [String], rows: [Bindings]) {
    var pairs: [(input: Bindings, output: Bindings)] = []
    let items = projection.items
    if projection.aggregates.isEmpty {
      pairs.reserveCapacity(rows.count)
      for row in rows {
        var out: Bindings = [:]
        for item in items { out[item.name] = try evaluator.evaluate(item.expression, row) }
        pairs.append((row, out))
      }
    } else {
      var index: [[CypherValue]: Int] = [:]
      var groups: [(key: [CypherValue], rows: [Bindings])] = []
      for row in rows {
        let key = try projection.groupingItems.map { try evaluator.evaluate(items[$0].expression, row) }
        if let i = index[key] {
          groups[i].rows.append(row)
        } else {
          index[key] = groups.count
          groups.append((key, [row]))
        }
      }
      if rows.isEmpty && projection.groupingItems.isEmpty { groups.append(([], [])) }
      for group in groups {
        var scoped = evaluator
        for call in projection.aggregates {
          scoped.aggregates[call.id] = try Aggregation.compute(call, group.rows, evaluator)
        }
        var out: Bindings = [:]
        var keyIndex = 0
        let sample = group.rows.first ?? [:]
        for (i, item) in items.enumerated() {
          if projection.groupingItems.contains(i) {
            out[item.name] = group.key[keyIndex]
            keyIndex += 1
          } else {
            out[item.name] = try scoped.evaluate(item.expression, sample)
          }
        }
        pairs.append((sample, out))
      }
    }
    if projection.distinct {
      var seen = Set<[CypherValue]>()
      pairs = pairs.filter { pair in seen.insert(items.map { pair.output[$0.name] ?? .null }).inserted }
    }
    if !projection.orderBy.isEmpty {
      var keys = projection.orderBy.map { _ in [CypherValue]() }
      for pair in pairs {
        let scope = projection.orderSeesInput ? pair.input.merging(pair.output) { _, new in new } : pair.output
        for (k, item) in projection.orderBy.enumerated() {
          keys[k].append(try evaluator.evaluate(item.expression, scope))
        }
      }
      let order = SortKey.sortedIndices(
        count: pairs.count, keys: keys, ascending: projection.orderBy.map(\.ascending))
      pairs = order.map { pairs[$0] }
    }
    if let skip = projection.skip {
      let n = try Executor.count(skip, "SKIP", evaluator)
      pairs = Array(pairs.dropFirst(n))
    }
    if let limit = projection.limit {
      let n = try Executor.count(limit, "LIMIT", evaluator)
      pairs = Array(pairs.prefix(n))
    }
    if let filter = projection.filter {
      pairs = try pairs.filter { pair in
        let scope = projection.orderSeesInput ? pair.input.merging(pair.output) { _, new in new } : pair.output
        return try evaluator.evaluate(filter, scope) == .bool(true)
      }
    }
    return (items.map(\.name), pairs.map(\.output))
  }

  static func count(_ expr: Expr, _ clause: String, _ evaluator: Evaluator) throws -> Int {
    let value = try evaluator.evaluate(expr, [:])
    switch value {
    case .int(let i) where i >= 0: return Int(min(i, Int64(Int.max)))
    case .int:
      throw CypherError(
        .syntax, code: "NegativeIntegerArgument", "\(clause) must not be negative, got \(value)", range: expr.range,
        atRuntime: true)
    default:
      throw CypherError(
        .syntax, code: "InvalidArgumentType", "\(clause) needs an integer, got \(value)", range: expr.range,
        atRuntime: true)
    }
  }
}
