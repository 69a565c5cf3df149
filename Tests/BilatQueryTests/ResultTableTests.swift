import Testing

@testable import BilatQuery

/// The aligned text table of `bilat query` (``QueryResult/table()``): pinned text, and a
/// wide cell padded in one pass.
@Suite struct ResultTableTests {
  @Test func cellsAlignAndLinesEndWithoutPadding() {
    let result = QueryResult(
      columns: ["name", "n"],
      rows: [[.string("Ding Xuexiang"), .int(2)], [.string("A\nB"), .null], [.string("x "), .string("y  ")]])
    #expect(
      result.table() == """
        name          | n
        --------------+-----
        Ding Xuexiang | 2
        A\\nB          | null
        x             | y
        (3 rows)

        """)
  }

  /// 300,000 characters in one cell: the other rows are padded to that width and trimmed from
  /// the end (a pattern retried at every padding space was quadratic: found by the query fuzzer).
  @Test func aWideCellIsPaddedAndTrimmed() {
    let wide = String(repeating: "ab ", count: 100_000)
    let result = QueryResult(columns: ["paths", "l"], rows: [[.string(wide), .int(1)], [.string("c"), .int(2)]])
    let lines = result.table().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 6)
    #expect(lines[2] == wide + " | 1")
    #expect(lines[3] == "c" + String(repeating: " ", count: wide.count - 1) + " | 2")
    #expect(lines[4] == "(2 rows)")
  }
}
