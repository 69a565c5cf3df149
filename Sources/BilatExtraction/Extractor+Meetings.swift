/// Who takes part in a meeting and where it is, beyond the people a sentence names around
/// its trigger: "the two leaders" (both introduced before), conjoined subjects that met each
/// other ("A and B met in ..., despite the views of C"), "in Turkey's Antalya".
extension ExtractionState {
  /// The sentence's participants, corrected: conjoined subjects of an intransitive trigger keep
  /// only themselves; "the two leaders" / "both ministers" stand for the two people met last.
  func meetingParticipants(
    _ a: SentenceAnalysis, _ people: [(entity: Int, tokens: Range<Int>)], trigger: Int, recent: [Int]
  ) -> [(entity: Int, tokens: Range<Int>)] {
    // "A, who is slated to meet C on Monday, held talks with B": C belongs to the clause's event
    let clauses = ExtractionState.relativeClauses(a.tokens).filter { !$0.contains(trigger) }
    let outside = people.filter { p in !clauses.contains { $0.contains(p.tokens.lowerBound) } }
    let people = outside.count >= 2 && outside.count < people.count ? outside : people
    // "After meeting with A, B had lunch with C": B, the main clause's subject, met A and C
    let fronted = ExtractionState.frontedClauseEnd(a.tokens)
    if fronted > 0, trigger >= fronted, let subject = people.firstIndex(where: { $0.tokens.lowerBound >= fronted }),
      subject > 0
    {
      var reordered = people
      let s = reordered.remove(at: subject)
      reordered.insert(s, at: 0)
      return reordered
    }
    let before = people.filter { $0.tokens.upperBound <= trigger }
    if before.count >= 2 {
      let firstAfter = people.first { $0.tokens.lowerBound > trigger }
      // "The minister, A, accompanied the President, B, in a meeting with C": B met C; A came along
      if firstAfter != nil,
        a.tokens[before[0].tokens.upperBound..<before[1].tokens.lowerBound].contains(where: {
          ["accompanied", "accompanying", "escorted"].contains($0.lower)
        })
      {
        return Array(before.dropFirst()) + people.filter { $0.tokens.lowerBound > trigger }
      }
      // "A and B met Chinese officials": together, they met someone the sentence does not name
      if firstAfter == nil || firstAfter.map({ $0.tokens.lowerBound - trigger > 5 }) == true,
        ExtractionState.hasUnnamedObject(a.tokens, trigger)
      {
        return Array(before.prefix(1))
      }
      // "A and B met in Brasilia on Monday ..., despite the views of presidents C and D"
      if let f = firstAfter, f.tokens.lowerBound - trigger > 5 { return before }
    }
    if people.count < 2, let pair = demonymPair(a, recent: recent) { return pair }
    guard people.count < 2, let group = pairReference(a, known: recent.count) else { return people }
    // the two people named last who hold the office the reference names ("the two ministers"),
    // of two countries when their countries are known
    func country(_ e: Int) -> String? { table.entities[e].properties["country"]?.stringValue }
    let office = ExtractionState.officeOfGroup[a.tokens[group.upperBound - 1].lower]
    let candidates = recent.filter { e in
      guard let office else { return true }
      return table.entities[e].properties["title"]?.stringValue?.lowercased().contains(office) ?? false
    }
    var out = people
    for sameCountryAllowed in [false, true] where out.count < 2 {
      for e in candidates.reversed() where out.count < 2 && !out.contains(where: { $0.entity == e }) {
        if !sameCountryAllowed, let first = out.first, let c = country(e), c == country(first.entity) { continue }
        out.append((e, group))
      }
    }
    return out.count == 2 ? out : people
  }

  /// Conjunctions that open a clause of another time after a comma: ", after a trip by C".
  static let subordinators: Set<String> = ["after", "before", "while", "since", "following", "ahead", "during"]

