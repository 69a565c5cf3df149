import BilatCore

/// Signers named in a document's own title: "a memorandum between the Centre for Policy Studies
/// under the President of A and the Institute of Economics of B", "an agreement between Acme Oil
/// and Borealis Gas on ...". Real pages name the bodies or companies that sign this way; they, not
/// the article's two countries, sign the document, even when no dictionary or pattern knows them.
extension ExtractionState {
  /// Lower-case words that may join the capitalized words of a body's name ("Ministry of Trade
  /// and Industry", "Service under the Government of A").
  static let bodyNameJoiners: Set<String> = ["of", "for", "and", "the", "under", "'s", "’s", "&"]

  /// The two signers a document's title names: the countries or organizations after "between"
  /// (``namedParties(_:_:)``), else the two capitalized bodies after "between", each an
  /// organization (made one when no span names it). Empty when the title names no two bodies.
  mutating func titleSigners(_ a: SentenceAnalysis, _ doc: Span) -> [Int] {
    let named = namedParties(a, doc)
    let fallback = named.count == 2 ? named : []
    guard let (first, second) = ExtractionState.titleBodies(a, doc) else { return fallback }
    // the spans read the same two bodies: their reading stands ("the Government of A" is A)
    let spans = doc.inner + a.spans
    if !fallback.isEmpty, spans.contains(where: { $0.tokens == first }), spans.contains(where: { $0.tokens == second })
    {
      if let id = doc.entity { addTitleWithoutSigners(a, doc, second: second, id) }
      return fallback
    }
    let words = [first, second].map { lexicon.matches(in: Array(a.tokens[$0])) }
    // "talks between President X and Prime Minister Y": people, not bodies, follow "between" (a
    // title inside a body's name is the body's: "Centre ... under the President of A")
    guard
      !words.joined().contains(where: { $0.best.kind == .person || $0.best.kind == .title && $0.tokens.lowerBound == 0 }
      )
    else { return fallback }
    let ids = [first, second].map { bodyEntity(a, doc, $0) }
    guard ids[0] != ids[1] else { return [] }
    if let id = doc.entity { addTitleWithoutSigners(a, doc, second: second, id) }
    return ids
  }

  /// Adds the document's title without its signers as an alias: "an agreement on academic
  /// cooperation between the X University and the Y Institute" is also "agreement on academic
  /// cooperation", the name the rest of a story (and a reader) uses once the signers are known.
  mutating func addTitleWithoutSigners(_ a: SentenceAnalysis, _ doc: Span, second: Range<Int>, _ id: Int) {
    let r = doc.tokens
    guard let b = r.first(where: { a.tokens[$0].lower == "between" }), b > r.lowerBound else { return }
    var short = a.cleanText(r.lowerBound..<b)
    if second.upperBound < r.upperBound { short += " " + a.text(second.upperBound..<r.upperBound) }
    guard short.split(separator: " ").count >= 2, short != table.entities[id].name,
      !table.entities[id].aliases.contains(short)
    else { return }
    table.entities[id].aliases.append(short)
  }

  /// The token ranges of the two bodies after "between" in `doc`'s title, each a run of
  /// capitalized words with joiners, split at the "and" that begins the second body.
  static func titleBodies(_ a: SentenceAnalysis, _ doc: Span) -> (Range<Int>, Range<Int>)? {
    let t = a.tokens
    let r = doc.tokens
    guard let b = r.first(where: { t[$0].lower == "between" }) else { return nil }
    var k = b + 1
    if k < r.upperBound, t[k].lower == "the" { k += 1 }
    var e = k
    while e < r.upperBound {
      let tk = t[e]
      if tk.isWord && tk.isCapitalized {
        e += 1
      } else if bodyNameJoiners.contains(tk.lower), e + 1 < r.upperBound,
        t[e + 1].isCapitalized || t[e + 1].lower == "the"
      {
        e += 1
      } else {
        break
      }
    }
    let ands = (k..<e).filter { t[$0].lower == "and" }
    // "the Ministry of Trade and Industry and the Ministry of Economy": the "and the" splits
    guard let split = ands.first(where: { $0 + 1 < e && t[$0 + 1].lower == "the" }) ?? (ands.count == 1 ? ands[0] : nil)
    else { return nil }
    func trimmed(_ x: Range<Int>) -> Range<Int> {
      var lo = x.lowerBound
      var hi = x.upperBound
      while lo < hi, bodyNameJoiners.contains(t[lo].lower) { lo += 1 }
      while hi > lo, bodyNameJoiners.contains(t[hi - 1].lower) { hi -= 1 }
      return lo..<hi
    }
    let first = trimmed(k..<split)
    let second = trimmed((split + 1)..<e)
    guard isBodyName(a, first), isBodyName(a, second) else { return nil }
    return (first, second)
  }

  /// Whether tokens `r` name a body: a capitalized organization head in them ("Customs Service
  /// under the Government of A"), else capitalized words naming no country, place or person (a
  /// company: "Acme Oil"). A person's title ("the Minister for Energy") is no body.
  static func isBodyName(_ a: SentenceAnalysis, _ r: Range<Int>) -> Bool {
    guard !r.isEmpty else { return false }
    let t = a.tokens
    let inner = a.spans.filter { $0.tokens.overlaps(r) }
    if inner.contains(where: { [.person, .title].contains($0.kind) }) { return false }
    if r.contains(where: { t[$0].isCapitalized && t[$0].has(WordClass.orgHead) }) { return true }
    if let s = inner.first, inner.count == 1, s.tokens == r, s.kind == .organization { return true }
    return r.allSatisfy { t[$0].isWord && t[$0].isCapitalized }
      && !inner.contains { [.country, .city, .demonym, .place, .group, .side].contains($0.kind) }
  }

  /// The entity of a body named in `doc`'s title: the organization or country span that covers
  /// exactly those tokens; else the organization found at their start, which the whole name is
  /// another name of ("Ministry of Trade" of "Ministry of Trade and Industry", "Tourism Committee"
  /// of "Tourism Committee under the Government of A"); else an organization of that name.
  mutating func bodyEntity(_ a: SentenceAnalysis, _ doc: Span, _ r: Range<Int>) -> Int {
    let inner = a.spans + doc.inner
    let name = a.cleanText(r)
    if let s = inner.first(where: { $0.tokens == r && [.organization, .country].contains($0.kind) }), let e = s.entity {
      return e
    }
    if let s = inner.first(where: { $0.kind == .organization && $0.tokens.lowerBound == r.lowerBound }),
      s.tokens.upperBound < r.upperBound, let e = s.entity
    {
      if !table.entities[e].aliases.contains(name) { table.entities[e].aliases.append(name) }
      return e
    }
    let id = table.entity("Organization", name)
    let country = inner.first { $0.kind == .country && r.contains($0.tokens.lowerBound) }
    table.fill(id, "country", country?.name)
    table.mention(id, mention(a, r, "title-signer", 0.6), surface: a.cleanText(r))
    return id
  }
}
