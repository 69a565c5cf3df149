/// Documents of a signed package told one by one: "nine documents were signed, including the
/// construction of a cement plant, the opening of a joint school, and on cooperation in tourism".
/// Each listed subject is a document of its own ("document on the construction of ..."), and the
/// count names no document when its documents are listed.
extension Patterns {
  /// The singular of a plural document word, used in the names of listed documents.
  static let documentSingulars: [String: String] = [
    "agreements": "agreement", "mous": "memorandum", "memoranda": "memorandum", "memorandums": "memorandum",
    "documents": "document", "instruments": "instrument", "deals": "deal", "contracts": "contract",
    "protocols": "protocol", "treaties": "treaty", "accords": "accord",
  ]
  /// Words between a counted package and its list: "were (also) signed, including".
  static let packageVerbs: Set<String> = [
    "were", "was", "also", "signed", "inked", "concluded", "have", "has", "been", "had", "exchanged",
  ]
  /// Words that end a list item that is a clause, not a subject ("..., the ministry said").
  static let reportingWords: Set<String> = [
    "said", "says", "noted", "added", "stated", "reported", "reports", "according", "told",
  ]

  /// Verbs that open the sentence's own clause after a list set off by commas.
  static let clauseVerbs: Set<String> = [
    "were", "was", "are", "is", "will", "would", "have", "has", "had", "said", "says",
  ]

  /// Splits the list after the package word at `k` into documents. Returns whether two or more
  /// documents were found (then the count is no document of its own).
  static func listedDocuments(_ a: inout SentenceAnalysis, after k: Int, plural: String) -> Bool {
    let t = a.tokens
    guard let singular = documentSingulars[plural] else { return false }
    var j = k
    while j < t.count && j - k < 4 && packageVerbs.contains(t[j].lower) { j += 1 }
    if j < t.count && t[j].text == "," { j += 1 }
    guard j < t.count, t[j].lower == "including" || t[j].text == ":" else { return false }
    var items: [Range<Int>] = []
    var listed = 0
    var s = j + 1
    var e = s
    while e <= t.count {
      guard e == t.count || t[e].text == "," || t[e].text == ";" || t[e].text == "." else {
        e += 1
        continue
      }
      var lo = s
      if lo < e && t[lo].lower == "and" { lo += 1 }
      if lo < e, let d = a.span(at: lo), d.kind == .agreement {
        listed += 1  // an item that is already a document: "an agreement on tourism"
      } else if e - lo >= 3, isSubject(a, lo..<e) {
        items.append(lo..<e)
      } else {
        break
      }
      guard e < t.count, t[e].text == "," else { break }
      s = e + 1
      e = s
    }
    guard items.count + listed >= 2 else { return false }
    for r in items {
      let subject = a.text(r)
      let name = t[r.lowerBound].lower == "on" ? singular + " " + subject : singular + " on " + subject
      var doc = Span(kind: .agreement, tokens: r, name: name, rule: "agreement-listed", confidence: 0.6)
      doc.inner = a.spans(in: r).filter { [.project, .facility, .country, .organization].contains($0.kind) }
      doc.inner += doc.inner.flatMap(\.inner)
      for n in doc.inner.indices where doc.inner[n].name.isEmpty {
        doc.inner[n].name = a.cleanText(doc.inner[n].tokens)
      }
      a.add(doc)
    }
    return true
  }

  /// Whether tokens `r` read as a document's subject: a lower-case noun phrase ("the
  /// construction of ...", "on cooperation in ...") without a person or a reporting clause.
  static func isSubject(_ a: SentenceAnalysis, _ r: Range<Int>) -> Bool {
    let t = a.tokens
    guard t[r.lowerBound].isWord, !t[r.lowerBound].isCapitalized else { return false }
    // "including on A and B, were signed ...": the sentence's own verb after the list, no subject
    if clauseVerbs.contains(t[r.lowerBound].lower) { return false }
    for i in r {
      if reportingWords.contains(t[i].lower) { return false }
      if let s = a.span(at: i), s.kind == .person || s.kind == .title || s.kind == .agreement { return false }
    }
    return true
  }
}

/// A counted package whose documents the sentence goes on to name ("four agreements in Beijing,
/// including one waiving some debt", "8 new documents were signed:", "five documents, namely
/// ..."): the named documents are what was signed, and the count names no document of its own,
/// even when fewer than two of them can be read as documents (`listedDocuments`).
extension Patterns {
  /// Words that open the naming of a package's members.
  static let itemizers: Set<String> = ["including", "namely", "notably"]
  /// Words that open a member rather than a list of sectors ("including civil aviation" names
  /// fields): a pronoun, a preposition of a document's subject, an article or a count.
  static let memberOpeners: Set<String> = ["one", "on", "a", "an", "the", "those", "ones", ":"]

  /// Whether the package word at `k` is followed, within its sentence, by the naming of its members.
  static func itemizedPackage(_ a: SentenceAnalysis, after k: Int) -> Bool {
    let t = a.tokens
    var j = k
    while j < t.count, j - k <= 12 {
      if t[j].text == ":" && j == t.count - 1 { return true }
      if itemizers.contains(t[j].lower) {
        let m = j + 1
        guard m < t.count else { return false }
        // "including a barter deal by which ...": a member named by its kind; "including a
        // sum for ...", "including the restoration of ...": no document, the count stays one
        if ["a", "an", "the"].contains(t[m].lower), a.span(at: m + 1)?.kind != .agreement {
          return false
        }
        if memberOpeners.contains(t[m].lower) || countWords.contains(t[m].lower) || t[m].kind == .number {
          return true
        }
        return a.span(at: m).map { $0.kind == .agreement && $0.tokens.lowerBound == m } ?? false
      }
      if t[j].text == "." || t[j].text == ";" { return false }
      j += 1
    }
    return false
  }
}

extension Patterns {
  /// Adds the member a counted package's itemizer names by its kind ("five accords ...,
  /// including a barter deal by which ..."), when no other rule read it.
  static func addItemizedKindDocument(_ a: inout SentenceAnalysis, after k: Int) {
    let t = a.tokens
    guard let j = (k..<min(t.count, k + 13)).first(where: { itemizers.contains(t[$0].lower) }),
      j + 2 < t.count, ["a", "an", "the"].contains(t[j + 1].lower), a.span(at: j + 2) == nil,
      let (doc, _) = kindNamedDocument(a, from: j + 2, determined: true, rule: "agreement-itemized")
    else { return }
    a.add(doc)
  }
}
