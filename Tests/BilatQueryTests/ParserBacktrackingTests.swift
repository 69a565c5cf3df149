import BilatStore
import Testing

@testable import BilatQuery

/// `(` may start a pattern or a parenthesized expression; the parser tries the pattern first.
/// A failed try is remembered per position (`Parser.failedPatternStarts`), so maps nested in
/// parentheses parse in linear time: before, every level was tried both ways, 2^levels attempts
/// (the query fuzzer's 477-byte input took 23 s to be refused). At 40 levels the old parser would
/// not finish; these tests would hang rather than pass.
@Suite struct ParserBacktrackingTests {
  static func nested(_ levels: Int, inner: String = "1") -> String {
    String(repeating: "({a: ", count: levels) + inner + String(repeating: "})", count: levels)
  }

  @Test(arguments: [10, 40])
  func mapsNestedInParenthesesParse(levels: Int) throws {
    let result = try CypherEngine(store: try GraphStore()).run("RETURN \(Self.nested(levels)) AS v")
    #expect(result.rows.count == 1)
    let expected = String(repeating: "{a: ", count: levels) + "1" + String(repeating: "}", count: levels)
    #expect(result.rows.first?.first?.description == expected)
  }

  @Test func aNestedErrorIsReportedWhereItIs() throws {
    let text = "RETURN \(Self.nested(40, inner: "1 +"))"
    let engine = CypherEngine(store: try GraphStore())
    #expect(throws: CypherError.self) { try engine.compile(text) }
    do {
      _ = try engine.compile(text)
    } catch {
      // "RETURN " and 40 "({a: " put "1 +" at offset 207: the missing operand is at the `}`
      #expect(error.range?.start == 210)
      #expect(error.description.hasPrefix("<query>:1:211: error: "))
    }
  }

  @Test func aPatternAfterAFailedTryStillParses() throws {
    // the first `(` is an expression (no relationship follows), the second a pattern predicate
    let result = try CypherEngine(store: try GraphStore()).run(
      "WITH ({a: 1}) AS m UNWIND [1] AS x MATCH (n) WHERE (n)-->() RETURN m")
    #expect(result.columns == ["m"])
  }
}
