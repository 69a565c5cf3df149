import Foundation

extension Report {
  /// Import beside the peers: Bilat, its own-schema reference, the plain two-table schema, Kuzu.
  func importPeerTable() -> [String] {
    guard imports.contains(where: { $0.plainRate != nil || $0.kuzu != nil }) else { return [] }
    var out = [
      "Against the peers, same files: the plain two-table schema of shared/bench/queries.sql (rows parsed",
      "beforehand, then in one transaction: inserts through prepared statements, its three indexes, ANALYZE, COMMIT),",
      "and Kuzu 0.11.3 (`COPY` into one node table per kind and one relationship table per type; the split of the CSV",
      "files per table is not counted). Rows per second of wall time (medians; Kuzu: one load).",
      "",
      "| workload | Bilat rows/s | own-schema reference rows/s | plain-schema reference rows/s | Kuzu rows/s | Bilat / plain time | Bilat / Kuzu time |",
      "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for result in imports {
      let plain = result.plainRate.map { String(Int($0)) } ?? "not run"
      let kuzu = kuzuCell(result.kuzu)
      let plainRatio = result.plainRate.map { format($0 / result.bilatRate) + "×" } ?? ""
      let kuzuRatio = result.kuzu?.loadRate.map { format($0 / result.bilatRate) + "×" } ?? ""
      out.append(
        "| \(result.scale.rawValue) | \(Int(result.bilatRate)) | \(Int(result.referenceRate)) | \(plain) | \(kuzu) | "
          + "\(plainRatio) | \(kuzuRatio) |")
    }
    out.append("")
    return out
  }

  private func kuzuCell(_ kuzu: KuzuPeer.Result?) -> String {
    guard let kuzu else { return "off" }
    if let failure = kuzu.failure { return "not run: \(failure.prefix(120))" }
    return kuzu.loadRate.map { String(Int($0)) } ?? "n/a"
  }

  func querySection(_ result: QueryBench.Result) -> [String] {
    var out = [
      "### Queries (\(result.scale.rawValue) workload)",
      "",
      "Each query of shared/bench/queries.cypher (q…) and Benchmarks/bilat-bench/queries-everyday.cypher (e…),",
      "in one run: Bilat's Cypher engine (parse and compile cached by text, run, rows materialized); hand SQL for",
      "Bilat's own schema (queries-bilat.sql, queries-everyday.sql) on the same store; the plain two-table schema",
      "with shared/bench/queries.sql (prepared statement, rows materialized; `+sqlite_…` rows are its variants);",
      "Kuzu 0.11.3 through its Python API (`// @kuzu` dialect lines; `+kuzu_alt` rows are its variants; 30 s",
      "timeout). Each: one warm-up, then at least 7 runs and up to 3 s; median ms. Ratios above 1 mean Bilat is",
      "slower. \"same rows\": own-schema SQL / plain SQL / Kuzu against Bilat (ordered where the query has ORDER BY).",
      "",
    ]
    if let note = result.engineNote { out += ["Bilat Cypher: \(note)", ""] }
    if let note = result.plainNote { out += ["Plain-schema SQL: \(note)", ""] }
    if result.peers.contains(.kuzu), let failure = result.kuzu?.failure { out += ["Kuzu: not run: \(failure)", ""] }
    out.append(
      "| query | rows | Bilat ms | Bilat p95 | SQL own schema ms | SQL plain ms | Kuzu ms | Bilat / SQL plain | Bilat / Kuzu | Bilat / own SQL | same rows |"
    )
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|:-:|")
    let bilatByID = Dictionary(result.rows.compactMap { row in row.bilat.map { (row.id, Measure.median($0)) } }) {
      a, _ in a
    }
    for row in result.rows {
      let bilat = bilatByID[row.variantOf ?? row.id]
      let bilatCell = row.variantOf != nil ? "(\(bilat.map(ms) ?? "n/a"))" : (bilat.map(ms) ?? "n/a")
      let p95 = row.bilat.map { ms(Measure.quantile($0, 0.95)) } ?? ""
      let own = row.sql.isEmpty ? (row.variantOf == nil ? "n/a" : "") : ms(Measure.median(row.sql))
      let plain = row.plain.map { ms(Measure.median($0)) } ?? (result.peers.contains(.sql) ? "—" : "off")
      let kuzu =
        row.kuzu.map { ms(Measure.median($0)) }
        ?? (result.peers.contains(.kuzu) ? (row.kuzuNote ?? "—") : "off")
      let plainRatio = ratio(bilat, row.plain)
      let kuzuRatio = ratio(bilat, row.kuzu)
      let ownRatio = row.variantOf == nil ? (row.ratio.map { format($0) + "×" } ?? "n/a") : ""
      let same = [
        row.variantOf == nil ? mark(row.sameRows) : "", mark(row.plainSame), mark(row.kuzuSame),
      ].joined(separator: " / ")
      let rows = row.bilatRows ?? (row.variantOf == nil ? row.sqlRows : 0)
      out.append(
        "| \(row.id) | \(row.variantOf == nil ? String(rows) : "") | \(bilatCell) | \(p95) | \(own) | \(plain) | "
          + "\(kuzu) | \(plainRatio) | \(kuzuRatio) | \(ownRatio) | \(same) |")
    }
    let notes = result.rows.compactMap { row in row.note.map { "- \(row.id): \($0)" } }
    if !notes.isEmpty { out += ["", "**Notes and mismatches:**"] + notes }
    out.append("")
    return out
  }

  private func ratio(_ bilat: Double?, _ peer: [Double]?) -> String {
    guard let bilat, let peer, !peer.isEmpty else { return "" }
    let value = bilat / Measure.median(peer)
    let digits = value >= 100 ? 0 : value >= 0.01 ? 2 : 4
    return format(value, digits: digits) + "×"
  }

  private func mark(_ same: Bool?) -> String { same.map { $0 ? "yes" : "**NO**" } ?? "–" }
}
