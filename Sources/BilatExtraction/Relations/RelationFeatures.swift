/// The one feature builder of relation candidates: a relation the rules found and a proposed pair
/// are described by the same sentence, position and pair geometry features (a proposed pair adds
/// the finer geometry of ``RelationFeatures/pairFeatures(_:_:_:_:)``). Built once per extraction;
/// it tokenizes each sentence once.
final class RelationFeatures {
  let x: Extraction
  let tokens: SentenceTokens
  private var lone: [Int: Bool] = [:]
  /// Caches of the proposals: a sentence's features by type, an entity's names as words.
  private var sentenceCache: [PairKey: [String]] = [:]
  private var shapeCache: [Int: [String]] = [:]
  private var wordsCache: [Int: [String]] = [:]

  init(_ x: Extraction) {
    self.x = x
    tokens = SentenceTokens(x)
  }

  /// Where sentence `s` sits: its bucket, the article's last quarter, a line alone in its paragraph.
  func position(_ s: Int) -> [String] {
    var f = ["s:" + (s == 0 ? "0" : s <= 2 ? "1-2" : s <= 6 ? "3-6" : s <= 15 ? "7-15" : "16+")]
    if x.sentences.count > 4, s * 4 >= x.sentences.count * 3 { f.append("lastQuarter") }
    if isLoneLine(s) { f.append("loneLine") }
    return f
  }

  /// Whether sentence `s` is the only sentence of its paragraph (a headline, a caption, a link).
  func isLoneLine(_ s: Int) -> Bool {
    if let l = lone[s] { return l }
    var result = false
    if x.sentences.indices.contains(s) {
      let start = x.sentences[s].range.lowerBound
      if let p = x.article.paragraphs.firstIndex(where: { $0.contains(start) }) {
        let paragraph = x.article.paragraphs[p]
        result = x.sentences.filter { paragraph.contains($0.range.lowerBound) }.count == 1
      }
    }
    lone[s] = result
    return result
  }

  /// The closest two mentions of `start` and `end` in sentence `s`, or nil when one is not named there.
  func geometry(_ start: ExtractedEntity, _ end: ExtractedEntity, _ s: Int) -> PairGeometry? {
    let a = start.mentions.filter { $0.sentence == s }.map { $0.start..<$0.end }
    let b = end.mentions.filter { $0.sentence == s }.map { $0.start..<$0.end }
    let tk = tokens[s]
    var best: PairGeometry? = nil
    for sa in a {
      for sb in b {
        let lo = min(sa.upperBound, sb.upperBound), hi = max(sa.lowerBound, sb.lowerBound)
        let between = tk.indices.filter { tk[$0].start >= lo && tk[$0].end <= hi }
        if let best, between.count >= best.between.count { continue }
        best = PairGeometry(start: sa, end: sb, between: between, tokens: tk)
      }
    }
    return best
  }

  /// The geometry features a rule's relation and a proposal share: distance and clause break.
  static func distanceFeatures(_ g: PairGeometry) -> [String] {
    let d = g.between.count
    return [
      "dist:" + (d <= 1 ? "0-1" : d <= 3 ? "2-3" : d <= 7 ? "4-7" : d <= 15 ? "8-15" : "16+"),
      g.crossesClause ? "clause:cross" : "clause:same",
    ]
  }
}

extension RelationFeatures {
  /// Auxiliaries and copulas: with a lowercase word in -ed, the verb cues between two ends.
  static let auxiliaries: Set<String> = ["is", "are", "was", "were", "will", "has", "have", "had", "be", "been"]
  static let listMarks: Set<String> = [",", ";", "and", "or", "&"]

