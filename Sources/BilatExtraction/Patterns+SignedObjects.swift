/// Documents named by their lower-case kind as the object of a signing: "signed an investment
/// agreement", "inked a civil nuclear pact", "signing a co-operation deal", "the signing of
/// bilateral documents". News names most documents this way; the modifiers say what kind of
/// document it is, so they are its name. "deal" and "pact" name a document here, elsewhere only
/// with a kind word (`mentionedDocuments`).
extension Patterns {
  /// Verbs whose object is a document when it ends in a document head.
  static let signingVerbs: Set<String> = [
    "signed", "sign", "signs", "signing", "inked", "ink", "inks", "inking", "concluded", "conclude", "concluding",
    "penned", "formalized", "formalised",
  ]
  /// Nouns that take the document as an "of" complement: "the signing of", "the conclusion of".
  static let signingNouns: Set<String> = ["signing", "signature", "conclusion", "inking"]
  /// Heads of a document named by its kind; plurals name a package of documents.
  static let objectDocumentHeads: Set<String> = [
    "agreement", "agreements", "deal", "deals", "pact", "pacts", "contract", "contracts", "treaty", "treaties",
    "accord", "accords", "documents", "instruments", "memorandum", "protocol", "protocols",
  ]
  /// Plural heads that need a modifier to name a package ("bilateral documents"); bare
  /// "agreements" after "signed" refers to no particular document.
  static let packageHeads: Set<String> = [
    "agreements", "deals", "pacts", "contracts", "treaties", "accords", "documents", "instruments", "protocols",
  ]
  /// Words that cannot be a document's modifier: determiners, quantities, adverbs of the clause.
  static let nonModifiers: Set<String> = [
    "the", "a", "an", "of", "in", "on", "for", "with", "by", "and", "or", "to", "at", "from", "also", "jointly",
    "formally", "officially", "successfully", "today", "yesterday", "already", "recently", "several", "some",
    "many", "various", "number", "series", "other", "more", "than", "over", "about", "their", "its", "his", "her",
    "our", "two", "both", "all", "any", "no", "this", "that", "these", "those", "which", "were", "was", "been", "had",
    "have", "has", "not", "further", "up", "down", "off", "out", "into", "back", "separate", "different",
  ]

  /// Adds an Agreement for each lower-case document kind a signing verb takes as its object.
  static func signedObjects(_ a: inout SentenceAnalysis) {
    addEach(&a) { a, v in signedObject(a, verb: v).map { ([$0.0], $0.1) } }
  }

  /// The document object of a signing word at `v`, and the index after it.
  static func signedObject(_ a: SentenceAnalysis, verb v: Int) -> (Span, Int)? {
    let t = a.tokens
    guard t[v].isWord, !t[v].isCapitalized else { return nil }
    var j = v + 1
    // "the signing of a deal"; a gerund takes its object directly: "by signing a fisheries deal"
    if signingNouns.contains(t[v].lower), j < t.count, t[j].lower == "of" {
      j += 1
    } else if !signingVerbs.contains(t[v].lower) {
      return nil
    }
    var determined = false
    if j < t.count, ["a", "an", "the"].contains(t[j].lower) {
      determined = true
      j += 1
    }
    return kindNamedDocument(a, from: j, determined: determined, rule: "agreement-signed-object")
  }

