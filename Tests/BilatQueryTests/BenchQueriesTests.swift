import BilatQuery
import BilatStore
import Foundation
import GRDB
import Testing

/// The shared benchmark queries give the same answers through Bilat as the hand-written
/// reference SQL over the plain schema, on a small generated graph.
@Suite(.enabled(if: BenchGraph.available, BenchGraph.unavailableReason))
struct BenchQueriesTests {
  /// Generated once for the suite; a generator failure fails every test that needs the graph.
  static let graph = Result { try BenchGraph.generate(nodes: 2000, edges: 8000) }

  /// The query ids for the parameterized test. A parse failure here would give no arguments,
  /// so `listsEveryQuery` checks the list separately.
  static var cypherQueries: [String] {
    ((try? BenchGraph.queries("queries.cypher", sql: false)) ?? []).map(\.id)
  }

  @Test func listsEveryQuery() throws {
    let cypher = try BenchGraph.queries("queries.cypher", sql: false).map(\.id)
    let sql = Set(try BenchGraph.queries("queries.sql", sql: true).map(\.id))
    #expect(cypher.count >= 11)
    #expect(cypher.filter { !sql.contains($0) }.isEmpty, "every Cypher query has reference SQL")
  }

  @Test(arguments: cypherQueries)
  func sameAnswersAsReferenceSQL(_ id: String) throws {
    let graph = try Self.graph.get()
    let cypher = try #require(try BenchGraph.queries("queries.cypher", sql: false).first { $0.id == id }).text
    let sql = try #require(try BenchGraph.queries("queries.sql", sql: true).first { $0.id == id }).text
    let engine = CypherEngine(store: graph.store)
    let result = try engine.run(cypher)
    let got = result.rows.map { $0.map(\.displayText) }
    let expected = try graph.reference.read { db in
      try Row.fetchAll(db, sql: sql).map { row in
        Array(row.databaseValues).map { v -> String in
          switch v.storage {
          case .int64(let i): return String(i)
          case .string(let s): return s
          case .double(let d): return String(d)
          default: return "null"
          }
        }
      }
    }
    #expect(!expected.isEmpty)
    #expect(got == expected, "\(id): \(result.rows.count) rows vs \(expected.count)")
  }

  /// Which bench queries run as one SQL statement (the others use Swift traversal).
  @Test func singleStatementCoverage() throws {
    let engine = CypherEngine(store: try GraphStore())
    var single: [String] = []
    for (id, text) in try BenchGraph.queries("queries.cypher", sql: false) where try engine.compile(text).sql != nil {
      single.append(id)
    }
    #expect(
      single == [
        "q01_who_met_person", "q02_meetings_in_date_range", "q03_two_hop_count", "q04_projects_per_sector",
        "q05_country_pair_meetings", "q07_top10_most_met", "q08_agreements_between_countries",
        "q10_orgs_of_contacts", "q11_point_lookup",
      ])
  }
}
