import BilatCore

extension ExtractionState {
  /// Words that open the complement telling what a counted package of documents covers.
  static let packageCoverWords: Set<String> = ["on", "in", "covering", "concerning", "regarding", "for", "across"]
  /// Words that end that complement: a new clause or circumstance.
  static let packageCoverStops: Set<String> = [
    "during", "while", "which", "that", "who", "after", "before", "when", "where", "between", "with", "at", "by",
  ]

  /// The sectors a counted package of documents covers, told after it: "23 agreements on
  /// cooperation in trade, energy and tourism", "a series of accords on cooperation in energy,
  /// defence and education", "six memoranda covering health and culture".
  func packageSectors(_ a: SentenceAnalysis, after end: Int) -> [String] {
    let t = a.tokens
    var i = end
    // "six memoranda of understanding (MoUs) covering ...": past the rest of the title
    while i < t.count && i - end < 6 && !ExtractionState.packageCoverWords.contains(t[i].lower) {
      guard
        t[i].lower == "of" || t[i].lower == "understanding" || t[i].text == "(" || t[i].text == ")"
          || t[i].isAllCaps || t[i].lower == "mous"
      else { return [] }
      i += 1
    }
    guard i < t.count, ExtractionState.packageCoverWords.contains(t[i].lower) else { return [] }
    var j = i + 1
    while j < t.count && t[j].text != "." && t[j].text != ";" && !ExtractionState.packageCoverStops.contains(t[j].lower)
    { j += 1 }
    var out: [String] = []
    for m in lexicon.matches(in: Array(t[i..<j])) where m.best.kind == .sector && !out.contains(m.best.canonical) {
      out.append(m.best.canonical)
    }
    return out
  }
}
