/// Seats that speak: "the Kremlin press service said", "the Akorda informed". A residence or palace
/// of the dictionary stands for the office that sits in it when it reports.
extension Patterns {
  /// Verbs of an office reporting, right after its seat's name.
  static let seatReportingVerbs: Set<String> = [
    "said", "says", "informed", "informs", "reported", "reports", "announced", "announces", "stated", "states",
  ]

  /// A dictionary facility followed by "press service" / "press office" (with or without "'s") or
  /// by a reporting verb is read as the organization named after its seat, not as the building:
  /// the building is neither a facility of the story nor located anywhere by that sentence.
  static func seatBodies(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    let facilityRule = Extractor.dictionaryRules[Lexicon.Kind.facility.rawValue]
    for k in a.spans.indices where a.spans[k].kind == .facility && a.spans[k].rule == facilityRule {
      var j = a.spans[k].tokens.upperBound
      if j < t.count, t[j].lower == "'s" { j += 1 }
      guard j < t.count else { continue }
      let pressBody = j + 1 < t.count && t[j].lower == "press" && ["service", "office"].contains(t[j + 1].lower)
      guard pressBody || seatReportingVerbs.contains(t[j].lower) else { continue }
      a.spans[k].kind = .organization
      a.spans[k].rule = "org-seat"
      a.spans[k].confidence = 0.75
    }
  }
}
