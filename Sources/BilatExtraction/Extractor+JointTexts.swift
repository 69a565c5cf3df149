import BilatCore

/// Joint texts told as made without a signing verb: "in a joint statement, the two leaders
/// affirmed ...", "according to a joint communique issued at the end of the visit", "the two
/// presidents made a joint statement". Both sides adopt a joint statement, declaration or
/// communique when the story quotes it, so it is signed by the story's two parties (the gold
/// conventions count an adopted text as signed), unless it is planned ("agreed to issue a joint
/// statement", "will ink a joint declaration") or dated to an earlier year ("the 2007 joint
/// declaration").
extension Patterns {
  /// Heads of a text the two sides issue together after "joint".
  static let jointTextHeads: Set<String> = ["statement", "declaration", "communique", "communiqué"]
  /// A communique is a document by itself, without "joint" or a subject: "signed a communique".
  static let communiqueHeads: Set<String> = ["communique", "communiqué"]
  /// Words before a joint text that put it in the future or make it a draft to work on ("to"
  /// unless after "according": "agreed to issue a joint statement").
  static let jointTextPlans: Set<String> = [
    "to", "will", "would", "draft", "drafting", "renew", "renewing", "prepare", "preparing", "upcoming", "future",
    "new",
  ]

  /// Whether `doc` is a joint text ("joint statement", "Joint Communiqué ...") the sentence tells
  /// as made: not planned or wished (three words before it), with no year in it or right before it.
  static func isMadeJointText(_ a: SentenceAnalysis, _ doc: Span) -> Bool {
    let t = a.tokens
    let r = doc.tokens
    guard let j = r.first(where: { t[$0].lower == "joint" }), j + 1 < r.upperBound,
      jointTextHeads.contains(t[j + 1].lower)
    else { return false }
    // "in the joint declaration, the two sides pledge ...": a bare definite one refers back to a
    // text named before
    if r.count == 2, r.lowerBound > 0, ["the", "this", "that"].contains(t[r.lowerBound - 1].lower) { return false }
    let before = max(0, r.lowerBound - 3)..<r.lowerBound
    if before.contains(where: { jointTextPlans.contains(t[$0].lower) && !($0 > 0 && t[$0 - 1].lower == "according") }) {
      return false
    }
    let around = max(0, r.lowerBound - 2)..<r.upperBound
    if around.contains(where: { t[$0].kind == .number && t[$0].text.count == 4 }) { return false }
    return !ExtractionState.isWish(t, before: r.lowerBound)
  }
}

extension ExtractionState {
  /// SIGNED (and the AGREED it implies) for each joint text told as made (``Patterns/isMadeJointText(_:_:)``)
  /// that no signing in the story covers: by the parties its title names, else the story's two
  /// main countries.
  mutating func madeJointTextSignings(_ meetings: [MeetingInfo]) {
    for (doc, sentence, ev, named) in madeJointTexts where !signedDocuments.contains(doc) {
      let parties = named.count == 2 ? named : Array(mainCountries(meetings, sentence: sentence).prefix(2))
      guard parties.count == 2 else { continue }
      signedDocuments.insert(doc)
      var date: [String: PropertyValue] = [:]
      if let d = article.published { date["date"] = .string(d.iso) }
      for p in parties { relate("SIGNED", p, doc, date, ev) }
      relate("AGREED", parties[0], parties[1], ["about": .string(table.entities[doc].name)], ev, key: "doc\(doc)")
    }
  }
}
