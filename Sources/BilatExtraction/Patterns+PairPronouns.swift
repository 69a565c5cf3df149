/// "Both of them discussed ...", "the two of them agreed ...": a pronoun phrase for the two people
/// told just before. Real pages name the two sides in one sentence ("A said the visit of B would
/// ...") and tell what they did together in the next; the phrase refers to that pair as "the two
/// ministers" does.
extension Patterns {
  /// The rule of a pair told by a pronoun phrase.
  static let pairPronounRule = "pair-pronoun"

  /// Adds a group span for each "both of them", "(the) two of them".
  static func pairPronouns(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var i = 0
    while i + 2 < t.count {
      var k = i
      if t[k].lower == "the", k + 1 < t.count, t[k + 1].lower == "two" { k += 1 }
      guard ["both", "two"].contains(t[k].lower), k + 2 < t.count, t[k + 1].lower == "of", t[k + 2].lower == "them",
        a.isFree(i..<(k + 3))
      else {
        i += 1
        continue
      }
      a.add(Span(kind: .group, tokens: i..<(k + 3), name: "", rule: pairPronounRule, confidence: 0.7))
      i = k + 3
    }
  }
}
