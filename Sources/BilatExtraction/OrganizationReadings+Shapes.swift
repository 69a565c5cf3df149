extension OrganizationReadings {
  /// Abbreviated titles and honorifics, written without periods: "the PM's press service",
  /// "DPM & FM X", "HRH Crown Prince X", "H.E. Mr. X". A person's office, not a body.
  static let titleAbbreviations: Set<String> = [
    "pm", "dpm", "fm", "eam", "hrh", "hh", "he", "mp", "mps", "ceo", "vp", "cm", "svp", "md",
  ]
  /// Units, currencies and technical abbreviations that read like acronyms of bodies: "900 million
  /// USD", "1000 Megawatts (MW)", "an HVDC link".
  static let unitAbbreviations: Set<String> = Patterns.measureUnits.union(currencyCodes).union(technicalAbbreviations)
  /// Currency codes written before or after an amount.
  static let currencyCodes: Set<String> = ["usd", "eur", "gbp", "jpy", "cny", "rmb"]
  /// Abbreviations of technical and economic terms that are no body: "HVDC", "LNG", "GDP".
  static let technicalAbbreviations: Set<String> = ["hvdc", "lng", "lpg", "gdp", "fdi"]
  /// Last words of the names of events, not of the bodies behind them: "the 15th Ibero-Pacific
  /// Summit", "the Outreach Meeting", "the Regional Games", "the Trade Expo" (the gold
  /// conventions record the organization that holds a summit, never the summit).
  static let eventHeads: Set<String> = [
    "summit", "meeting", "meetings", "games", "expo", "exhibition", "festival", "biennale", "olympics",
    "championship", "fair",
  ]
  /// Forums that are gatherings, not standing bodies: "the Andean-Baltic Business Forum" (a
  /// "World Economic Forum" or an "Islands Forum" is a body and stays).
  static let eventForumKinds: Set<String> = ["business", "investment", "investors", "trade"]

  /// Whether a pattern's or the tagger's organization is something else with a name's shape: an
  /// abbreviated title, a unit or currency, a legal suffix alone ("OJSC"), an event (a summit, a
  /// business forum), or the start of a country's long name cut before its "of" ("the Democratic
  /// Republic of X").
  static func isOtherThanBody(_ s: Span, _ a: SentenceAnalysis) -> Bool {
    let t = a.tokens
    let words = t[s.tokens].filter(\.isWord)
    guard let last = words.last else { return false }
    let letters = t[s.tokens].filter { $0.text != "." }.map(\.lower).joined()
      .replacingOccurrences(of: ".", with: "")
    if words.count <= 2, titleAbbreviations.contains(letters) || unitAbbreviations.contains(letters) {
      return true
    }
    if words.count == 1, Patterns.legalSuffixes.contains(last.lower) { return true }
    if words.count >= 2, eventHeads.contains(last.lower) { return true }
    if words.count >= 2, last.lower == "forum", eventForumKinds.contains(words[words.count - 2].lower) {
      return true
    }
    let hi = s.tokens.upperBound
    return last.lower == "republic" && hi < t.count && t[hi].lower == "of"
  }
}
