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
