extension Patterns {
  /// Heads of the standing bodies two governments share.
  static let commissionHeads: Set<String> = ["commission", "committee"]
  /// Words before a commission's head that make it a body of two governments even in lower case.
  static let intergovernmentalWords: Set<String> = ["intergovernmental", "inter-governmental"]

  /// The commissions two governments keep, named by their remit: "the Intergovernmental
  /// Commission on Trade, Science and Technical Cooperation" (the organization pattern stops at
  /// "on"; a remit that does not end on "Cooperation" is left out), and, in lower case, "the Chile-Peru intergovernmental commission", "the
  /// intergovernmental commission on trade, economic and humanitarian cooperation". The gold
  /// records them as organizations; a bare "the intergovernmental commission" is left alone (it
  /// most often refers back to one named before).
  static func commissions(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    // capitalized bodies: their remit after "on" belongs to the name
    for s in a.spans where s.kind == .organization && s.rule == "org-pattern" {
      let hi = s.tokens.upperBound
      guard commissionHeads.contains(t[hi - 1].lower), let end = remitEnd(a, after: hi, capitalized: true) else {
        continue
      }
      var longer = s
      longer.tokens = s.tokens.lowerBound..<end
      longer.name = a.cleanText(longer.tokens)
      a.add(longer)
    }
    // lower-case intergovernmental commissions with a pair of countries or a remit
    for i in t.indices where i > 0 && commissionHeads.contains(t[i].lower) && !t[i].isCapitalized {
      guard intergovernmentalWords.contains(t[i - 1].lower), a.isFree((i - 1)..<(i + 1)) else { continue }
      var lo = i - 1
      // "the Chile-Peru intergovernmental commission", "the Chile- Peru ..."
      if lo > 0, t[lo - 1].isWord, t[lo - 1].isCapitalized, t[lo - 1].text.utf8.contains(0x2D) {
        lo -= 1
      } else if lo > 2, t[lo - 1].isCapitalized, t[lo - 2].isDash || t[lo - 2].text == "-", t[lo - 3].isCapitalized {
        lo -= 3
      } else if lo > 1, t[lo - 1].isCapitalized, t[lo - 2].text.hasSuffix("-"), t[lo - 2].isCapitalized {
        lo -= 2
      }
      let end = remitEnd(a, after: i + 1, capitalized: false)
      guard lo < i - 1 || end != nil else { continue }
      let r = lo..<(end ?? (i + 1))
      guard r.allSatisfy({ a.span(at: $0).map { [.country, .demonym, .sector].contains($0.kind) } ?? true }) else {
        continue
      }
      a.add(Span(kind: .organization, tokens: r, name: a.cleanText(r), rule: "org-commission", confidence: 0.7))
    }
  }

  /// The end of a commission's remit after "on" at `k`: words joined by commas and "and", up to
  /// and with "cooperation" ("on Trade, Economic and Technical Cooperation"); capitalized words
  /// only when `capitalized`. Nil when the remit ends otherwise: a name after it ("the Committee
  /// on Land and Water Aliya Bekova") is the chairman's, not the body's.
  static func remitEnd(_ a: SentenceAnalysis, after k: Int, capitalized: Bool) -> Int? {
    let t = a.tokens
    guard k + 1 < t.count, t[k].lower == "on" else { return nil }
    var j = k + 1
    while j < t.count, j - k <= 12 {
      let tk = t[j]
      if tk.text == "," || tk.lower == "and" {
        j += 1
        continue
      }
      guard tk.isWord, !tk.has(WordClass.dateWord), a.span(at: j).map({ $0.kind == .sector }) ?? true,
        !capitalized || tk.isCapitalized && !isFunctionCapital(tk)
      else { return nil }
      if tk.lower == "cooperation" || tk.lower == "co-operation" { return j + 1 }
      j += 1
    }
    return nil
  }
}
