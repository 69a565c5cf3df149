/// Packages of documents told by their value: "the two states signed deals worth $3.4 billion",
/// "documents worth a total of five billion euros were signed", "power deals worth $2bn were
/// inked". News sums a visit's signed documents this way; the value is the package's name, as a
/// count is ("14 documents"), so a bare plural names a package when its worth follows.
extension Patterns {
  /// Words of a sum after "worth": quantifiers, scales and currencies ("a total of", "over",
  /// "billion", "euros").
  static let moneyWords: Set<String> = [
    "a", "total", "of", "over", "more", "than", "about", "around", "nearly", "some", "almost", "up", "to",
    "approximately", "roughly", "at", "least", "us", "usd", "eur", "billion", "million", "trillion", "bn", "mln",
    "mn", "euros", "euro", "dollars", "dollar", "pounds", "pound", "yuan", "rubles", "roubles", "rupees", "tenge",
    "riyals", "dirhams", "yen", "won", "sterling", "$", "€", "£", "¥", "us$",
  ]
  /// Words that end the kind words before a valued plural: another item of the sentence's list
  /// ("nine memoranda as well as deals worth ...").
  static let valueListStops: Set<String> = ["as", "well", "plus", "also", "while", "understanding", "besides"]
  /// Singular document heads a worth may follow: "a deal worth $300 million".
  static let valuedSingulars: Set<String> = ["deal", "agreement", "contract", "pact", "accord", "memorandum"]
  /// Words of a sum that may end it (its scale or currency, not a quantifier).
  static let moneyEnds: Set<String> = [
    "billion", "million", "trillion", "bn", "mln", "mn", "euros", "euro", "dollars", "dollar", "pounds", "pound",
    "yuan", "rubles", "roubles", "rupees", "tenge", "riyals", "dirhams", "yen", "won", "sterling",
  ]

  /// The index after the sum that follows "worth" at `w` ("worth over 6 billion euros"), if a
  /// number is in it.
  static func sumEnd(_ t: [Token], worth w: Int) -> Int? {
    var k = w + 1
    var end: Int?
    while k < t.count, k - w <= 8 {
      let tk = t[k]
      let number = tk.kind == .number || tk.text.first.map(\.isNumber) ?? false || countWords.contains(tk.lower)
      guard number || moneyWords.contains(tk.lower) else { break }
      if number || moneyEnds.contains(tk.lower) { end = k + 1 }
      k += 1
    }
    guard let e = end,
      (w + 1..<e).contains(where: { t[$0].kind == .number || t[$0].text.first?.isNumber == true })
        || (w + 1..<e).contains(where: { countWords.contains(t[$0].lower) })
    else { return nil }
    return e
  }

  /// Adds, in a signing sentence, a package for each document plural followed by its worth, with
  /// its lower-case kind words ("trade and investment deals") and a count before them.
  static func valuedPackages(_ a: inout SentenceAnalysis, signing: Bool) {
    guard signing else { return }
    let t = a.tokens
    var k = 0
    while k + 1 < t.count {
      defer { k += 1 }
      // capitalized only at the start of the sentence: "Documents worth ... were signed"
      guard t[k].isWord, !t[k].isCapitalized || k == 0,
        documentPlurals.contains(t[k].lower) || valuedSingulars.contains(t[k].lower), t[k + 1].lower == "worth",
        let end = sumEnd(t, worth: k + 1),
        // a package its count names already ("twelve contracts worth ...") keeps that name
        a.span(at: k).map({ $0.kind != .agreement }) ?? true
      else { continue }
      // kind words before it: "energy and business deals", "trade agreements and contracts"
      var lo = k
      while lo > 0, k - lo < 5, t[lo - 1].isWord, !t[lo - 1].isCapitalized,
        !nonModifiers.contains(t[lo - 1].lower)
          || t[lo - 1].lower == "and" && lo >= 2 && t[lo - 2].isWord && !t[lo - 2].isCapitalized
            && !nonModifiers.contains(t[lo - 2].lower),
        !countWords.contains(t[lo - 1].lower), !t[lo - 1].lower.hasSuffix("ly"), !t[lo - 1].lower.hasSuffix("ed"),
        !signingVerbs.contains(t[lo - 1].lower), !packageVerbs.contains(t[lo - 1].lower),
        !valueListStops.contains(t[lo - 1].lower),
        a.span(at: lo - 1).map({ $0.kind == .sector || $0.kind == .agreement }) ?? true
      {
        lo -= 1
      }
      if lo > 0, t[lo - 1].kind == .number && t[lo - 1].text.count < 4 || countWords.contains(t[lo - 1].lower) {
        lo -= 1
      }
      // one document by its worth: "signed a deal worth $300 million" (an article before it;
      // "the agreement worth ..." of an earlier sentence is named there)
      if valuedSingulars.contains(t[k].lower), lo == 0 || !["a", "an"].contains(t[lo - 1].lower) { continue }

      a.add(Span(kind: .agreement, tokens: lo..<end, name: "", rule: "agreement-valued", confidence: 0.6))
      k = end - 1
    }
  }
}
