/// Meeting forms of official coverage that name the event before its people: "the meeting of A
/// with B was held", "talks ... took place", "During the meeting with B, the sides ...".
extension ExtractionState {
  /// "talks in narrow format took place", "the meeting ... took place": the event happened; a
  /// few words at most between the noun and "took place", none of them a clause boundary.
  static func isTookPlace(_ t: [Token], after i: Int) -> Bool {
    var j = i + 1
    while j + 1 < t.count, j - i <= 8 {
      if t[j].lower == "took" && t[j + 1].lower == "place" { return true }
      if t[j].kind == .punctuation || ["which", "that", "who"].contains(t[j].lower) { return false }
      j += 1
    }
    return false
  }

  /// "the meeting of A with B": a meeting noun, "of", a name (a capital) and "with" a few words
  /// later, with no clause boundary in between; unlike "the meeting of the council".
  static func isMeetingOfWith(_ t: [Token], at i: Int, persons: Int) -> Bool {
    guard persons >= 2, i + 2 < t.count, t[i + 1].lower == "of", t[i + 2].isCapitalized,
      !isPlanned(t, at: i)
    else { return false }
    var j = i + 2
    while j < t.count, j - i <= 14 {
      if t[j].lower == "with" { return true }
      if t[j].kind == .punctuation && t[j].text != "," && t[j].text != "." { return false }
      j += 1
    }
    return false
  }

  /// "During the meeting with B, the sides ...", "At the talks with B, ...": a fronted meeting with
  /// one named person and no subject; the other side is who B's country met last in the article.
  func frontedMeetingPartner(
    _ a: SentenceAnalysis, _ people: [(entity: Int, tokens: Range<Int>)], trigger: Int, meetings: [MeetingInfo]
  ) -> Int? {
    let t = a.tokens
    guard people.count == 1, let p = people.first, p.tokens.lowerBound > trigger, trigger >= 2, trigger <= 4,
      ["during", "at", "in"].contains(t[0].lower), trigger + 1 < t.count, t[trigger + 1].lower == "with",
      ["meeting", "talks", "negotiations"].contains(t[trigger].lower)
    else { return nil }
    func country(_ e: Int) -> String? { table.entities[e].properties["country"]?.stringValue }
    guard let own = country(p.entity), let last = meetings.last(where: { $0.participants.contains(p.entity) == false })
    else { return nil }
    // the one participant of the last meeting from another country than B's
    let others = last.participants.filter { country($0).map { $0 != own } ?? false }
    return others.count == 1 ? others[0] : nil
  }

  /// Verbs of a document two leaders conclude together: "signed", "adopted", "witnessed the
  /// signing".
  static let jointActionVerbs: Set<String> = ["signed", "adopted", "inked", "witnessed"]
  /// Verbs of talk a pair told by a pronoun holds together: "both of them discussed ...", "the two
  /// of them exchanged views". Not after a plural of an office ("the two presidents discussed
  /// ..."): such a sentence follows the one that told the meeting, and the office's plural can
  /// stand for others of that office named since.
  static let jointTalkVerbs: Set<String> = ["discussed", "exchanged"]

  /// The index of the verb in "the two leaders (also) signed / adopted ...", "both presidents
  /// witnessed ...", "the two heads of state signed ...": a pair reference as the subject of a
  /// joint signing, or a pronoun pair's talk ("both of them discussed ..."). The
  /// pair is whoever the reference stands for (``pairReference(_:known:)``).
  static func pairJointAction(_ t: [Token], from start: Int) -> Int? {
    var i = start
    while i + 2 < t.count {
      defer { i += 1 }
      // "both of them", "the two of them"
      let pronoun = t[i + 1].lower == "of" && i + 2 < t.count && t[i + 2].lower == "them"
      guard ["two", "both"].contains(t[i].lower),
        pronoun
          || Patterns.groupPeople.contains(t[i + 1].lower) && !["delegations", "governments"].contains(t[i + 1].lower)
      else { continue }
      var j = pronoun ? i + 3 : i + 2
      // "the two heads of state"
      if j + 1 < t.count, t[j].lower == "of", t[j + 1].lower == "state" { j += 2 }
      if j < t.count, ["also", "jointly", "then"].contains(t[j].lower) { j += 1 }
      if j < t.count, jointActionVerbs.contains(t[j].lower) || pronoun && jointTalkVerbs.contains(t[j].lower) {
        return j
      }
    }
    return nil
  }
}
