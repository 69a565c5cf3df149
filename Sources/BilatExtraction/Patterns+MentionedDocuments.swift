/// Documents named by their lower-case kind outside a signing: "progress on a double tax
/// agreement", "the preferential trade agreement between the two countries", "the need for a
/// detailed commercial agreement". News mentions documents under way or in force this way; the
/// modifiers say what kind of document it is, so, as for a signed object, they are its name.
/// Such a mention does not say the document was signed or is in force ("the need for a commercial
/// agreement"), so it gives no SIGNED or AGREED (`isMentionOnly`).
extension Patterns {
  /// Articles and possessives before a document mentioned by its kind.
  static let mentionDeterminers: Set<String> = ["a", "an", "the", "its", "their"]
  /// Singular heads of a mentioned document (a plural names no particular document here).
  static let mentionHeads: Set<String> = ["agreement", "treaty", "contract", "accord", "pact", "deal"]
  /// Heads too loose with a modifier that says nothing of the kind ("a good deal", "the pact's
  /// critics"): they need a sector word or a document kind ("an investment deal").
  static let looseMentionHeads: Set<String> = ["pact", "deal"]
  /// Modifiers that rank or date a document but do not say which kind it is.
  static let vagueDocumentModifiers: Set<String> = [
    "new", "first", "second", "same", "previous", "latest", "last", "current", "final", "big", "important",
    "historic", "such", "existing", "whole", "key", "major", "landmark", "long-term", "unique", "preliminary",
    "good", "great", "possible", "potential", "relevant", "proposed", "future", "earlier", "recent", "old",
    "original", "entire", "draft", "similar", "broad", "comprehensive", "mutual", "formal", "initial", "signed",
    "corresponding", "respective", "specific", "special", "further", "fresh",
  ]

  /// The rule of a document only mentioned by its kind.
  static let kindMentionRule = "agreement-kind-mention"
  /// Links that begin a title this rule cannot read ("a cooperation agreement on ..."): the
  /// document is the title's, not its kind's.
  static let titleLinks: Set<String> = ["on", "of", "for", "about", "regarding", "concerning"]

  /// Adds an Agreement for each singular document a determiner introduces by its kind.
  static func mentionedDocuments(_ a: inout SentenceAnalysis) {
    addEach(&a) { a, d in mentionedDocument(a, determiner: d).map { ([$0.0], $0.1) } }
  }

  /// The document a determiner at `d` introduces by its lower-case kind, and the index after it.
  static func mentionedDocument(_ a: SentenceAnalysis, determiner d: Int) -> (Span, Int)? {
    let t = a.tokens
    guard mentionDeterminers.contains(t[d].lower), d + 1 < t.count,
      let (doc, end) = kindNamedDocument(a, from: d + 1, determined: true, rule: kindMentionRule)
    else { return nil }
    let head = end - 1
    let modifiers = doc.tokens.lowerBound..<head
    // a title already read from the head on ("the agreement on ...") keeps its own name
    guard mentionHeads.contains(t[head].lower), a.span(at: head) == nil,
      end == t.count || !titleLinks.contains(t[end].lower),
      modifiers.contains(where: { !vagueDocumentModifiers.contains(t[$0].lower) })
    else { return nil }
    if looseMentionHeads.contains(t[head].lower) {
      guard
        modifiers.contains(where: {
          documentModifiers.contains(t[$0].lower) || a.span(at: $0)?.kind == .sector
        }) || amountEnd(t, from: modifiers.lowerBound) > modifiers.lowerBound
      else { return nil }
    }
    return (doc, end)
  }

  /// Determiners that compare a document with others instead of naming one: "has signed such
  /// agreements with ten countries", "similar accords exist with ...".
  static let comparingDeterminers: Set<String> = ["such", "similar"]

  /// Drops the documents a comparing determiner introduces: they stand for a kind told elsewhere
  /// (often the other side's earlier documents with third countries), so they are no document of
  /// this story and nobody signs them here.
  static func dropComparedDocuments(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    let before = a.spans.count
    a.spans.removeAll { s in
      guard s.kind == .agreement else { return false }
      let first = s.tokens.lowerBound
      if comparingDeterminers.contains(t[first].lower), first + 1 < t.count, t[first + 1].lower != "as" { return true }
      return first > 0 && comparingDeterminers.contains(t[first - 1].lower)
    }
    if a.spans.count != before { a.reindex() }
  }

  /// Whether `span` is a document only mentioned by its kind, which binds no party.
  static func isMentionOnly(_ span: Span) -> Bool { span.kind == .agreement && span.rule == kindMentionRule }
}
