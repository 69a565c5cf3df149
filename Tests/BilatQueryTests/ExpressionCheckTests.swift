import BilatStore
import Testing

@testable import BilatQuery

/// Literals, static type checks and the error codes the openCypher TCK expects.
@Suite struct ExpressionCheckTests {
  static let values: [(query: String, value: String)] = [
    ("RETURN 0o17 AS v", "15"),
    ("RETURN -0o1000000000000000000000 AS v", "-9223372036854775808"),
    ("RETURN -9223372036854775808 AS v", "-9223372036854775808"),
    ("RETURN -0x8000000000000000 AS v", "-9223372036854775808"),
    ("RETURN [0o77, 0x3F, 63] AS v", "[63, 63, 63]"),
    ("UNWIND [1] AS x MATCH (a)-[*2..1]->(b) RETURN count(*) AS v", "0"),
    ("UNWIND [30, 10, 20] AS x RETURN percentileDisc(x, 0.5) AS v", "20"),
    ("RETURN [0.0 / 0.0 > 1, 0.0 / 0.0 <= 0.0 / 0.0, 1 >= 0.0 / 0.0] AS v", "[false, false, false]"),
    ("RETURN 0.0 / 0.0 < 'a' AS v", "null"),
    ("UNWIND [30, 10, 20] AS x RETURN percentileCont(x, 0.25) AS v", "15.0"),
    ("UNWIND [1, 2] AS x RETURN x, x + count(*) AS v ORDER BY x LIMIT 1", "1"),
  ]

  @Test(arguments: values)
  func value(_ query: String, _ value: String) throws {
    let result = try CypherEngine(store: try GraphStore()).run(query)
    #expect(result.rows.first?.first?.displayText == value)
  }

  static let compileErrors: [(query: String, kind: CypherError.Kind, code: String)] = [
    ("RETURN 9223372036854775808", .syntax, "IntegerOverflow"),
    ("RETURN 0o1000000000000000000001", .syntax, "IntegerOverflow"),
    ("RETURN 0xZ5", .syntax, "InvalidNumberLiteral"),
    ("RETURN 12a", .syntax, "InvalidNumberLiteral"),
    ("RETURN 1e999", .syntax, "FloatingPointOverflow"),
    ("RETURN [1, 2", .syntax, "UnexpectedSyntax"),
    ("RETURN 1#2", .syntax, "UnexpectedSyntax"),
    ("RETURN '\\uZZZZ'", .syntax, "InvalidUnicodeLiteral"),
    ("RETURN 1 IN 'abc'", .syntax, "InvalidArgumentType"),
    ("RETURN any(x IN ['a', 'b'] WHERE x % 2 = 0)", .syntax, "InvalidArgumentType"),
    ("MATCH (n) RETURN type(n)", .syntax, "InvalidArgumentType"),
    ("MATCH p = (n)-->() RETURN labels(p)", .syntax, "InvalidArgumentType"),
    ("MATCH (n) RETURN length(n)", .syntax, "InvalidArgumentType"),
    ("WITH 123 AS x RETURN x.num", .type, "InvalidArgumentType"),
    ("MATCH p = (p)-->() RETURN p", .syntax, "VariableAlreadyBound"),
    ("WITH 1 AS p MATCH p = ()-->() RETURN p", .syntax, "VariableAlreadyBound"),
    ("RETURN 1 AS a UNION RETURN 2 AS b", .syntax, "DifferentColumnsInUnion"),
    ("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", .syntax, "InvalidClauseComposition"),
    ("MATCH (a)--(b) RETURN a.x + count(b)", .syntax, "AmbiguousAggregationExpression"),
    ("MATCH (a)--(b) RETURN a.x + b.x, a.x + b.x + count(*)", .syntax, "AmbiguousAggregationExpression"),
    ("MATCH (a)--(b) RETURN a.x + b.x, count(*) AS n ORDER BY a.x + b.x + count(*)", .syntax,
     "AmbiguousAggregationExpression"),
    ("UNWIND [1] AS x RETURN percentileDisc(x)", .syntax, "InvalidNumberOfArguments"),
    ("MATCH (a)-[r]->()-[r]->(a) RETURN r", .syntax, "RelationshipUniquenessViolation"),
    ("UNWIND [1] AS x WITH x % 2 AS m, count(*) AS n ORDER BY sum(x) RETURN m", .syntax, "UndefinedVariable"),
  ]

  @Test(arguments: compileErrors)
  func compileError(_ query: String, _ kind: CypherError.Kind, _ code: String) throws {
    let engine = CypherEngine(store: try GraphStore())
    do {
      _ = try engine.compile(query)
      Issue.record("\(query) compiled")
    } catch {
      #expect(error.kind == kind)
      #expect(error.code == code)
      #expect(error.description.hasPrefix("<query>:") || error.description.hasPrefix("<query>: error:"))
    }
  }

  static let runtimeErrors: [(query: String, kind: CypherError.Kind, code: String)] = [
    ("RETURN range(1, 2.5)", .argument, "InvalidArgumentType"),
    ("RETURN range(1, 5, 0)", .argument, "NumberOutOfRange"),
    ("UNWIND [1, 2] AS x RETURN percentileCont(x, 1.5)", .argument, "NumberOutOfRange"),
    ("RETURN toInteger([1])", .type, "InvalidArgumentValue"),
    ("RETURN toBoolean(1.5)", .type, "InvalidArgumentValue"),
    ("WITH {a: 1} AS m, 0 AS k RETURN m[k]", .type, "MapElementAccessByNonString"),
  ]

  @Test(arguments: runtimeErrors)
  func runtimeError(_ query: String, _ kind: CypherError.Kind, _ code: String) throws {
    let engine = CypherEngine(store: try GraphStore())
    _ = try engine.compile(query)
    do {
      _ = try engine.run(query)
      Issue.record("\(query) ran")
    } catch {
      #expect(error.kind == kind)
      #expect(error.code == code)
    }
  }
}
