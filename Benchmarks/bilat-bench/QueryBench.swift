import BilatStore
import Foundation
import GRDB

/// Queries: every query of the shared `queries.cypher`, then of the project's own everyday set
/// (`queries-everyday.cypher`), through Bilat's Cypher engine, and its hand-written SQL
/// (`queries-bilat.sql`, `queries-everyday.sql`, beside this file) on the same store;
/// median and p95 of each, the ratio, and whether both return the same rows.
enum QueryBench {
  struct Row {
    var id: String
    var cypher: String
    var sqlRows: Int
    var sql: [Double]
    var bilat: [Double]?
    var bilatRows: Int?
    /// nil when Bilat did not run; else whether the rows are the same.
    var sameRows: Bool?
    var note: String?
    var ratio: Double? { bilat.map { Measure.median($0) / Measure.median(sql) } }
    /// The plain-schema SQL (``PlainReference``) and Kuzu, when measured; whether their rows
    /// equal Bilat's (or the own-schema SQL's when Bilat did not run).
    var plain: [Double]?
    var plainSame: Bool?
    var kuzu: [Double]?
    var kuzuSame: Bool?
    /// Why Kuzu has no time for this row (timeout, error, not run).
    var kuzuNote: String?
    /// For a peer-only variant row (`+sqlite_…` of queries.sql, `+kuzu_alt`): the base query's id.
    var variantOf: String?
  }

  struct Result {
    var scale: Workload.Scale
    var rows: [Row]
    var engineNote: String?
    /// Why the plain-schema SQL peer did not run (nil when it did or was not asked for).
    var plainNote: String?
    /// Kuzu's run, when that peer was asked for (its ``KuzuPeer/Result/failure`` says why not).
    var kuzu: KuzuPeer.Result?
    var peers: Set<BenchOptions.Peer> = []
  }

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let sqlFiles = ["queries-bilat.sql", "queries-everyday.sql"].map { directory.appendingPathComponent($0) }
  /// The project's own query set, run after the shared one.
  static let everydayFile = directory.appendingPathComponent("queries-everyday.cypher")

  /// `only`: ids (or id prefixes such as `q07`) of the queries to run; all when empty.
  static func run(
    _ graph: BenchGraph, shared: URL, quick: Bool, only: [String] = [], explain: Bool = false,
    peers: Peers = Peers()
  ) -> Result {
    var result = Result(scale: graph.workload.scale, rows: [])
    result.plainNote = peers.plainNote
    result.kuzu = peers.kuzu
    result.peers = peers.asked
    do {
      let cypher =
        try QueryFile.parse(shared.appendingPathComponent("queries.cypher").path, comment: "//")
        + QueryFile.parse(everydayFile.path, comment: "//")
      let sql = Dictionary(
        uniqueKeysWithValues: try sqlFiles.flatMap { try QueryFile.parse($0.path, comment: "--") }.map {
          ($0.id, $0.text)
        })
      let engine = CypherAdapter.make(graph.store)
      if engine == nil { result.engineNote = CypherAdapter.unavailable }
      for query in cypher where only.isEmpty || only.contains(where: { query.id.hasPrefix($0) }) {
        guard let sqlText = sql[query.id] else {
          result.rows.append(
            Row(id: query.id, cypher: query.text, sqlRows: 0, sql: [], note: "no hand SQL for it"))
          continue
        }
        log("query \(query.id)")
        if explain, let engine { log((try? engine.explain(query.text)) ?? "no plan") }
        var (row, reference) = measure(query, sqlText, graph: graph, engine: engine, quick: quick)
        let variants = peers.measure(&row, reference: reference, ordered: isOrdered(query.text), quick: quick)
        result.rows.append(row)
        result.rows += variants
      }
    } catch {
      result.engineNote = "queries not run: \(error)"
    }
    return result
  }

  private static func measure(
    _ query: QueryFile.Query, _ sqlText: String, graph: BenchGraph, engine: CypherAdapter?, quick: Bool
  ) -> (Row, [[String]]) {
    let minRuns = quick ? 3 : 7
    let budget = quick ? 0.5 : 3.0
    var row = Row(id: query.id, cypher: query.text, sqlRows: 0, sql: [])
    var sqlResult: [[String]] = []
    do {
      row.sql = try Measure.repeatedly(minRuns: minRuns, maxRuns: 500, budget: budget) {
        sqlResult = try graph.store.read { db in try Self.fetch(db.db, sqlText) }
      }
      row.sqlRows = sqlResult.count
      guard let engine else { return (row, sqlResult) }
      var bilatResult: [[String]] = []
      row.bilat = try Measure.repeatedly(minRuns: minRuns, maxRuns: 500, budget: budget) {
        bilatResult = try engine.run(query.text)
      }
      row.bilatRows = bilatResult.count
      row.sameRows = same(bilatResult, sqlResult, ordered: isOrdered(query.text))
      if row.sameRows == false {
        row.note = "rows differ: Bilat \(bilatResult.prefix(3)) vs SQL \(sqlResult.prefix(3))"
        log("MISMATCH \(query.id): Bilat and own-schema SQL return different rows")
      }
      return (row, bilatResult)
    } catch {
      row.note = "failed: \(error)"
    }
    return (row, sqlResult)
  }

  static func isOrdered(_ query: String) -> Bool { query.uppercased().contains("ORDER BY") }

  /// Whether two results hold the same rows: in the same order when the query orders them,
  /// else as multisets.
  static func same(_ a: [[String]], _ b: [[String]], ordered: Bool) -> Bool {
    ordered ? a == b : a.sorted(by: less) == b.sorted(by: less)
  }

  private static func less(_ a: [String], _ b: [String]) -> Bool { a.lexicographicallyPrecedes(b) }

  /// All rows of `sql`, each value rendered canonically (see ``canonical(_:)``).
  static func fetch(_ db: Database, _ sql: String) throws -> [[String]] {
    let statement = try db.cachedStatement(sql: sql)
    let cursor = try GRDB.Row.fetchCursor(statement)
    var rows: [[String]] = []
    while let row = try cursor.next() {
      rows.append((0..<row.count).map { canonical(row[$0] as DatabaseValue) })
    }
    return rows
  }

  /// A value as text both sides agree on: integers and strings as written, floats with
  /// Swift's shortest representation, null as `null`.
  static func canonical(_ value: DatabaseValue) -> String {
    switch value.storage {
    case .null: return "null"
    case .int64(let i): return String(i)
    case .double(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    case .string(let s): return s
    case .blob(let b): return "blob(\(b.count))"
    }
  }
}

/// A file of named queries: `<comment> @id NAME`, then the query (up to the next @id; other
/// comment lines skipped; SQL statements end with `;`).
enum QueryFile {
  struct Query {
    var id: String
    var text: String
  }

  static func parse(_ path: String, comment: String) throws -> [Query] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var queries: [Query] = []
    var current: Query?
    func finish() {
      if var query = current {
        query.text = query.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if query.text.hasSuffix(";") { query.text.removeLast() }
        if !query.text.isEmpty { queries.append(query) }
      }
      current = nil
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix(comment) {
        let body = trimmed.dropFirst(comment.count).trimmingCharacters(in: .whitespaces)
        if body.hasPrefix("@id ") {
          finish()
          current = Query(id: String(body.dropFirst(4)).trimmingCharacters(in: .whitespaces), text: "")
        }
        continue
      }
      guard current != nil else { continue }
      current?.text += line + "\n"
      // Cypher queries are one line each.
      if comment == "//" && !trimmed.isEmpty { finish() }
    }
    finish()
    return queries
  }
}
