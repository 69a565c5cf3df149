/// Agreement (document) rules.
extension Patterns {
  /// "Agreement on ...", "Memorandum of Understanding ...", "Roadmap for ...", "Program of ...".
  static func agreements(_ a: inout SentenceAnalysis, signing: Bool) {
    let t = a.tokens
    var i = 0
    while i + 1 < t.count {
      let head = t[i]
      guard head.has(WordClass.agreementHead) else {
        i += 1
        continue
      }
      let definite = i > 0 && t[i - 1].lower == "the" && agreementLinks.contains(t[i + 1].lower)
        && head.lower != "plan" && head.lower != "program"
      let namedBefore =
        (head.isCapitalized && i > 0 && t[i - 1].isCapitalized && !isFunctionCapital(t[i - 1]))
        || (signing && i > 0 && t[i - 1].lower == "joint")
      guard head.isWord, agreementHeads.contains(head.lower), head.isCapitalized || signing || definite,
        agreementLinks.contains(t[i + 1].lower) || head.lower == "memorandum" || head.lower == "roadmap" || namedBefore
      else {
        i += 1
        continue
      }
      // capitalized modifiers before: "Intergovernmental Agreement", "Joint Action Plan", "joint statement"
      var lo = i
      while lo > 0, t[lo - 1].isWord, t[lo - 1].isCapitalized || t[lo - 1].lower == "joint", !isFunctionCapital(t[lo - 1]),
        a.span(at: lo - 1) == nil || [.sector, .city].contains(a.span(at: lo - 1)?.kind)
      {
        lo -= 1
      }
      var j = i + 1
      var end = i + 1
      while j < t.count {
        let tk = t[j]
        if tk.kind == .punctuation && !tk.isDash && tk.text != "'s" { break }
        if stopAfterNP.contains(tk.lower) && !(tk.lower == "to" && j == i + 1) { break }
        if tk.lower == "and" && j + 1 < t.count
          && (agreementHeads.contains(t[j + 1].lower)
            || j + 2 < t.count && ["the", "a", "an"].contains(t[j + 1].lower) && agreementHeads.contains(t[j + 2].lower))
        {
          break
        }
        j += 1
        end = j
        if j - i > 20 { break }
      }
      while end > i + 1 && ["the", "and", "of", "on", "in", "for", "a"].contains(t[end - 1].lower) { end -= 1 }
      if !agreementLinks.contains(t[i + 1].lower) && head.lower != "memorandum" { end = i + 1 }
      if end > i + 1 || (head.isCapitalized || signing) && (head.lower == "roadmap" || head.lower == "memorandum" || lo < i) {
        a.add(Span(kind: .agreement, tokens: lo..<end, name: "", rule: "agreement-phrase", confidence: 0.75))
        i = end
      } else {
        i += 1
      }
    }
  }
}
