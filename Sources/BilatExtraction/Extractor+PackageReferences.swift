import BilatCore

/// Documents of a package told in the sentence after its signing: "Several agreements were signed
/// on Monday. The agreements cover trade, media and regional cooperation." The plural refers back
/// to what was just signed, so each document it lists is signed by the same parties.
extension ExtractionState {
  /// Words that refer back to a package just told.
  static let packageReferrers: Set<String> = ["the", "these", "those", "both", "other"]

  mutating func referredPackages(_ a: SentenceAnalysis) {
    let t = a.tokens
    let docs = a.spans.filter { $0.kind == .agreement && $0.rule == "agreement-distributed" }
    guard let first = docs.first, a.sentence.index > 0,
      ExtractionState.agreementTrigger(t).map({ !$0.signing }) ?? true
    else { return }
    // the plural head before the list, with a referring word before it: "The agreements cover",
    // "Other bilateral accords concern" (the rest of the package just signed)
    guard
      let head = t[..<first.tokens.lowerBound].lastIndex(where: { Patterns.documentSingulars[$0.lower] != nil })
    else { return }
    var lead = head
    while lead > 0, head - lead < 2, Patterns.documentModifiers.contains(t[lead - 1].lower) { lead -= 1 }
    guard lead > 0, ExtractionState.packageReferrers.contains(t[lead - 1].lower) else { return }
    let previous = a.sentence.index - 1
    var parties: [Int] = []
    var date: [String: PropertyValue] = [:]
    for r in relationList where r.type == "SIGNED" && r.evidence.contains(where: { $0.sentence == previous }) {
      if !parties.contains(r.start) { parties.append(r.start) }
      if date["date"] == nil, let d = r.properties["date"] { date["date"] = d }
    }
    if parties.count < 2 {
      // "The memoranda cover ..." paragraphs after "signed seven memoranda": the package signed
      // last whose name has the same plural head
      (parties, date) = signersOfPackage(headed: t[head].lower)
    }
    guard parties.count >= 2 else { return }
    let ev = mention(a, (lead - 1)..<docs[docs.count - 1].tokens.upperBound, "package-reference", 0.6)
    for d in docs {
      guard let id = d.entity else { continue }
      signedDocuments.insert(id)
      for p in parties { relate("SIGNED", p, id, date, ev) }
      // a signed document binds its parties, as one told signed in its own sentence
      relate("AGREED", parties[0], parties[1], ["about": .string(table.entities[id].name)], ev, key: "doc\(id)")
    }
  }
}

extension ExtractionState {
  /// The signers and date of the last signed package whose name ends in `plural` ("seven
  /// memoranda of understanding" for "memoranda"); none when no such package was signed.
  func signersOfPackage(headed plural: String) -> ([Int], [String: PropertyValue]) {
    let signed = relationList.filter { $0.type == "SIGNED" }
    guard
      let last = signed.last(where: { r in
        let words = table.entities[r.end].name.lowercased().split(separator: " ")
        return words.count >= 2 && words.contains { $0 == plural }
      })
    else { return ([], [:]) }
    var parties: [Int] = []
    for r in signed where r.end == last.end && !parties.contains(r.start) { parties.append(r.start) }
    return (parties, last.properties["date"].map { ["date": $0] } ?? [:])
  }
}

/// Documents a later sentence lists as what was signed: "The visit ended with the signing of six
/// documents. These documents included an agreement on air services and a protocol on customs."
/// The plural (or "they") before "include" refers back to the package of a signing told in one of
/// the two sentences before; each document after it is signed by the same parties.
extension ExtractionState {
  /// Verbs that list the members of a package.
  /// "They envisage", "The documents cover", "The agreements span": other verbs that list them.
  static let includeWords: Set<String> = [
    "include", "includes", "included", "including", "envisage", "envisages", "envisaged", "cover", "covers",
    "covered", "span", "spans",
  ]
  /// Words that stand for the package before "include": its plural head or a pronoun.
  static let packageSubjects: Set<String> = ["they", "these", "those", "them"]

  mutating func includedDocuments(_ a: SentenceAnalysis, _ meetings: [MeetingInfo], _ analyses: [SentenceAnalysis]) {
    let t = a.tokens
    guard a.sentence.index > 0, ExtractionState.agreementTrigger(t).map({ !$0.signing }) ?? true,
      let inc = t.firstIndex(where: { ExtractionState.includeWords.contains($0.lower) }), inc > 0
    else { return }
    // the subject names the package: "These five documents included", "They include", "Other agreements included"
    let subject = t[max(0, inc - 4)..<inc]
    guard
      subject.contains(where: {
        Patterns.documentPlurals.contains($0.lower) || ExtractionState.packageSubjects.contains($0.lower)
      }), !subject.contains(where: { $0.kind == .punctuation })
    else { return }
    let docs = a.spans.filter {
      $0.kind == .agreement && $0.tokens.lowerBound > inc && !Patterns.isMentionOnly($0) && $0.entity != nil
    }
    guard !docs.isEmpty else { return }
    var parties: [Int] = []
    var date: [String: PropertyValue] = [:]
    for previous in stride(from: a.sentence.index - 1, through: max(0, a.sentence.index - 2), by: -1) {
      for r in relationList where r.type == "SIGNED" && r.evidence.contains(where: { $0.sentence == previous }) {
        if !parties.contains(r.start) { parties.append(r.start) }
        if date["date"] == nil, let d = r.properties["date"] { date["date"] = d }
      }
      if parties.count >= 2 { break }
      parties = []
    }
    // "A set of documents was signed after the talks. These documents include ...":
    // a signing told without its signers is the article's two sides'
    if parties.count < 2,
      analyses.contains(where: {
        (a.sentence.index - 2..<a.sentence.index).contains($0.sentence.index)
          && ExtractionState.agreementTrigger($0.tokens)?.signing == true
      })
    {
      parties = mainCountries(meetings, sentence: a.sentence.index)
      if let d = article.published { date["date"] = .string(d.iso) }
    }
    guard parties.count >= 2 else { return }
    let ev = mention(a, inc..<docs[docs.count - 1].tokens.upperBound, "package-members", 0.6)
    for d in docs {
      guard let id = d.entity, !signedDocuments.contains(id) else { continue }
      signedDocuments.insert(id)
      let own = titleSigners(a, d)
      let signers = own.count == 2 ? own : parties
      for p in signers { relate("SIGNED", p, id, date, ev) }
      relate("AGREED", parties[0], parties[1], ["about": .string(table.entities[id].name)], ev, key: "doc\(id)")
    }
  }
}