  /// A document named by one to three lower-case modifiers and its head from `lo` ("investment
  /// agreement", "civil nuclear pact"), and the index after it; `determined` when an article
  /// comes before (a bare plural needs none: "signed cooperation agreements").
  static func kindNamedDocument(_ a: SentenceAnalysis, from lo: Int, determined: Bool, rule: String) -> (Span, Int)? {
    let t = a.tokens
    // a sum before the kind is a modifier too: "a US$90 million arms deal"
    var j = amountEnd(t, from: lo)
    let modifiersStart = j
    // one to three lower-case modifiers, none of them another entity (a sector word may be one):
    // "investment", "civil nuclear", "bilateral cooperation"; "a Kazakh gas deal" keeps its demonym
    func isModifier(_ k: Int) -> Bool {
      k < t.count && t[k].isWord && (!t[k].isCapitalized || t[k].isAllCaps && k > lo)
        && !objectDocumentHeads.contains(t[k].lower) && !nonModifiers.contains(t[k].lower)
        && !countWords.contains(t[k].lower) && !t[k].lower.hasSuffix("ly")
        && (a.span(at: k).map({ $0.kind == .sector }) ?? true)
    }
    var joined = false
    while j < t.count, j - modifiersStart < (joined ? 4 : 3) {
      if isModifier(j) {
        j += 1
      } else if !joined, j > modifiersStart, t[j].lower == "and", isModifier(j + 1) {
        // two modifiers joined: "a friendship and cooperation treaty", "oil and gas agreements"
        joined = true
        j += 1
      } else {
        break
      }
    }
    guard j > lo, j < t.count, objectDocumentHeads.contains(t[j].lower), !t[j].isCapitalized,
      determined || packageHeads.contains(t[j].lower)
    else { return nil }
    let head = j
    // a title already read from the head on ("agreement on ...") keeps its words after the head
    var end = head + 1
    // (not a purpose: "an internal security agreement to fight crime" is named by its kind)
    if let s = a.span(at: head), s.kind == .agreement, s.tokens.lowerBound == head {
      if head + 1 < t.count, t[head + 1].lower != "to" { end = s.tokens.upperBound }
    } else if let s = a.span(at: head), s.kind != .agreement {
      return nil
    }
    // the object goes on as a compound ("an agreement package"): not this head
    if end == head + 1, end < t.count, t[end].isWord, !t[end].isCapitalized, !agreementLinks.contains(t[end].lower),
      !stopAfterNP.contains(t[end].lower), !verbObjects.contains(t[end].lower), !clauseAdverbs.contains(t[end].lower),
      !["and", "or", "worth", "signed"].contains(t[end].lower), !t[end].lower.hasSuffix("ed")
    {
      return nil
    }
    // a valued document with a purpose ("a $2 billion deal to lay a cable ...") and joined kinds
    // with their worth ("farming and mining agreements worth ...") are read whole elsewhere
    if modifiersStart > lo, end < t.count, t[end].lower == "to" { return nil }
    if joined, end < t.count, t[end].lower == "worth" { return nil }
    var doc = Span(kind: .agreement, tokens: lo..<end, name: "", rule: rule, confidence: 0.65)
    doc.inner = a.span(at: head)?.inner ?? []
    return (doc, end)
  }

  /// Adverbs of the clause that may follow a document's head: "concluding the agreement soon".
  static let clauseAdverbs: Set<String> = [
    "soon", "now", "later", "again", "too", "then", "there", "here",
    // participles without "-ed": "a security pact struck with ...", "the deal made in ..."
    "struck", "made", "drawn", "won", "sought", "held", "taken", "built", "done", "begun", "set",
  ]
  /// Currency signs and words, and the scales of a sum.
  static let currencyWords: Set<String> = [
    "$", "us", "us$", "usd", "€", "eur", "£", "¥", "rmb", "yuan", "dollar", "dollars", "euro", "euros",
  ]
  static let amountScales: Set<String> = ["million", "billion", "trillion", "mln", "bln", "bn", "mn"]

  /// The index after a sum of money at `i` ("US$ 720 million", "$35 billion",
  /// "17.5-million-dollar"), or `i`: a number with a currency or a scale, never a bare count.
  static func amountEnd(_ t: [Token], from i: Int) -> Int {
    var k = i
    var number = false
    var money = false
    while k < t.count, k - i < 5 {
      let w = t[k].lower
      if t[k].kind == .number || w.first?.isNumber == true {
        number = true
        if w.contains("million") || w.contains("billion") || w.contains("dollar") { money = true }
      } else if currencyWords.contains(w) || number && amountScales.contains(w) {
        money = true
      } else {
        break
      }
      k += 1
    }
    return number && money ? k : i
  }
}
