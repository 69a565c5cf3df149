import Foundation

/// Scores of the same articles under several extraction modes, side by side.
public struct EvaluationComparison: Sendable {
  /// Mode names ("rules", "tagger", "both") and their reports, in column order.
  public var columns: [(mode: String, report: EvaluationReport)]

  public init(columns: [(mode: String, report: EvaluationReport)]) {
    self.columns = columns
  }

  /// One row per entity label and relation type, with precision, recall and F1 per mode.
  public func markdown(title: String) -> String {
    func f(_ d: Double) -> String { String(format: "%.2f", d) }
    let articles = columns.first?.report.articles ?? 0
    var out = "### \(title) (\(articles) articles)\n\n| kind | gold |"
    var rule = "|---|---:|"
    for c in columns {
      out += " \(c.mode) P | \(c.mode) R | \(c.mode) F1 |"
      rule += "---:|---:|---:|"
    }
    out += "\n" + rule + "\n"
    for (order, table) in [
      (EvaluationReport.entityOrder, \EvaluationReport.entities), (EvaluationReport.relationOrder, \.relations),
    ] {
      let present = Set(columns.flatMap { $0.report[keyPath: table].keys })
      for k in order + present.filter({ !order.contains($0) }).sorted() where present.contains(k) {
        let gold = columns.compactMap { $0.report[keyPath: table][k]?.gold }.max() ?? 0
        out += "| \(k) | \(gold) |"
        for c in columns {
          let s = c.report[keyPath: table][k] ?? Score()
          out += " \(f(s.precision)) | \(f(s.recall)) | \(f(s.f1)) |"
        }
        out += "\n"
      }
    }
    out += "\n| aggregate | gold |"
    for c in columns { out += " \(c.mode) P | \(c.mode) R | \(c.mode) F1 |" }
    out += "\n" + rule + "\n"
    for (name, pick) in [("entities", \EvaluationReport.entities), ("relations", \.relations)] {
      let totals = columns.map { $0.report[keyPath: pick].values.reduce(Score(), +) }
      out += "| \(name) | \(totals.map(\.gold).max() ?? 0) |"
      for s in totals { out += " \(f(s.precision)) | \(f(s.recall)) | \(f(s.f1)) |" }
      out += "\n"
    }
    return out
  }
}
