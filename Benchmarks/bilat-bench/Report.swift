import Foundation

/// The markdown report.
struct Report {
  let options: BenchOptions
  var machine: [String] = []
  var loadAfter = ""
  var imports: [ImportBench.Result] = []
  var queries: QueryBench.Result?
  var extraction: [ExtractionBench.Result] = []
  var exports: [ExportBench.Row] = []

  /// Peer medians (ms, large scale) from shared/bench/README.md: Kuzu, hand SQL on the plain schema.
  static let peers: [String: (kuzu: String, sql: String)] = [
    "q01_who_met_person": ("17.0", "8.5"), "q03_two_hop_count": ("812", "391"),
    "q06_varlen_1_3_reachable": ("timeout", "1794"), "q07_top10_most_met": ("40.7", "142"),
    "q09_shortest_path": ("22.0", "426"), "q11_point_lookup": ("6.3", "0.003"),
  ]

  func markdown() -> String {
    var out: [String] = []
    let date = ISO8601DateFormatter().string(from: Date())
    out.append("## bilat-bench, \(date)")
    out.append("")
    for line in machine { out.append("- \(line)") }
    out.append("- Load average at end: \(loadAfter)")
    out.append("")
    if !imports.isEmpty { out += importSection() }
    if let queries { out += querySection(queries) }
    if !extraction.isEmpty { out += extractionSection() }
    if !exports.isEmpty { out += exportSection() }
    return out.joined(separator: "\n")
  }

  private func importSection() -> [String] {
    var out = [
      "### Import",
      "",
      "GraphImporter (CSV files → committed graph, end to end) against the plain-SQLite reference (the same table rows,",
      "prepared in memory beforehand, inserted with one prepared statement per table, same schema, same settings,",
      "indexes built after the load), each into a fresh database file; median of the runs. Target: ≥ 500k rows/s",
      "and ≤ 1.3× the reference's time. CPU columns: rows per second of process CPU time (user + system), less",
      "disturbed than wall time when other work shares the machine.",
      "",
      "| workload | rows | runs | Bilat rows/s | reference rows/s | Bilat / reference time | Bilat rows/CPU-s | reference rows/CPU-s | Bilat / reference CPU |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in imports {
      out.append(
        "| \(result.scale.rawValue) | \(result.rows) | \(result.bilatSeconds.count) | \(Int(result.bilatRate)) | "
          + "\(Int(result.referenceRate)) | \(format(result.ratio))× | \(Int(result.bilatCPURate)) | "
          + "\(Int(result.referenceCPURate)) | \(format(result.cpuRatio))× |")
    }
    out.append("")
    for result in imports {
      let bilat = result.bilatPhases.map { "\($0.name) \(format($0.seconds))" }.joined(separator: ", ")
      let reference = result.referencePhases.map { "\($0.0) \(format($0.1))" }.joined(separator: ", ")
      out.append(
        "- \(result.scale.rawValue), seconds per phase (fastest run): Bilat: \(bilat); reference: \(reference)")
    }
    out.append("")
    return out
  }

  private func querySection(_ result: QueryBench.Result) -> [String] {
    var out = [
      "### Queries (\(result.scale.rawValue) workload)",
      "",
      "Each query of shared/bench/queries.cypher and Benchmarks/bilat-bench/queries-everyday.cypher through Bilat's",
      "Cypher engine (parse, compile, run, rows materialized) and its hand-written SQL (queries-bilat.sql,",
      "queries-everyday.sql; prepared statement cached, rows",
      "materialized) on the same store; milliseconds. Peers: median ms at the large scale from shared/bench/README.md.",
      "",
    ]
    if let note = result.engineNote { out += ["Bilat Cypher: \(note)", ""] }
    out.append(
      "| query | rows | Bilat median | Bilat p95 | SQL median | SQL p95 | Bilat / SQL | same rows | Kuzu | SQL (plain schema) |"
    )
    out.append("|---|---:|---:|---:|---:|---:|---:|:-:|---:|---:|")
    for row in result.rows {
      let peer = Self.peers[row.id]
      let bilatMedian = row.bilat.map { ms(Measure.median($0)) } ?? "n/a"
      let bilatP95 = row.bilat.map { ms(Measure.quantile($0, 0.95)) } ?? "n/a"
      let same = row.sameRows.map { $0 ? "yes" : "**no**" } ?? "n/a"
      let sqlMedian = row.sql.isEmpty ? "n/a" : ms(Measure.median(row.sql))
      let sqlP95 = row.sql.isEmpty ? "n/a" : ms(Measure.quantile(row.sql, 0.95))
      out.append(
        "| \(row.id) | \(row.bilatRows ?? row.sqlRows) | \(bilatMedian) | \(bilatP95) | \(sqlMedian) | \(sqlP95) | "
          + "\(row.ratio.map { format($0) + "×" } ?? "n/a") | \(same) | \(peer?.kuzu ?? "") | \(peer?.sql ?? "") |")
    }
    let notes = result.rows.compactMap { row in row.note.map { "- \(row.id): \($0)" } }
    if !notes.isEmpty { out += [""] + notes }
    out.append("")
    return out
  }

  private func extractionSection() -> [String] {
    var out = ["### Extraction", ""]
    out.append(
      "One thread in a child process; wall-clock words/s, and words per CPU second (less sensitive to other load).")
    out.append("")
    out.append("| corpus MB | words | seconds | words/s (wall) | words/CPU-s | peak memory MB |")
    out.append("|---:|---:|---:|---:|---:|---:|")
    for result in extraction {
      if let note = result.note, result.words == nil {
        out.append("| \(note) | | | | | |")
        continue
      }
      out.append(
        "| \(result.megabytes.map { format($0, digits: 1) } ?? "") | \(result.words ?? 0) | "
          + "\(result.seconds.map { format($0) } ?? "") | \(result.wordsPerSecond.map { String(Int($0)) } ?? "") | "
          + "\(result.wordsPerCPUSecond.map { String(Int($0)) } ?? "") | "
          + "\(result.peakBytes.map { format(Double($0) / 1_048_576, digits: 0) } ?? "") |")
    }
    out.append("")
    return out
  }

  private func exportSection() -> [String] {
    var out = ["### Export (\(options.scale.rawValue) graph, `bilat export` in a child process)", ""]
    out.append("| format | seconds (wall) | CPU seconds | peak memory MB | output MB | note |")
    out.append("|---|---:|---:|---:|---:|---|")
    for row in exports {
      out.append(
        "| \(row.format) | \(row.seconds.map { format($0) } ?? "n/a") | \(row.cpuSeconds.map { format($0) } ?? "n/a") | "
          + "\(row.peakBytes.map { format(Double($0) / 1_048_576, digits: 0) } ?? "n/a") | "
          + "\(row.outputBytes.map { format(Double($0) / 1_048_576, digits: 1) } ?? "n/a") | \(row.note ?? "") |")
    }
    out.append("")
    return out
  }

  private func ms(_ seconds: Double) -> String {
    let ms = seconds * 1000
    return ms < 0.1 ? format(ms, digits: 3) : ms < 10 ? format(ms, digits: 2) : format(ms, digits: 1)
  }
}
