import Foundation

/// What an organization mention found by a pattern or the tagger stands for, beyond its words:
/// an acronym the article defined ("Kenya Ports Authority (KPA)", later "KPA"), an acronym of
/// something that is no organization ("a small modular reactor (SMR)", a named programme), or the credit of the
/// agency that distributed the story ("/Xinhua/", "an official told Reuters"). Kept for one
/// article, so that every later mention of the same words reads the same way.
struct OrganizationReadings {
  enum Reading: Equatable {
    /// The same organization as this entity.
    case entity(Int)
    /// Not an organization of the story: drop the mention.
    case notOrganization
    /// An organization of its own name.
    case ordinary
  }

  private var known: [String: Int] = [:]
  private var rejected: Set<String> = []
  /// Organizations by their name without legal suffixes ("X Company (Pvt) Limited" and "X
  /// Company Private Ltd." are one company).
  private var cores: [String: Int] = [:]

  /// Records the entity of an organization named `name`, for later spellings of it.
  mutating func note(_ name: String, _ id: Int) {
    let core = OrganizationReadings.core(name)
    if cores[core] == nil { cores[core] = id }
  }

  /// Records that the words `surface` of a body named with more words ("Senate" of "the Paraguayan
  /// Senate") stand for it in the rest of the article ("his Senate role").
  mutating func note(surface: String, _ id: Int) {
    if known[surface] == nil { known[surface] = id }
  }

  /// A company's name without trailing legal suffixes and the parentheses among them.
  static func core(_ name: String) -> String {
    var words = name.split(separator: " ")
    while let last = words.last, words.count > 1,
      Patterns.legalSuffixes.contains(last.lowercased().trimmingCharacters(in: ["(", ")", "."]))
        || last.hasPrefix("(") && last.hasSuffix(")")
    {
      words.removeLast()
    }
    return words.joined(separator: " ")
  }

  mutating func reading(_ s: Span, _ a: SentenceAnalysis) -> Reading {
    // dictionary names know what they are, but a news agency credited for the story is no actor in it
    if s.rule.hasPrefix("dictionary") {
      return OrganizationReadings.isAgencyCredit(s, a) ? .notOrganization : .ordinary
    }
    let surface = a.text(s.tokens)
    if rejected.contains(surface) { return .notOrganization }
    if let id = known[surface] { return .entity(id) }
    if let id = cores[OrganizationReadings.core(s.name)] { return .entity(id) }
    if OrganizationReadings.isCredit(s, a) || OrganizationReadings.isAgencyCredit(s, a) {
      rejected.insert(surface)
      return .notOrganization
    }
    if OrganizationReadings.isMeasure(s, a) || OrganizationReadings.isOtherThanBody(s, a) {
      rejected.insert(surface)
      return .notOrganization
    }
    let t = a.tokens
    let lo = s.tokens.lowerBound
    let hi = s.tokens.upperBound
    guard s.tokens.count == 1, t[lo].isAllCaps, lo >= 2, t[lo - 1].text == "(", hi < t.count, t[hi].text == ")"
    else { return .ordinary }
    // "... Company Private Ltd. (BIFPCL)": the abbreviation's period is no separator
    let prior = lo >= 3 && t[lo - 2].text == "." ? lo - 3 : lo - 2
    if let before = a.span(at: prior), before.kind == .organization, let id = before.entity {
      known[surface] = id
      return .entity(id)
    }
    // an uncovered proper name before it may well be an organization no rule knows
    // ("Caspian Rail Services (CRS)"): the tagger's reading of the acronym stands
    let named = a.span(at: lo - 2) != nil || !t[lo - 2].isCapitalized
    if named, OrganizationReadings.abbreviates(t[lo].text, t[max(0, lo - 12)..<(lo - 1)]) {
      rejected.insert(surface)
      return .notOrganization
    }
    return .ordinary
  }

  /// Whether the organization at `s` is the credit of the agency that distributed the story:
  /// between slashes ("ASTANA /Kazinform/ –", "-/Pan-African Wire (PAW)/-") or told at the end of
  /// a sentence ("..., an official told Reuters.").
  static func isCredit(_ s: Span, _ a: SentenceAnalysis) -> Bool {
    let t = a.tokens
    let lo = s.tokens.lowerBound
    let hi = s.tokens.upperBound
    let opens = (max(0, lo - 2)..<lo).contains { t[$0].text.hasSuffix("/") }
    let closes = (hi..<min(t.count, hi + 5)).contains { t[$0].text.hasPrefix("/") }
    if opens && closes { return true }
    return lo > 0 && t[lo - 1].lower == "told" && (hi == t.count || hi + 1 == t.count && t[hi].kind == .punctuation)
  }

