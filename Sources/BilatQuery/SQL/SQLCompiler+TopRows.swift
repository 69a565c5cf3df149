extension SQLCompiler {
  /// `sql` wrapped so that it returns only the rows that can be among the first `skip + limit`
  /// when the first ORDER BY key is a count (``SQLPlan/Column/Decode/integer``: never null, and
  /// numbers order the same in SQL and Cypher): the rows whose count is at least the count of
  /// the last row kept (at most, ascending), ties included. Swift then sorts these few rows
  /// with Cypher's ordering and applies SKIP and LIMIT, exactly as it would over all of them;
  /// the other keys (names: SQLite orders bytes) decide nothing here. Nil when the shape does
  /// not allow it.
  ///
  /// The top 10 of 100,000 groups (q07) then hand 10 rows to Swift instead of 100,000 values to
  /// decode and sort.
  static func topRows(
    _ sql: String, _ arguments: inout [SQLPlan.Argument], _ columns: [SQLPlan.Column],
    _ orderBy: [(column: Int, ascending: Bool)], skip: Expr?, limit: Expr?
  ) -> String? {
    guard let limit, let first = orderBy.first, columns[first.column].decode == .integer else { return nil }
    var positions: [Int] = []
    var position = 1
    for column in columns {
      positions.append(position)
      position += column.decode == .property ? 2 : 1
    }
    let names = (1..<position).map { "bilat_s\($0)" }
    let key = "coalesce(bilat_s\(positions[first.column]), 0)"
    arguments.append(.count(limit, isLimit: true))
    var offset = "?\(arguments.count) - 1"
    if let skip {
      arguments.append(.count(skip, isLimit: false))
      offset += " + ?\(arguments.count)"
    }
    let (direction, comparison) = first.ascending ? ("", "<=") : (" DESC", ">=")
    return """
      WITH bilat_top(\(names.joined(separator: ", "))) AS MATERIALIZED (
      \(sql)
      )
      SELECT * FROM bilat_top
        WHERE \(key) \(comparison) coalesce((SELECT \(key) FROM bilat_top ORDER BY 1\(direction) LIMIT 1 OFFSET \(offset)), \(key))
      """
  }
}
