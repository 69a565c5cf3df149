import Foundation

extension QueryBench {
  /// The peers of the query section: the plain-schema SQLite database with the statements of
  /// `../shared/bench/queries.sql`, and Kuzu's results (measured beforehand by ``KuzuPeer``).
  struct Peers {
    var plain: PlainConnection?
    /// Statements of queries.sql by id, in file order (`+sqlite_…` variants included).
    var plainSQL: [QueryFile.Query] = []
    /// Why the plain-schema peer did not run, when it was asked for.
    var plainNote: String?
    var kuzu: KuzuPeer.Result?
    var asked: Set<BenchOptions.Peer> = []

    /// Times the plain SQL of `row`'s query (warm-up, then the runs of the query bench) and
    /// takes Kuzu's figures for it; both are checked against `reference` (Bilat's rows).
    /// Returns the peer-only variant rows (`+sqlite_…`, `+kuzu_alt`).
    func measure(_ row: inout Row, reference: [[String]], ordered: Bool, quick: Bool) -> [Row] {
      var variants: [Row] = []
      if let plain {
        for query in plainSQL where query.id == row.id || query.id.hasPrefix(row.id + "+") {
          var target = query.id == row.id ? row : Row(id: query.id, cypher: "", sqlRows: 0, sql: [], variantOf: row.id)
          do {
            var rows: [[String]] = []
            target.plain = try Measure.repeatedly(
              minRuns: quick ? 3 : 7, maxRuns: 500, budget: quick ? 0.5 : 3.0
            ) { rows = try plain.fetch(query.text) }
            target.plainSame = QueryBench.same(rows, reference, ordered: ordered)
            if target.plainSame == false {
              log("MISMATCH \(query.id): plain-schema SQL returns \(rows.count) rows, Bilat \(reference.count)")
              target.note = appending(
                target.note, "plain SQL rows differ: \(rows.prefix(3)) vs Bilat \(reference.prefix(3))")
            }
          } catch {
            target.note = appending(target.note, "plain SQL failed: \(error)")
          }
          if query.id == row.id { row = target } else { variants.append(target) }
        }
      }
      if let kuzu {
        if let failure = kuzu.failure {
          row.kuzuNote = "not run (see above)"
        } else {
          take(kuzu.query(row.id), into: &row, reference: reference, ordered: ordered)
          if let alt = kuzu.query(row.id + "+kuzu_alt") {
            var variant = Row(id: alt.id, cypher: "", sqlRows: 0, sql: [], variantOf: row.id)
            take(alt, into: &variant, reference: reference, ordered: ordered)
            variants.append(variant)
          }
        }
      }
      return variants
    }

    private func take(_ query: KuzuPeer.Query?, into row: inout Row, reference: [[String]], ordered: Bool) {
      guard let query else {
        row.kuzuNote = "not run"
        return
      }
      if let error = query.error {
        row.kuzuNote = error
        return
      }
      row.kuzu = query.seconds
      let rows = query.rows ?? []
      row.kuzuSame = QueryBench.same(rows, reference, ordered: ordered)
      if row.kuzuSame == false {
        log("MISMATCH \(row.id): Kuzu returns \(rows.count) rows, Bilat \(reference.count)")
        row.note = appending(row.note, "Kuzu rows differ: \(rows.prefix(3)) vs Bilat \(reference.prefix(3))")
      }
    }

    private func appending(_ note: String?, _ text: String) -> String { note.map { "\($0); \(text)" } ?? text }
  }
}