  /// Whether the organization at `s` is a news agency credited for the story or a photo: after a
  /// dateline ("Hanoi (VNA) –", "BEIJING, Nov. 29 (Xinhua) --"), in a photo credit ("(Photo:
  /// VNA)", "(Xinhua/Li Wen)"), a sentence of its own ("AFP"), or an agency's acronym or name
  /// that reports ("..., SPA reported.", "according to SPA.").
  static func isAgencyCredit(_ s: Span, _ a: SentenceAnalysis) -> Bool {
    let t = a.tokens
    let lo = s.tokens.lowerBound
    let hi = s.tokens.upperBound
    // "AFP" alone: no word outside the span
    if !t.indices.contains(where: { t[$0].isWord && !s.tokens.contains($0) }) { return true }
    let opened = lo > 0 && ["(", "["].contains(t[lo - 1].text)
    if opened, lo <= 8, hi < t.count, [")", "/", "-", "–"].contains(t[hi].text),
      hi + 1 == t.count || t[hi].text != ")" || t[hi + 1].isDash || t[hi + 1].kind == .punctuation
    {
      return true  // the dateline's agency, or an agency with its photographer
    }
    if t[max(0, lo - 3)..<lo].contains(where: { $0.lower == "photo" || $0.lower == "photos" }) { return true }
    let agency = t[s.tokens].allSatisfy { $0.isAllCaps } || s.name.lowercased().contains("news agency")
    guard agency else { return false }
    let atEnd = hi == t.count || hi + 1 == t.count && t[hi].kind == .punctuation
    if lo >= 2, t[lo - 2].lower == "according" || t[lo - 1].lower == "citing", atEnd { return true }
    return hi < t.count && ["reported", "reports"].contains(t[hi].lower)
      && (hi + 1 == t.count || t[hi + 1].kind == .punctuation)
  }

  /// Whether a one-word capitalized "organization" is a unit, a currency or a numeral: an acronym
  /// next to a number ("USD 35 billion", "3:00 PM", "20 MTPA", "the Tashkent 2 HPP") or a Roman
  /// numeral ("XIII").
  /// Whether `w` is a Roman numeral written the canonical way ("XIII", "XIV"; not "CDC"): the
  /// numeral of the value its letters add up to.
  static func isRomanNumeral(_ w: String) -> Bool {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    let digits = w.compactMap { values[$0] }
    guard digits.count == w.count, !digits.isEmpty else { return false }
    var n = 0
    for (k, d) in digits.enumerated() { n += k + 1 < digits.count && d < digits[k + 1] ? -d : d }
    guard n > 0, n < 4000 else { return false }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
      (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var canonical = ""
    for (v, r) in table { while n >= v { canonical += r; n -= v } }
    return canonical == w
  }

  static func isMeasure(_ s: Span, _ a: SentenceAnalysis) -> Bool {
    let t = a.tokens
    let lo = s.tokens.lowerBound
    let hi = s.tokens.upperBound
    guard s.tokens.count == 1, t[lo].isAllCaps else { return false }
    let word = t[lo].text
    if word.count >= 2, OrganizationReadings.isRomanNumeral(word) { return true }
    return lo > 0 && t[lo - 1].kind == .number || hi < t.count && t[hi].kind == .number
  }

  /// Whether `acronym` is made of the initials of the words before it, ending with the last one:
  /// "small modular reactor (SMR)", "Grant Aid for Rural Water Projects (GRWP)".
  static func abbreviates(_ acronym: String, _ before: ArraySlice<Token>) -> Bool {
    let letters = Array(acronym.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic })
    let initials = before.filter(\.isWord).compactMap { $0.text.uppercased().unicodeScalars.first }
    guard letters.count >= 2, let last = initials.last, letters.last == last else { return false }
    // letters as a subsequence of the initials, matched from the end
    var k = letters.count - 1
    for c in initials.reversed() where k >= 0 && c == letters[k] { k -= 1 }
    return k < 0
  }
}