  /// The finer geometry of a proposed pair: which end comes first, the words between (numbers and
  /// names abstracted), the exact short sequence between, a verb between, the words just outside.
  static func pairFeatures(_ g: PairGeometry) -> [String] {
    let tk = g.tokens
    var f = [g.startFirst ? "order:se" : "order:es"]
    for w in Set(g.between.map { RelationCandidate.word(tk[$0]) }) { f.append("bw:" + w) }
    if g.between.count <= 3 {
      f.append("seq:" + (g.between.isEmpty ? "-" : g.between.map { RelationCandidate.word(tk[$0]) }.joined(separator: " ")))
    }
    if g.between.contains(where: { i in
      let t = tk[i]
      return !t.isCapitalized && t.isWord && (auxiliaries.contains(t.lower) || (t.lower.count > 4 && t.lower.hasSuffix("ed")))
    }) {
      f.append("verb:between")
    }
    let first = g.startFirst ? g.start : g.end, second = g.startFirst ? g.end : g.start
    // a wish, plan or proposal (the rules' wish words) between the ends or before them
    if g.between.contains(where: { ExtractionState.wishWords.contains(tk[$0].lower) }) { f.append("wish:between") }
    if tk.contains(where: { $0.end <= first.lowerBound && ExtractionState.wishWords.contains($0.lower) }) {
      f.append("wish:before")
    }
    if let i = tk.lastIndex(where: { $0.end <= first.lowerBound }) { f.append("prev:" + RelationCandidate.word(tk[i])) } else {
      f.append("prev:^")
    }
    if let i = tk.firstIndex(where: { $0.start >= second.upperBound }) { f.append("next:" + RelationCandidate.word(tk[i])) } else {
      f.append("next:$")
    }
    return f
  }

  /// Whether `inner`'s name or an alias of three letters or more is written, as whole words, in
  /// `outer`'s name ("the agreement between A and B" names A).
  func names(_ inner: ExtractedEntity, in outer: ExtractedEntity) -> Bool {
    guard inner.id != outer.id, let text = words(outer).first else { return false }
    return words(inner).dropFirst().contains { text.contains($0) }
  }

  /// An entity's name, then its name and aliases of three letters or more, lower-cased, with
  /// every character but letters and digits a space, between spaces.
  private func words(_ e: ExtractedEntity) -> [String] {
    if let w = wordsCache[e.id] { return w }
    func words(_ s: String) -> String {
      var out = String.UnicodeScalarView([" "])
      for u in s.lowercased().unicodeScalars {
        out.append(u.properties.isAlphabetic || u.properties.numericType != nil ? u : " ")
      }
      out.append(" ")
      return String(out)
    }
    let w = [words(e.name)] + ([e.name] + e.aliases).filter { $0.count >= 3 }.map(words)
    wordsCache[e.id] = w
    return w
  }

  /// ``RelationCandidate/sentenceFeatures(_:)`` of sentence `s`, computed once.
  func shape(_ s: Int) -> [String] {
    if let f = shapeCache[s] { return f }
    let f = RelationCandidate.sentenceFeatures(tokens[s])
    shapeCache[s] = f
    return f
  }

  /// The features of sentence `s` every proposal of type `t` in it shares, prefixed `t+|`:
  /// position and the sentence's cue, modal and clutter shapes.
  func sentenceFeatures(_ s: Int, type t: String) -> [String] {
    let key = PairKey(t, s, 0)
    if let f = sentenceCache[key] { return f }
    let f = (position(s) + shape(s)).map { t + "+|" + $0 }
    sentenceCache[key] = f
    return f
  }

  /// Whether the mention at `span` stands in a list: a list mark right before or after it.
  static func inList(_ span: Range<Int>, _ tk: [Token]) -> Bool {
    let before = tk.lastIndex { $0.end <= span.lowerBound }.map { listMarks.contains(tk[$0].lower) } ?? false
    let after = tk.firstIndex { $0.start >= span.upperBound }.map { listMarks.contains(tk[$0].lower) } ?? false
    return before || after
  }
}

/// Two mentions of a pair in one sentence: their UTF-16 spans and the indices of the tokens
/// between them.
struct PairGeometry {
  var start: Range<Int>
  var end: Range<Int>
  var between: [Int]
  var tokens: [Token]

  /// Whether a comma, semicolon, bracket, dash or clause word lies between the two mentions.
  var crossesClause: Bool { between.contains { RelationCandidate.clauseBreaks.contains(tokens[$0].lower) } }
  var startFirst: Bool { start.lowerBound <= end.lowerBound }
  /// The UTF-16 span covering both mentions (the proposal's evidence).
  var span: Range<Int> { min(start.lowerBound, end.lowerBound)..<max(start.upperBound, end.upperBound) }
}
