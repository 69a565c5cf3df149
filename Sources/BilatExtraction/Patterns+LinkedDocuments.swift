/// Documents whose kind is told before their subject's link, with no capital or signing cue of
/// their own: "a memorandum of understanding on consular talks" (an item of a list, a document
/// whatever the verb) and, in a signing sentence, "a deal on fisheries" or "a pact between the two
/// rail companies". "deal" and "pact" stay too loose elsewhere ("a great deal on the table").
extension Patterns {
  /// Links after "deal" or "pact" that name the document's subject or its parties.
  static let looseHeadLinks: Set<String> = ["on", "between"]

  /// The index of the link after "memorandum of understanding" at head `i`, if the head is that
  /// full kind ("a memorandum of understanding on ..."), else nil.
  static func understandingLink(_ t: [Token], head i: Int) -> Int? {
    guard i + 3 < t.count, t[i].lower == "memorandum", t[i + 1].lower == "of", t[i + 2].lower == "understanding"
    else { return nil }
    return i + 3
  }

  /// Whether "deal" or "pact" at `i` names a signed document by its subject or parties: a signing
  /// sentence, an article or a lower-case modifier before it, "on" or "between" after it, and no
  /// understanding reached ("reached a deal on prices" is an AGREED, not a document).
  static func linkedLooseDocument(_ t: [Token], head i: Int, signing: Bool) -> Bool {
    guard signing, i > 0, i + 2 < t.count, t[i].isWord, !t[i].isCapitalized, purposeOnlyHeads.contains(t[i].lower),
      looseHeadLinks.contains(t[i + 1].lower), t[i + 2].isWord
    else { return false }
    // "a great deal on", "a good deal between": quantities, not documents
    let before = t[i - 1].lower
    guard !["great", "good", "big", "square", "raw", "fair"].contains(before), t[i - 1].isWord,
      !t[i - 1].isCapitalized || ["a", "an", "the"].contains(before)
    else { return false }
    return !reachedBefore(t, i)
  }
}

/// Programs and plans told by the years they run: "the cooperation program for 2031-2034", "a
/// plan on joint fisheries work for 2030-2032". A lower-case program or plan is too often no
/// document ("a plan to forge closer ties"); a span of years makes it a dated text the sides
/// adopted.
extension Patterns {
  static let spannedHeads: Set<String> = ["program", "programme", "plan"]
  /// Lower-case words before the head that belong to the program's kind: "cooperation program".
  static let spannedModifiers: Set<String> = ["cooperation", "action", "joint", "bilateral", "intergovernmental"]

  /// Whether the lower-case program or plan at `i` ends its phrase in "for" and a span of years
  /// within fifteen words, before any punctuation other than a dash.
  static func yearSpannedProgram(_ t: [Token], head i: Int) -> Bool {
    guard t[i].isWord, !t[i].isCapitalized, spannedHeads.contains(t[i].lower) else { return false }
    var j = i + 1
    while j + 1 < t.count, j - i <= 15, t[j].kind != .punctuation || t[j].isDash {
      if t[j].lower == "for" && yearSpan(t, at: j + 1) { return true }
      j += 1
    }
    return false
  }

  /// Whether a span of years starts at `k`: "2030-2032" as one token, or "2030", a dash, "2032".
  static func yearSpan(_ t: [Token], at k: Int) -> Bool {
    func isYear(_ s: Substring) -> Bool {
      s.count == 4 && (s.hasPrefix("19") || s.hasPrefix("20")) && s.allSatisfy(\.isNumber)
    }
    guard k < t.count, t[k].kind == .number else { return false }
    let parts = t[k].text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "‑" })
    if parts.count == 2 { return isYear(parts[0]) && isYear(parts[1]) }
    return isYear(Substring(t[k].text)) && k + 2 < t.count && t[k + 1].isDash && t[k + 2].kind == .number
      && isYear(Substring(t[k + 2].text))
  }

  /// The start of a year-spanned program's name: its lower-case kind words before the head.
  static func spannedStart(_ t: [Token], head i: Int) -> Int {
    var lo = i
    while lo > 0, i - lo < 2, t[lo - 1].isWord, spannedModifiers.contains(t[lo - 1].lower) { lo -= 1 }
    return lo
  }
}
