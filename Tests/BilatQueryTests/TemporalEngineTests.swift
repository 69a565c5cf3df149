import BilatCore
import BilatStore
import Foundation
import Testing

@testable import BilatQuery

/// Temporal functions over Bilat's own data, where dates are stored as ISO text, sometimes partial.
@Suite struct TemporalEngineTests {
  /// Four countries' leaders and six meetings: full dates, a month-only date, a year-only date
  /// and a meeting without a date.
  static func meetings() throws -> CypherEngine {
    let engine = CypherEngine(store: try GraphStore())
    try engine.create(
      """
      CREATE (kz:Person {name: 'Kassym-Jomart Tokayev'}), (cn:Person {name: 'Xi Jinping'}),
             (uz:Person {name: 'Shavkat Mirziyoyev'}), (ru:Person {name: 'Vladimir Putin'}),
             (kz)-[:MET_WITH {date: '2022-09-14'}]->(cn),
             (kz)-[:MET_WITH {date: '2023-05-18'}]->(cn),
             (kz)-[:MET_WITH {date: '2023-11'}]->(uz),
             (uz)-[:MET_WITH {date: '2023-12-01'}]->(ru),
             (ru)-[:MET_WITH {date: '2024'}]->(kz),
             (cn)-[:MET_WITH]->(uz)
      """)
    return engine
  }

  @Test func meetingsPerYear() throws {
    let result = try Self.meetings().run(
      "MATCH (a)-[m:MET_WITH]->(b) RETURN date(m.date).year AS year, count(*) ORDER BY year")
    #expect(result.columns == ["year", "count(*)"])
    #expect(
      result.rows.map { $0.map(\.description) } == [["2022", "1"], ["2023", "3"], ["2024", "1"], ["null", "1"]])
  }

  @Test func partialDatesStartTheirMonthOrYear() throws {
    let result = try Self.meetings().run(
      """
      MATCH (a)-[m:MET_WITH]->(b) WHERE m.date IS NOT NULL
      RETURN m.date AS stored, date(m.date) AS day ORDER BY day
      """)
    #expect(
      result.rows.map { $0.map(\.displayText) } == [
        ["2022-09-14", "2022-09-14"], ["2023-05-18", "2023-05-18"], ["2023-11", "2023-11-01"],
        ["2023-12-01", "2023-12-01"], ["2024", "2024-01-01"],
      ])
  }

  /// Stored dates stay strings: comparisons with string literals work as before.
  @Test func stringComparisonsOfStoredDatesAreUnchanged() throws {
    let engine = try Self.meetings()
    let strings = try engine.run("MATCH ()-[m:MET_WITH]->() WHERE m.date >= '2023-06-01' RETURN m.date ORDER BY m.date")
    #expect(strings.rows.map { $0[0].displayText } == ["2023-11", "2023-12-01", "2024"])
    let dates = try engine.run(
      "MATCH ()-[m:MET_WITH]->() WHERE date(m.date) >= date('2023-06-01') RETURN m.date ORDER BY m.date")
    #expect(dates.rows.map { $0[0].displayText } == ["2023-11", "2023-12-01", "2024"])
  }

  /// A temporal or list parameter binds as SQL null, but the compiled comparison also binds the
  /// parameter's type class (none for them), so `<>` gives Cypher's answer (a string is never
  /// equal to a date) in one SQL statement as step by step. `place` is a cold property (in
  /// `props`).
  @Test(arguments: [false, true])
  func temporalParametersCompareAsCypherSays(singleStatementSQL: Bool) throws {
    var options = QueryOptions()
    options.singleStatementSQL = singleStatementSQL
    let engine = CypherEngine(store: try GraphStore(), options: options)
    try engine.create(
      "CREATE (:Person {name: 'A'})-[:MET_WITH {place: 'Astana', date: '2023-11-27'}]->(:Person {name: 'B'})")
    let text = "MATCH (a:Person)-[m:MET_WITH]->(b:Person) WHERE m.place <> $d RETURN count(*) AS n"
    #expect(try engine.compile(text).sqlPlan != nil)
    let day = try engine.run("RETURN date('2023-11-27') AS d").rows[0][0]
    #expect(try engine.run(text, parameters: ["d": day]).rows == [[.int(1)]])
    #expect(try engine.run(text, parameters: ["d": .string("Astana")]).rows == [[.int(0)]])
    #expect(try engine.run(text, parameters: ["d": .list([.int(1)])]).rows == [[.int(1)]])
  }

  /// A stored date compared with a date value is always null: the query says so.
  @Test func comparingStoredTextWithADateWarns() throws {
    let engine = try Self.meetings()
    let result = try engine.run("MATCH ()-[m:MET_WITH]->() WHERE m.date >= date('2023-06-01') RETURN m.date")
    #expect(result.rows.isEmpty)
    #expect(
      result.warnings.map(\.message) == [
        "m.date is stored as text, so comparing it with a temporal value is always null; "
          + "compare date(m.date) instead, or m.date with a string"
      ])
    #expect(
      try engine.run("MATCH ()-[m:MET_WITH]->() WHERE date(m.date) >= date('2023-06-01') RETURN m.date").warnings
        .isEmpty)
  }

  @Test func daysBetweenMeetingsAndTruncation() throws {
    let result = try Self.meetings().run(
      """
      MATCH (:Person {name: 'Kassym-Jomart Tokayev'})-[m:MET_WITH]->(:Person {name: 'Xi Jinping'})
      WITH date(m.date) AS d ORDER BY d
      WITH collect(d) AS ds
      RETURN duration.inDays(ds[0], ds[1]).days AS days, date.truncate('quarter', ds[1]) AS quarter
      """)
    #expect(result.rows.map { $0.map(\.displayText) } == [["246", "2023-04-01"]])
  }

  @Test func anInvalidStoredDateIsAClearError() throws {
    let engine = CypherEngine(store: try GraphStore())
    try engine.create("CREATE (:Person)-[:MET_WITH {date: 'last Tuesday'}]->(:Person)")
    #expect(throws: CypherError.self) { try engine.run("MATCH ()-[m:MET_WITH]->() RETURN date(m.date)") }
    do {
      _ = try engine.run("MATCH ()-[m:MET_WITH]->() RETURN date(m.date)")
    } catch {
      #expect(error.message == "date(): 'last Tuesday' is not a valid date")
    }
  }
}