  /// Where a clause of another time set off by a comma begins after the trigger at `trigger`
  /// (", after minister C's trip to Oran", ", ahead of C's visit", ", during C's term"), or nil.
  static func subordinateClauseStart(_ t: [Token], after trigger: Int) -> Int? {
    var k = trigger + 1
    while k + 1 < t.count {
      if t[k].text == ",", subordinators.contains(t[k + 1].lower) { return k }
      // ", on the occasion of C's swearing-in": the people of the event are no participants
      if t[k].text == ",", k + 4 < t.count, t[(k + 1)...(k + 4)].map(\.lower) == ["on", "the", "occasion", "of"] {
        return k
      }
      k += 1
    }
    return nil
  }

  /// The office a plural reference names: "the two ministers" are ministers.
  static let officeOfGroup: [String: String] = [
    "ministers": "minister", "presidents": "president", "premiers": "premier",
  ]

  /// "the two leaders", "both ministers", "the two presidents": a reference to a pair of people;
  /// "the leaders" too when the article has named only two people.
  func pairReference(_ a: SentenceAnalysis, known: Int) -> Range<Int>? {
    // "both of them": the pair named last
    if let s = a.spans.first(where: { $0.kind == .group && $0.rule == Patterns.pairPronounRule }) { return s.tokens }
    for s in a.spans where s.kind == .group && s.tokens.count == 2 {
      let first = a.tokens[s.tokens.lowerBound].lower
      let head = a.tokens[s.tokens.upperBound - 1].lower
      if first == "two" || first == "both" || first == "the" && known == 2, Patterns.groupPeople.contains(head),
        head != "delegations", head != "governments"
      {
        return s.tokens
      }
    }
    return nil
  }

  /// Where the phrase of a city starts, so that the preposition before it can be read: "the
  /// Kazakh capital", "Turkey's Antalya", "the Chinese city of Hangzhou".
  func placeStart(_ a: SentenceAnalysis, _ cityStart: Int) -> Int {
    let t = a.tokens
    var lo = cityStart
    if lo > 2, t[lo - 1].lower == "of", t[lo - 2].lower == "city" || t[lo - 2].lower == "town" {
      lo -= 2
      if lo > 0, let s = a.span(at: lo - 1), s.kind == .demonym || s.kind == .country { lo = s.tokens.lowerBound }
      // "the ancient city of Samarkand", "the border town of X": a word or two describing it
      var k = lo
      while k > 0, lo - k < 2, t[k - 1].isWord, !t[k - 1].isCapitalized, t[k - 1].lower != "the",
        !ExtractionState.placePrepositionWords.contains(t[k - 1].lower)
      {
        k -= 1
      }
      if k > 0, t[k - 1].lower == "the" { lo = k }
    } else if lo > 1, t[lo - 1].lower == "'s", let s = a.span(at: lo - 2), s.kind == .country {
      return s.tokens.lowerBound
    } else if lo > 1, ["capital", "city"].contains(t[lo - 1].lower) {
      // "in the capital Bishkek", "in the Turkish capital Ankara", "in the capital city Hanoi"
      var k = lo - 1
      if k > 0, t[k].lower == "city", t[k - 1].lower == "capital" { k -= 1 }
      guard t[k].lower == "capital" else { return lo }
      if k > 0, let s = a.span(at: k - 1), s.kind == .demonym || s.kind == .country { k = s.tokens.lowerBound }
      if k > 0, ["the", "its", "their", "his", "her"].contains(t[k - 1].lower) { return k - 1 }
      return lo
    }
    if lo > 1 && t[lo - 1].lower == "the" { lo -= 1 }
    return lo
  }

  /// Prepositions that put a meeting in a city: "in", "at", "to".
  static let placePrepositionWords: Set<String> = ["in", "at", "to", "visiting"]

  /// "Negotiations were (also) held with X", "A meeting was held with X": no subject named.
  static func isPassiveHeldWith(_ t: [Token], _ trigger: Int) -> Bool {
    var j = trigger + 1
    guard j < t.count, ["was", "were"].contains(t[j].lower) else { return false }
    j += 1
    if j < t.count, t[j].lower == "also" { j += 1 }
    return j + 1 < t.count && t[j].lower == "held" && t[j + 1].lower == "with"
  }

  /// "held separate meetings with", "met separately with", "met C separately": meetings each
  /// subject held on its own.
  static func isSeparately(_ t: [Token], _ trigger: Int) -> Bool {
    if trigger > 0, ["separate", "separately"].contains(t[trigger - 1].lower) { return true }
    return t[(trigger + 1)..<t.count].prefix(8).contains { $0.lower == "separately" }
  }

