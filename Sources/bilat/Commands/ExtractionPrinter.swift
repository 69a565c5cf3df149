import BilatExtraction
import Foundation

/// Prints an extraction for people checking what the rules find in one article.
enum ExtractionPrinter {
  static func show(path: String) throws {
    let x = try Extractor().extract(path: path)
    let a = x.article
    print("title: \(a.title ?? "-")\npublished: \(a.published?.iso ?? "-")\ndateline city: \(a.datelineCity ?? "-")")
    print("\nsentences:")
    for s in x.sentences { print("  [\(s.index)] \(s.text)") }
    print("\nentities:")
    for e in x.entities {
      let props = e.properties.filter { $0.key != "name" }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      print(
        "  \(e.id) \(e.label): \(e.name) \(e.aliases.isEmpty ? "" : "aka \(e.aliases)") \(props.joined(separator: " "))"
      )
      let rules = e.mentions.map { "s\($0.sentence):\($0.rule)" }.joined(separator: ", ")
      print("      mentions: \(rules)")
    }
    print("\nrelations:")
    for r in x.relations {
      let props = r.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      let rules = Set(r.evidence.map(\.rule)).sorted().joined(separator: ",")
      print(
        "  \(x.entities[r.start].name) -[\(r.type)]-> \(x.entities[r.end].name) \(props.joined(separator: " ")) {\(rules)}"
      )
    }
    if !x.documentCandidates.isEmpty, case .success(let model) = LinearModel.bundledDocuments {
      print("\ndocument candidates (bundled document model's score, off by default; at or below \(model.threshold) one without relations would be dropped):")
      for c in x.documentCandidates {
        print("  \(c.label): \(c.name): \(String(format: "%.2f", model.score(c.features)))")
      }
    }
    // the candidates index the relations before the relation model's filter
    var rulesOnly = Extractor()
    let proposals = rulesOnly.proposals
    rulesOnly.relationModel = nil
    rulesOnly.proposals = proposals
    let unfiltered = rulesOnly.extract(a)
    if !unfiltered.relationCandidates.isEmpty, case .success(let model) = LinearModel.bundledRelations {
      print("\nrelation candidates (bundled relation model's score; at or below \(model.threshold) a judged one is dropped, above it a proposed one is added):")
      for c in unfiltered.relationCandidates {
        let r = c.relation
        let judged = model.weights[(c.origin == .rule ? "T:" : "P:") + c.type] != nil
        let score = judged ? String(format: "%.2f", model.score(c.features)) : "not judged"
        let what = c.origin == .rule ? "" : " (proposed)"
        print("  \(unfiltered.entities[r.start].name) -[\(c.type)]-> \(unfiltered.entities[r.end].name)\(what): \(score)")
      }
    }
    guard !x.meetingCandidates.isEmpty else { return }
    print("\nmeeting candidates (learned model score; above \(MeetingModel.bundled?.threshold ?? 0) a pair met):")
    for c in x.meetingCandidates {
      let score = MeetingModel.bundled.map { String(format: "%.2f", $0.score(c.features)) } ?? "-"
      print("  s\(c.sentence) \(x.entities[c.first].name) + \(x.entities[c.second].name): \(score)")
    }
  }
}
