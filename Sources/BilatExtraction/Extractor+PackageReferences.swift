import BilatCore

/// Documents of a package told in the sentence after its signing: "Several agreements were signed
/// on Monday. The agreements cover trade, media and regional cooperation." The plural refers back
/// to what was just signed, so each document it lists is signed by the same parties.
extension ExtractionState {
  /// Words that refer back to a package just told.
  static let packageReferrers: Set<String> = ["the", "these", "those", "both"]

  mutating func referredPackages(_ a: SentenceAnalysis) {
    let t = a.tokens
    let docs = a.spans.filter { $0.kind == .agreement && $0.rule == "agreement-distributed" }
    guard let first = docs.first, a.sentence.index > 0,
      ExtractionState.agreementTrigger(t).map({ !$0.signing }) ?? true
    else { return }
    // the plural head before the list, with a referring word before it: "The agreements cover"
    guard
      let head = t[..<first.tokens.lowerBound].lastIndex(where: { Patterns.documentSingulars[$0.lower] != nil }),
      head > 0, ExtractionState.packageReferrers.contains(t[head - 1].lower)
    else { return }
    let previous = a.sentence.index - 1
    var parties: [Int] = []
    var date: [String: PropertyValue] = [:]
    for r in relationList where r.type == "SIGNED" && r.evidence.contains(where: { $0.sentence == previous }) {
      if !parties.contains(r.start) { parties.append(r.start) }
      if date["date"] == nil, let d = r.properties["date"] { date["date"] = d }
    }
    guard parties.count >= 2 else { return }
    let ev = mention(a, (head - 1)..<docs[docs.count - 1].tokens.upperBound, "package-reference", 0.6)
    for d in docs {
      guard let id = d.entity else { continue }
      signedDocuments.insert(id)
      for p in parties { relate("SIGNED", p, id, date, ev) }
      // a signed document binds its parties, as one told signed in its own sentence
      relate("AGREED", parties[0], parties[1], ["about": .string(table.entities[id].name)], ev, key: "doc\(id)")
    }
  }
}
