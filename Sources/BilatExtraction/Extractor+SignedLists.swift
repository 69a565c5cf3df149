import BilatCore

/// Documents listed one per line or item after a signing sentence that ends in a colon: "The
/// following documents were signed:" then "- An agreement on ...;", "A memorandum on ...;".
extension ExtractionState {
  /// Tokens that may open a list item before its document: bullets, numbers and articles.
  static let itemOpeners: Set<String> = ["-", "–", "—", "•", "*", "·", "a", "an", "the", ")", "."]

  /// Whether a sentence introduces a list of signed documents: a signing word, no wish, and a
  /// colon at its end.
  /// Without the colon ("The following documents were signed", its colon lost with the page's
  /// markup), "following" and a next sentence that opens with a document do.
  static func opensSignedList(_ a: SentenceAnalysis, next: SentenceAnalysis? = nil) -> Bool {
    let t = a.tokens
    guard let last = t.last, let trig = agreementTrigger(t), trig.signing else { return false }
    let colon = last.text == ":"
    let announced =
      last.kind != .punctuation && t.contains(where: { $0.lower == "following" })
      && next.flatMap(leadingDocument) != nil
    guard colon || announced else { return false }
    return !isWish(t, before: trig.index)
  }

  /// The document a list item opens with, if it opens with one (after a bullet, number or article).
  static func leadingDocument(_ a: SentenceAnalysis) -> Span? {
    var k = 0
    while k < a.tokens.count && k < 3
      && (itemOpeners.contains(a.tokens[k].lower) || a.tokens[k].kind == .number || a.tokens[k].isDash)
    { k += 1 }
    guard let s = a.span(at: k), s.kind == .agreement, s.tokens.lowerBound == k else { return nil }
    return s
  }

  /// SIGNED for each document of a list introduced by a signing sentence ending in a colon. The
  /// signers are those of the introducing sentence (else the article's main parties); a document
  /// whose title names its two parties ("Memorandum between the X agency and the Y office") is
  /// signed by them.
  mutating func signedLists(_ analyses: [SentenceAnalysis], _ meetings: [MeetingInfo]) {
    var k = 0
    while k < analyses.count {
      let intro = analyses[k]
      k += 1
      guard ExtractionState.opensSignedList(intro, next: k < analyses.count ? analyses[k] : nil) else { continue }
      var parties: [Int] = []
      for r in relationList
      where r.type == "SIGNED" && r.evidence.contains(where: { $0.sentence == intro.sentence.index }) {
        if !parties.contains(r.start) { parties.append(r.start) }
      }
      if parties.count < 2 { parties = mainCountries(meetings, sentence: intro.sentence.index) }
      var date: [String: PropertyValue] = [:]
      if let d = statedDate(intro) ?? article.published { date["date"] = .string(d.iso) }
      while k < analyses.count {
        let item = analyses[k]
        let document = ExtractionState.leadingDocument(item)
        let endsItem = item.tokens.last.map { $0.text == ";" } ?? false
        guard document != nil || endsItem else { break }
        k += 1
        guard let doc = document, let id = doc.entity else { continue }
        let named = titleSigners(item, doc)
        let signers = named.count == 2 ? named : parties
        guard signers.count >= 2 else { continue }
        let ev = mention(item, doc.tokens, "signed-list-item", 0.7)
        for p in signers { relate("SIGNED", p, id, date, ev) }
      }
    }
  }
}
