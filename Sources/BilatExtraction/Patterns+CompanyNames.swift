/// Company names written after their legal form, in quotes: "the Joint Stock Company «Kazatomprom»",
/// "State Unitary Enterprise “Directorate for ...”", "JSC “National Company QazaqGaz”" (the house
/// style of registries and press services in the former Soviet Union and beyond).
extension Patterns {
  /// Legal forms, as lower-case word sequences, that precede a quoted name.
  static let legalForms: [[String]] = [
    ["joint", "stock", "company"], ["joint-stock", "company"], ["state", "unitary", "enterprise"],
    ["unitary", "enterprise"], ["state", "enterprise"], ["limited", "liability", "partnership"],
    ["limited", "liability", "company"], ["national", "company"], ["state", "company"], ["company"],
    ["enterprise"], ["corporation"], ["concern"], ["holding"], ["jsc"], ["ojsc"], ["pjsc"], ["cjsc"], ["llp"],
    ["llc"], ["ltd"],
  ]
  static let openingQuotes: Set<String> = ["“", "«", "\"", "„", "‘", "'"]
  static let closingQuotes: Set<String> = ["”", "»", "\"", "“", "’", "'"]

  /// The organization is the quoted name; the legal form before it belongs to the mention but
  /// is no organization of its own ("Joint Stock Company" alone names nothing).
  static func quotedCompanies(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var q = 1
    while q + 2 < t.count {
      guard openingQuotes.contains(t[q].text), t[q + 1].isCapitalized,
        let form = legalFormEnding(t, before: q),
        let close = (q + 2..<min(t.count, q + 16)).first(where: { closingQuotes.contains(t[$0].text) })
      else {
        q += 1
        continue
      }
      let name = a.text((q + 1)..<close)
      a.add(Span(kind: .organization, tokens: form..<(close + 1), name: name, rule: "org-legal-form", confidence: 0.8))
      q = close + 1
    }
  }

  /// The first token of a legal form ending right before token `end` (the longest one), if any.
  static func legalFormEnding(_ t: [Token], before end: Int) -> Int? {
    var best: Int?
    for form in legalForms where form.count <= end {
      let lo = end - form.count
      if zip(t[lo..<end], form).allSatisfy({ $0.lower == $1 }), best.map({ lo < $0 }) ?? true { best = lo }
    }
    return best
  }

  /// Legal suffixes written after a company's name.
  static let legalSuffixes: Set<String> = [
    "private", "pvt", "limited", "ltd", "llc", "inc", "plc", "jsc", "llp", "gmbh", "ag", "abp", "oyj", "asa", "bhd",
    "tbk", "pte", "pty", "srl", "spa", "corp",
  ]

  /// Capitalized words no rule took, right before a written legal suffix, are a company of any
  /// country: "Integra GmbH", "Nordea Bank Abp" (not a suffix alone: "Private Ltd").
  static func namesBeforeSuffixes(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    for j in t.indices where j > 0 && legalSuffixes.contains(t[j].lower) && t[j].isCapitalized && a.cover[j] < 0 {
      var lo = j
      while lo > 0, j - lo < 4, t[lo - 1].isWord, t[lo - 1].isCapitalized, !isFunctionCapital(t[lo - 1]),
        a.cover[lo - 1] < 0 || a.span(at: lo - 1)?.kind == .organization && a.span(at: lo - 1)?.tokens.upperBound == lo
      {
        lo -= 1
        if let s = a.span(at: lo) { lo = s.tokens.lowerBound }
      }
      guard lo < j, !(lo..<j).allSatisfy({ legalSuffixes.contains(t[$0].lower) }) else { continue }
      a.add(Span(kind: .organization, tokens: lo..<(j + 1), name: "", rule: "org-legal-suffix", confidence: 0.7))
    }
  }

  /// A company's legal suffix belongs to its name, also after a parenthesis: "X Power Company
  /// Private Ltd.", "X Company (Pvt) Limited", "National Y Corporation (NYC) Ltd" (alone,
  /// "Private Ltd" names nothing).
  static func companySuffixes(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var k = 0
    while k < a.spans.count {
      let s = a.spans[k]
      k += 1
      guard s.kind == .organization else { continue }
      var j = s.tokens.upperBound
      var end = j
      while j < t.count {
        if legalSuffixes.contains(t[j].lower) {
          j += 1
          end = j
        } else if t[j].text == "(", j + 2 < t.count, t[j + 2].text == ")",
          legalSuffixes.contains(t[j + 1].lower) || t[j + 1].isAllCaps && j + 3 < t.count
            && legalSuffixes.contains(t[j + 3].lower)
        {
          j += 3
        } else {
          break
        }
      }
      guard end > s.tokens.upperBound else { continue }
      var longer = s
      longer.tokens = s.tokens.lowerBound..<end
      longer.name = ""
      a.add(longer)
      k = (a.spans.firstIndex { $0.tokens == longer.tokens } ?? k) + 1
    }
  }
}
