/// A recognized stretch of tokens in one sentence, before entities are merged across sentences.
struct Span: Sendable {
  enum Kind: Sendable, Equatable {
    case country, demonym, city, organization, title, sector, person, facility, project, agreement, place
    /// "the Kazakh side" → a country.
    case side
    /// "the parties", "both countries" → the countries taking part.
    case group
    /// "he", "she".
    case pronoun
  }

  var kind: Kind
  var tokens: Range<Int>
  /// Canonical name or surface form.
  var name: String
  var country: String?
  var rule: String
  var confidence: Double
  /// Person title, organization.
  var title: String?
  var organization: String?
  /// Entity index after resolution.
  var entity: Int?
  /// Person spans with a single-word name ("President Tokayev") still to be resolved.
  var partial = false
  /// A title that introduces a named person ("Prime Minister Alikhan Smailov"), not a reference.
  var attached = false
  /// A person's country the sentence states ("Chilean President A", "A, Minister of X of Y"), not
  /// one known only from the dictionary: an article names its own side's officials without one.
  var countryStated = false
  /// Facilities named inside a project phrase.
  var inner: [Span] = []
}

/// One sentence after pass 1: tokens and spans.
struct SentenceAnalysis: Sendable {
  var sentence: Sentence
  var tokens: [Token]
  var spans: [Span]
  /// For each token, the index of the span covering it, or -1.
  var cover: [Int]
  /// The article's UTF-16 text (shared storage).
  let units: [UInt16]

  init(sentence: Sentence, tokens: [Token], units: [UInt16]) {
    self.units = units
    self.sentence = sentence
    self.tokens = tokens
    self.spans = []
    self.cover = Array(repeating: -1, count: tokens.count)
  }

  /// Whether the tokens are free of spans.
  func isFree(_ r: Range<Int>) -> Bool { r.allSatisfy { cover[$0] < 0 } }

  /// Adds a span, removing the spans it overlaps (the caller decides precedence).
  mutating func add(_ span: Span) {
    var overlapped = false
    for t in span.tokens where cover[t] >= 0 {
      overlapped = true
      break
    }
    if overlapped {
      let r = span.tokens
      spans.removeAll { $0.tokens.overlaps(r) }
    }
    // keep spans sorted by position: insert in place
    let at = spans.firstIndex { $0.tokens.lowerBound > span.tokens.lowerBound } ?? spans.count
    spans.insert(span, at: at)
    for k in at..<spans.count { for t in spans[k].tokens { cover[t] = k } }
    if overlapped { reindex() }
  }

  mutating func reindex() {
    spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    for i in cover.indices { cover[i] = -1 }
    for (k, s) in spans.enumerated() { for t in s.tokens { cover[t] = k } }
  }

  /// Spans strictly inside `r` (for rebuilding composite spans).
  func spans(in r: Range<Int>) -> [Span] {
    spans.filter { $0.tokens.lowerBound >= r.lowerBound && $0.tokens.upperBound <= r.upperBound }
  }

  /// The UTF-16 range of tokens `r`.
  func utf16(_ r: Range<Int>) -> Range<Int> { tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end }

  /// The surface text of tokens `r`, with the original spacing (a hard-wrapped paragraph's line
  /// break inside it is a space: "the Cabinet of Ministers of\nKyrgyzstan").
  func text(_ r: Range<Int>) -> String {
    let u = utf16(r)
    let s = UTF16Text.string(units, u)
    guard units[u].contains(0x0A) else { return s }
    return s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The span covering token `token`; nil past the sentence's end or where no span covers it.
  func span(at token: Int) -> Span? {
    guard cover.indices.contains(token), cover[token] >= 0 else { return nil }
    return spans[cover[token]]
  }

  /// The country named possessively right before token `lo` ("Ghana's A"), or nil.
  func possessiveCountry(before lo: Int) -> Span? {
    guard lo >= 2, tokens[lo - 1].lower == "'s" || tokens[lo - 1].lower == "’s", let c = span(at: lo - 2),
      c.kind == .country, c.tokens.upperBound == lo - 1
    else { return nil }
    return c
  }

  /// The tokens `lo..<hi` without a leading "the"/"a" and trailing connectors, as text.
  func cleanText(_ r: Range<Int>) -> String {
    var lo = r.lowerBound
    var hi = r.upperBound
    // "A. B. Tulegenov": an initial is no article
    while lo < hi - 1 && ["the", "a", "an"].contains(tokens[lo].lower) && tokens[lo + 1].text != "." { lo += 1 }
    while hi > lo + 1 && ["the", "and", "of", "for", "'s", ","].contains(tokens[hi - 1].lower) { hi -= 1 }
    return text(lo..<hi)
  }

  /// Where a title's own words end: before the first "of [the] <country|organization>".
  func titleEnd(_ r: Range<Int>) -> Int {
    var i = r.lowerBound + 1
    while i < r.upperBound {
      if tokens[i].lower == "of" || tokens[i].lower == "for" {
        var j = i + 1
        while j < r.upperBound && tokens[j].lower == "the" { j += 1 }
        if j < r.upperBound, let s = span(at: j), [.country, .organization, .demonym, .city].contains(s.kind) {
          return i
        }
      }
      i += 1
    }
    return r.upperBound
  }
}
