extension SQLCompiler {
  /// `sql` cut to the rows that can be among the first `skip + limit` when the first ORDER BY
  /// key is a count (``SQLPlan/Column/Decode/integer``: never null, and numbers order the same
  /// in SQL and Cypher). Swift then sorts these few rows with Cypher's ordering and applies
  /// SKIP and LIMIT, exactly as it would over all of them; the other keys (names: SQLite
  /// orders bytes) decide nothing here. Nil when the shape does not allow it.
  ///
  /// The statement that runs keeps the first `2 × (skip + limit) + 64` rows by count (SQLite's
  /// top-N sorter over the groups as they come out of GROUP BY). When its last row ties with
  /// the `(skip + limit)`-th, rows of that count may have been left out and the runner runs
  /// ``SQLPlan/TopCut/fullSQL(_:)`` instead: every group materialized once, then the rows whose
  /// count reaches the last kept row's, ties included. The top 10 of 88,000 groups (q07) hand
  /// 84 rows to Swift and skip the materialization (about 20 ms of 260 on the large workload).
  /// `presort` is the SQL ORDER BY of ``sqlOrder(_:_:)``, if any, kept after the count.
  static func topRows(
    _ sql: String, _ arguments: inout [SQLPlan.Argument], _ columns: [SQLPlan.Column],
    _ orderBy: [(column: Int, ascending: Bool)], skip: Expr?, limit: Expr?, presort: String?
  ) -> (sql: String, cut: SQLPlan.TopCut)? {
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
    let limitArgument = arguments.count - 1
    var kept = "?\(arguments.count)"
    var skipArgument: Int?
    if let skip {
      arguments.append(.count(skip, isLimit: false))
      skipArgument = arguments.count - 1
      kept += " + ?\(arguments.count)"
    }
    let (direction, comparison) = first.ascending ? ("", "<=") : (" DESC", ">=")
    let columnList = names.joined(separator: ", ")
    let order = "\(key)\(direction)" + (presort.map { ", " + $0 } ?? "")
    let cut = SQLPlan.TopCut(
      cheapHead: "WITH bilat_top(\(columnList)) AS (\n",
      cheapTail:
        "\n)\nSELECT * FROM bilat_top\n  ORDER BY \(order)\n  LIMIT \(SQLPlan.TopCut.factor) * (\(kept)) + \(SQLPlan.TopCut.slack)",
      fullHead: "WITH bilat_top(\(columnList)) AS MATERIALIZED (\n",
      fullTail: """

        )
        SELECT * FROM bilat_top
          WHERE \(key) \(comparison) coalesce((SELECT \(key) FROM bilat_top ORDER BY 1\(direction) LIMIT 1 OFFSET \(kept) - 1), \(key))
        """ + (presort.map { "\nORDER BY " + $0 } ?? ""),
      countColumn: first.column, limitArgument: limitArgument, skipArgument: skipArgument)
    return (cut.cheapHead + sql + cut.cheapTail, cut)
  }
}