  /// Words after a meeting verb that do not begin its object: "met in", "met on Monday", "met
  /// briefly", "met each other".
  static let notObjectStart: Set<String> = [
    "in", "on", "at", "for", "during", "to", "later", "again", "today", "yesterday", "tonight", "twice", "briefly",
    "separately", "privately", "each", "one", "here", "there", "last", "this", "earlier", "after", "before", "amid",
    "ahead", "behind", "face-to-face", "virtually", "online", "by", "via", "over", "as", "and", "when", "while",
    "under", "within", "alone", "informally", "formally", "bilaterally", "together", "near", "outside", "inside",
  ]
  static let objectVerbs: Set<String> = [
    "met", "meets", "received", "receives", "hosted", "hosts", "welcomed", "welcomes",
  ]

  /// "A and B met Chinese officials", "received guests", "met with investors": the verb has an
  /// object, and it is no one the sentence names.
  static func hasUnnamedObject(_ t: [Token], _ trigger: Int) -> Bool {
    guard objectVerbs.contains(t[trigger].lower) else { return false }
    var j = trigger + 1
    if j < t.count, t[j].lower == "with" { j += 1 }
    guard j < t.count, t[j].kind == .word else { return false }
    return !notObjectStart.contains(t[j].lower) && DateFinder.weekdays[t[j].lower] == nil
      && DateFinder.months[t[j].lower] == nil
  }

  /// Words that introduce a spouse's name: "his wife, A".
  static let spouseWords: Set<String> = ["wife", "husband", "spouse"]

  /// "accompanied by Foreign Minister X", "together with Ambassador X" (and each name listed
  /// after X), "his wife, X", "first lady X": someone on the side of the person they accompany,
  /// who meets no one by being there.
  static func isCompanion(_ a: SentenceAnalysis, _ lo: Int) -> Bool {
    var j = lo - 1
    // back over the person's title, demonym and articles
    while j >= 0,
      a.tokens[j].lower == "the" || a.tokens[j].lower == "'s"
        || [.title, .demonym, .country].contains(a.span(at: j)?.kind)
    {
      j -= 1
    }
    guard j >= 1 else { return false }
    let cue = a.tokens[j].lower
    let before = a.tokens[j - 1].lower
    // "his wife, A", "first lady A": a spouse comes along
    if spouseWords.contains(cue) || cue == "," && spouseWords.contains(before) || cue == "lady" && before == "first" {
      return true
    }
    // "accompanied by A and Turkish Foreign Minister B": the name after "and" too (not after a
    // comma, which may end the phrase: "Accompanied by A, President B met C")
    if cue == "and", let previous = a.span(at: j - 1), previous.kind == .person {
      return isCompanion(a, previous.tokens.lowerBound)
    }
    return (cue == "by" && before == "accompanied") || (cue == "with" && (before == "together" || before == "along"))
  }

  /// "A and his Uzbek counterpart B held talks / signed / addressed the press": two counterparts
  /// who act together met, unless the sentence tells a plan, a cancellation or a multilateral
  /// gathering (``vetoesLearnedMeeting(_:trigger:)``).
  mutating func counterpartPairMeetings(
    _ a: SentenceAnalysis, _ meetings: inout [MeetingInfo], lastCity: Int?, lastDate: CalendarDate?
  ) {
    let people = participants(a)
    guard people.count >= 2, !ExtractionState.vetoesLearnedMeeting(a.tokens, trigger: nil),
      !a.tokens.contains(where: { ExtractionState.planWords.contains($0.lower) || $0.lower == "not" })
    else { return }
    for (p, q) in zip(people, people.dropFirst()) where p.tokens.upperBound < q.tokens.lowerBound {
      guard let k = counterpartLink(a, p.tokens.upperBound..<q.tokens.lowerBound) else { continue }
      let trigger = (index: k, mode: ExtractionState.meetingMode(a.tokens), strong: true)
      recordMeeting(a, [p, q], trigger, &meetings, lastCity: lastCity, lastDate: lastDate)
    }
  }

