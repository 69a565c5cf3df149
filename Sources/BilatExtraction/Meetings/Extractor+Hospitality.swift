extension ExtractionState {
  /// Nouns of a host's hospitality: given to a visitor they tell a meeting, given to others
  /// (students, workers, refugees) they tell one person's praise of another's country.
  static let hospitalityNouns: Set<String> = ["welcome", "hospitality", "reception"]
  static let givingVerbs: Set<String> = [
    "gave", "given", "gives", "giving", "extended", "extends", "extending", "offered", "offers", "accorded",
    "shown", "showed", "provided", "provides",
  ]
  /// Receivers that are the visiting side: the welcome was the meeting's.
  static let visitingReceivers: Set<String> = [
    "him", "her", "them", "us", "me", "himself", "herself", "delegation", "delegations", "guest", "guests",
  ]

  /// Whether the sentence's welcome or hospitality was given to people it does not name as the
  /// visiting side ("praised the warm welcome B gave to students"): its two leaders are not
  /// shown meeting by it. A welcome given to a named or titled person, a country, a body, a
  /// pronoun or a delegation is not such a case ("the hospitality extended to him and his
  /// delegation").
  static func welcomeGivenToOthers(_ a: SentenceAnalysis) -> Bool {
    let t = a.tokens
    for i in t.indices where hospitalityNouns.contains(t[i].lower) {
      let verbWindow = (i + 1)..<min(t.count, i + 9)
      guard let v = verbWindow.first(where: { givingVerbs.contains(t[$0].lower) }) else { continue }
      guard let to = ((v + 1)..<min(t.count, v + 3)).first(where: { t[$0].lower == "to" }) else { continue }
      var k = to + 1
      var receiverWords = 0
      var visiting = false
      while k < t.count, receiverWords < 4, t[k].kind != .punctuation, t[k].lower != "and" {
        if let s = a.span(at: k), [.person, .title, .pronoun, .country, .side, .organization].contains(s.kind) {
          visiting = true
          break
        }
        if visitingReceivers.contains(t[k].lower) {
          visiting = true
          break
        }
        receiverWords += 1
        k += 1
      }
      if !visiting, receiverWords > 0 { return true }
    }
    return false
  }
}
