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
    out += importPeerTable()
    for result in imports {
      let bilat = result.bilatPhases.map { "\($0.name) \(format($0.seconds))" }.joined(separator: ", ")
      let reference = result.referencePhases.map { "\($0.0) \(format($0.1))" }.joined(separator: ", ")
      out.append(
        "- \(result.scale.rawValue), seconds per phase (fastest run): Bilat: \(bilat); reference: \(reference)"
          + (result.plainPhases.isEmpty
            ? "" : "; plain schema: " + result.plainPhases.map { "\($0.0) \(format($0.1))" }.joined(separator: ", ")))
    }
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

  func ms(_ seconds: Double) -> String {
    let ms = seconds * 1000
    return ms < 0.1 ? format(ms, digits: 3) : ms < 10 ? format(ms, digits: 2) : format(ms, digits: 1)
  }
}
