/// People named in a sentence of talks who take no part in them: a message's sender, the late,
/// the honoured and the report's source.
extension ExtractionState {
  /// Words up to six before a name that make its person no participant: "on behalf of X",
  /// "greetings from X", "the late X".
  static let exclusionBefore: Set<String> = ["behalf", "greetings", "regards", "message", "late", "letter", "wishes"]
  /// Words of homage in the phrase of a name that make its person the honoured, not a participant
  /// of the talks: flowers at the statue of X, "the memorial to X", "the birth anniversary of X".
  static let homageWords: Set<String> = [
    "tribute", "wreath", "wreaths", "memorial", "monument", "statue", "mausoleum", "tomb", "grave", "anniversary",
    // a person's ceremony the talks were held at: "talks held at X's swearing-in"
    "inauguration", "investiture", "swearing-in", "coronation", "enthronement", "funeral",
  ]

  /// Whether a word of homage comes in the six words before token `lo` with no punctuation
  /// between ("On the anniversary, A held talks with B" honours no one).
  static func isHonored(_ t: [Token], _ lo: Int) -> Bool {
    Token.phrase(t, before: lo, within: 6, contains: homageWords)
  }

  /// Nouns of a guide's role before "of": "under the guidance of both presidents, A and B".
  static let guidanceWords: Set<String> = ["guidance", "leadership", "auspices", "instructions", "patronage"]

  /// Whether the person at token `lo` is named in a phrase "under the guidance of ..." (up to
  /// sixteen tokens before, commas allowed, no semicolon and no meeting verb between):
  /// whoever guides the work talked of takes no part in the talks.
  static func isUnderGuidance(_ t: [Token], _ lo: Int) -> Bool {
    var j = lo - 1
    while j >= 1 && lo - j <= 16 {
      let w = t[j].lower
      if [";", "met", "meet", "held", "talks", "received"].contains(w) { return false }
      if w == "of", guidanceWords.contains(t[j - 1].lower) { return true }
      j -= 1
    }
    return false
  }

  /// Words of a report's source in the phrase of a name: "spokesman X".
  static let sourceWords: Set<String> = ["spokesman", "spokeswoman", "spokesperson"]

  /// Whether the person at token `lo` is honoured or is the source of the report, not a party to
  /// its talks: neither takes part in them nor is one of "the two leaders" of a later sentence. A
  /// statement's author is its source ("a statement issued by X"); the signers of a joint one are
  /// its parties ("the joint statement signed by X and Y").
  static func isBystander(_ t: [Token], _ lo: Int) -> Bool {
    if isHonored(t, lo) || Token.phrase(t, before: lo, within: 6, contains: sourceWords) { return true }
    if isUnderGuidance(t, lo) { return true }
    return Token.phrase(t, before: lo, within: 5, contains: ["statement"])
      && !Token.phrase(t, before: lo, within: 7, contains: ["joint"])
  }
}