  /// The index of "counterpart" when the words between two people are "and his (Uzbek)
  /// counterpart(,)", else nil.
  func counterpartLink(_ a: SentenceAnalysis, _ r: Range<Int>) -> Int? {
    let t = a.tokens
    var j = r.lowerBound
    guard j < r.upperBound, t[j].lower == "and" else { return nil }
    j += 1
    if j < r.upperBound, ["his", "her", "their"].contains(t[j].lower) { j += 1 }
    while j < r.upperBound, t[j].lower == "'s" || [.demonym, .country].contains(a.span(at: j)?.kind) { j += 1 }
    guard j < r.upperBound, ExtractionState.counterpartWords.contains(t[j].lower) else { return nil }
    let k = j
    j += 1
    if j < r.upperBound, t[j].text == "," { j += 1 }
    return j == r.upperBound ? k : nil
  }

  /// Words that may join two people of one conjoined subject, besides their titles and countries:
  /// "President A and Foreign Minister B", "A of X and his wife, B", "A, Mr. B and Dr. C".
  static let subjectJoiners: Set<String> = [
    ",", "and", "the", "'s", "of", "his", "her", "their", "wife", "husband", "mr", "mr.", "ms", "ms.", "mrs", "mrs.",
    "dr", "dr.",
  ]

  /// The people named before the trigger as one conjoined subject, when the sentence names
  /// people after it too ("Peruvian President A and Foreign Minister B met Ghana's President C"):
  /// both met C, not each other. Empty when the sentence opens another way ("A told B that he
  /// met C": a verb stands between A and B) or the subject is not the first participant.
  func coSubjects(_ a: SentenceAnalysis, _ people: [(entity: Int, tokens: Range<Int>)], trigger: Int) -> Set<Int> {
    let before = people.filter { $0.tokens.upperBound <= trigger }
    guard before.count >= 2, people.contains(where: { $0.tokens.lowerBound > trigger }),
      people.first?.entity == before.first?.entity,
      before.map(\.tokens.lowerBound) == before.map(\.tokens.lowerBound).sorted()
    else { return [] }
    let t = a.tokens
    for (p, q) in zip(before, before.dropFirst()) {
      let gap = p.tokens.upperBound..<q.tokens.lowerBound
      guard gap.contains(where: { t[$0].lower == "and" || t[$0].text == "," }),
        gap.allSatisfy({ k in
          ExtractionState.subjectJoiners.contains(t[k].lower)
            || [.title, .country, .demonym].contains(a.span(at: k)?.kind)
        })
      else { return [] }
    }
    return Set(before.map(\.entity))
  }

  /// Whether two people are known to serve one country: officials of one side who attend a
  /// meeting together did not meet each other (no gold MET_WITH of the fifteen development sets
  /// joins two people of one country). Only a meeting of three or more is split by it: a
  /// country read wrongly ("the ambassador to X") must not lose a meeting of two.
  /// "Boric met Xi Jinping and Li Qiang": two people of one side at a meeting of three or more met
  /// the guest, not each other. ``emitMeetings(_:_:)`` knows only the countries stated before the
  /// meetings; those filled after them (companions, datelines, the other side) are checked here,
  /// as the last step. A meeting of the two alone keeps their MET_WITH.
  mutating func pruneSameSideMeetings(_ meetings: [MeetingInfo]) {
    var colleagues: Set<[Int]> = []
    var alone: Set<[Int]> = []
    for m in meetings {
      if m.participants.count == 2 { alone.insert(m.participants.sorted()) }
      guard m.participants.count >= 3 else { continue }
      for (k, p) in m.participants.enumerated() {
        for q in m.participants.dropFirst(k + 1) where sameSide(p, q) { colleagues.insert([p, q].sorted()) }
      }
    }
    let pruned = colleagues.subtracting(alone)
    guard !pruned.isEmpty else { return }
    relationList.removeAll { $0.type == "MET_WITH" && pruned.contains([$0.start, $0.end].sorted()) }
  }

  func sameSide(_ p: Int, _ q: Int) -> Bool {
    guard let x = table.entities[p].properties["country"]?.stringValue,
      let y = table.entities[q].properties["country"]?.stringValue
    else { return false }
    return x == y
  }
}
