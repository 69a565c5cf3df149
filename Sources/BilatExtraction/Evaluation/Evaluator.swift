import BilatCore
import Foundation

/// Scores extraction against gold files: per entity label and relation type, plus the date and
/// place accuracy of matched meetings. Names match by transliteration-folded key over names and
/// aliases; Project, Facility and Agreement names match on content-word overlap.
public struct Evaluator: Sendable {
  public let extractor: Extractor

  public init(extractor: Extractor = Extractor()) {
    self.extractor = extractor
  }

  /// Gold files under `directory` (recursively), sorted.
  public static func goldFiles(in directory: String) -> [String] {
    let url = URL(fileURLWithPath: directory)
    guard let e = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { return [] }
    var out: [String] = []
    for case let f as URL in e where f.lastPathComponent.hasSuffix(".gold.json") { out.append(f.path) }
    return out.sorted()
  }

  /// Evaluates every gold file of `directory` against the extraction of its article.
  public func evaluate(directory: String) throws -> EvaluationReport {
    let files = Evaluator.goldFiles(in: directory)
    guard !files.isEmpty else { throw EvaluationError.noGold(directory: directory) }
    var report = EvaluationReport()
    for path in files {
      let gold = try GoldFile.load(path: path)
      let dir = (path as NSString).deletingLastPathComponent
      let articlePath = (dir as NSString).appendingPathComponent(gold.article)
      guard FileManager.default.fileExists(atPath: articlePath) else {
        throw EvaluationError.missingArticle(gold: path, article: gold.article)
      }
      let extraction = try extractor.extract(path: articlePath)
      score(extraction, gold, into: &report)
    }
    return report
  }

  /// Adds the scores of one article to `report`.
  public func score(_ x: Extraction, _ gold: GoldFile, into report: inout EvaluationReport) {
    report.articles += 1
    var notes: [String] = []
    // Entities
    for label in EvaluationReport.entityOrder {
      let g = gold.entities.filter { $0.label == label }
      let p = x.entities.filter { $0.label == label }
      var used = Set<Int>()
      var s = report.entities[label] ?? Score()
      for ge in g {
        let gn = [ge.name] + (ge.aliases ?? [])
        // exact names first, so a loose content-word match does not take another gold entity's prediction
        let exact = Set(gn.map(NameKey.transliterationFolded))
        if let k = p.indices.first(where: {
          !used.contains($0)
            && ([p[$0].name] + p[$0].aliases).contains { exact.contains(NameKey.transliterationFolded($0)) }
        })
          ?? p.indices.first(where: { !used.contains($0) && Evaluator.match(label, gn, [p[$0].name] + p[$0].aliases) })
        {
          used.insert(k)
          s.truePositives += 1
        } else {
          s.falseNegatives += 1
          notes.append("FN \(label): \(ge.name)")
        }
      }
      for k in p.indices where !used.contains(k) {
        s.falsePositives += 1
        notes.append("FP \(label): \(p[k].name)")
      }
      if !g.isEmpty || !p.isEmpty { report.entities[label] = s }
    }
    // Relations
    let matcher = RelationMatcher(x, gold)
    func goldNames(_ n: String) -> (label: String?, names: [String]) { matcher.goldNames(n) }
    for type in EvaluationReport.relationOrder {
      let g = gold.relations.filter { $0.type == type }
      let p = x.relations.filter { $0.type == type }
      var used = Set<Int>()
      var s = report.relations[type] ?? Score()
      for gr in g {
        // a prediction naming the gold entities exactly is preferred to a content-word match
        let hit = [true, false].lazy.compactMap { strict in
          p.indices.first { k in !used.contains(k) && matcher.matches(gr, p[k], strict: strict) }
        }.first
        if let k = hit {
          used.insert(k)
          s.truePositives += 1
          if type == "MET_WITH" {
            report.meetingDate.total += 1
            if gr.date == p[k].properties["date"]?.stringValue {
              report.meetingDate.correct += 1
            } else {
              notes.append(
                "DATE \(gr.start ?? "")–\(gr.end): gold \(gr.date ?? "-") got \(p[k].properties["date"]?.stringValue ?? "-")"
              )
            }
            report.meetingPlace.total += 1
            let pp = p[k].properties["place"]?.stringValue
            let ok =
              gr.place.map { gp in pp.map { Evaluator.match("City", goldNames(gp).names, [$0]) } ?? false }
              ?? (pp == nil)
            if ok {
              report.meetingPlace.correct += 1
            } else {
              notes.append("PLACE \(gr.start ?? "")–\(gr.end): gold \(gr.place ?? "-") got \(pp ?? "-")")
            }
          }
        } else {
          s.falseNegatives += 1
          notes.append("FN \(type): \(gr.start ?? (gr.meeting ?? []).joined(separator: "+")) → \(gr.end)")
        }
      }
      for k in p.indices where !used.contains(k) {
        s.falsePositives += 1
        let (a, b) = x.names(of: p[k])
        notes.append("FP \(type): \(type == "DISCUSSED" ? a : a) → \(b)")
      }
      if !g.isEmpty || !p.isEmpty { report.relations[type] = s }
    }
    report.details[gold.article] = notes
  }

  static let stopwords: Set<String> = [
    "the", "of", "a", "an", "and", "in", "on", "for", "to", "with", "between", "at", "by", "its", "their", "new",
  ]

  /// Content-word stems (first five letters) of a name.
  static func contentWords(_ s: String) -> Set<String> {
    let words = NameKey.normalized(s).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    // plural and singular share a stem: "ports" / "port"
    var out = Set<String>()
    for w in words where !stopwords.contains(String(w)) {
      let stem: Substring = w.count > 3 && w.hasSuffix("s") ? w.dropLast() : w
      out.insert(String(stem.prefix(5)))
    }
    return out
  }

  /// Whether two sets of names denote the same thing for `label`.
  public static func match(_ label: String, _ a: [String], _ b: [String]) -> Bool {
    let ka = Set(a.map(NameKey.transliterationFolded))
    if b.contains(where: { ka.contains(NameKey.transliterationFolded($0)) }) { return true }
    guard ["Project", "Facility", "Agreement", "Place", "Organization"].contains(label) else { return false }
    for x in a {
      let wx = contentWords(x)
      for y in b {
        let wy = contentWords(y)
        let shared = wx.intersection(wy).count
        guard shared > 0 else { continue }
        if Double(shared) >= 0.6 * Double(min(wx.count, wy.count))
          && Double(shared) >= 0.4 * Double(max(wx.count, wy.count))
        {
          return true
        }
      }
    }
    return false
  }
}
