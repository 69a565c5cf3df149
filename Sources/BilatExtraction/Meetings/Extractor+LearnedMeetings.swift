import BilatCore

/// A pair of people named in one sentence, with the features the learned meeting model reads.
/// Every extraction lists them (``Extraction/meetingCandidates``), so `bilat train meetings`
/// can label them with the gold.
public struct MeetingCandidate: Sendable, Equatable {
  /// Entity indices of the two people, in the order the sentence names them.
  public var first: Int
  public var second: Int
  public var sentence: Int
  public var features: [String]
}

extension ExtractionState {
  /// The word a token stands for in the features: a name or title by its kind ("<title>",
  /// "<country>"), other words lowercased, numbers as "<num>".
  static func featureWord(_ a: SentenceAnalysis, _ i: Int) -> String {
    if let s = a.span(at: i) {
      switch s.kind {
      case .title: return "<title>"
      case .country, .side: return "<country>"
      case .demonym: return "<demonym>"
      case .person: return "<person>"
      case .city, .place: return "<place>"
      case .organization: return "<org>"
      case .facility: return "<facility>"
      case .agreement: return "<document>"
      case .project: return "<project>"
      case .sector: return "<sector>"
      case .group: return "<group>"
      case .pronoun: return "<pronoun>"
      }
    }
    let t = a.tokens[i]
    if t.kind == .number { return "<num>" }
    if DateFinder.weekdays[t.lower] != nil { return "<day>" }
    if DateFinder.months[t.lower] != nil { return "<month>" }
    return t.lower
  }

  /// A crude stem: the first five letters ("agreed", "agree" → "agree"; "meeting", "meets" → "meeti"/"meets").
  static func stem(_ w: String) -> String { w.hasPrefix("<") ? w : String(w.prefix(5)) }

  /// Features of the pair `p` (named first) and `q` in sentence `a`.
  func meetingFeatures(
    _ a: SentenceAnalysis, _ p: (entity: Int, tokens: Range<Int>), _ q: (entity: Int, tokens: Range<Int>),
    persons: Int, trigger: (index: Int, mode: String, strong: Bool)?, ruled: Set<Int> = []
  ) -> [String] {
    var f = ["bias"]
    // people the rules already have meeting in this sentence: another pair is often only mentioned
    switch (ruled.contains(p.entity), ruled.contains(q.entity)) {
    case (true, true): f.append("rm:both")
    case (true, false), (false, true): f.append("rm:one")
    default: f.append(ruled.isEmpty ? "rm:none" : "rm:other")
    }
    // one family name ("President X is accompanied by First Lady Y-X"): kin, not counterparts
    // (folded: "Lourenço" and "Lourenco" are one family name)
    let lastP =
      table.entities[p.entity].name.split(separator: " ").last.map { NameKey.transliterationFolded(String($0)) } ?? ""
    let lastQ =
      table.entities[q.entity].name.split(separator: " ").last.map { NameKey.transliterationFolded(String($0)) } ?? ""
    if !lastP.isEmpty, lastQ.contains(lastP) || lastP.contains(lastQ) { f.append("kin") }
    let t = a.tokens
    // collapse runs of one abstract word ("<title> <title>")
    func words(_ r: Range<Int>) -> [String] {
      var out: [String] = []
      for i in r where t[i].kind != .punctuation || [",", ":", "(", ")", "\"", "“", "”", ";"].contains(t[i].text) {
        let w = ExtractionState.featureWord(a, i)
        if w.hasPrefix("<"), out.last == w { continue }
        out.append(w)
      }
      return out
    }
    let gap = q.tokens.lowerBound - p.tokens.upperBound
    let between = words(p.tokens.upperBound..<q.tokens.lowerBound)
    if gap <= 16 {
      for w in Set(between) { f.append("m:" + w); f.append("m5:" + ExtractionState.stem(w)) }
      f.append("m1:" + (between.first ?? "-"))
      f.append("mL:" + (between.last ?? "-"))
      if between.count <= 4 { f.append("mAll:" + between.joined(separator: " ")) }
    } else {
      f.append("m:far")
    }
    let after = words(q.tokens.upperBound..<min(t.count, q.tokens.upperBound + 8))
    for w in Set(after) { f.append("a:" + w); f.append("a5:" + ExtractionState.stem(w)) }
    f.append("a1:" + (after.first ?? "-"))
    if after.count >= 2 { f.append("a2:" + after[0] + " " + after[1]) }
    let before = words(max(0, p.tokens.lowerBound - 5)..<p.tokens.lowerBound)
    for w in Set(before) { f.append("p:" + w); f.append("p5:" + ExtractionState.stem(w)) }
    f.append("p1:" + (before.last ?? "-"))
    f.append("g:" + (gap <= 1 ? "1" : gap <= 3 ? "3" : gap <= 6 ? "6" : gap <= 12 ? "12" : "far"))
    func country(_ e: Int) -> String? { table.entities[e].properties["country"]?.stringValue }
    switch (country(p.entity), country(q.entity)) {
    case let (x?, y?): f.append(x == y ? "c:same" : "c:diff")
    default: f.append("c:unknown")
    }
    f.append("n:\(min(persons, 4))")
    if a.sentence.index <= 1 { f.append("s:lead") }
    if let trigger {
      let w = t[trigger.index].lower
      let pos =
        trigger.index < p.tokens.lowerBound ? "before" : trigger.index < q.tokens.lowerBound ? "between" : "after"
      f.append("t:" + pos)
      f.append("tw:" + w)
      f.append("tw:" + w + ":" + pos)
      f.append("mode:" + trigger.mode)
    } else {
      f.append("t:none")
    }
    if t.contains(where: { ExtractionState.planWords.contains($0.lower) }) { f.append("plan") }
    if t.contains(where: { ExtractionState.cancelWords.contains($0.lower) }) { f.append("cancel") }
    if t.contains(where: { $0.lower == "not" || $0.lower == "never" }) { f.append("neg") }
    if t.contains(where: { ExtractionState.hypotheticalAfter.contains($0.lower) }) { f.append("hyp") }
    return f
  }

  /// Pairs of the sentence's people: candidates for the learned model, and the meetings it adds
  /// for pairs the rules left apart.
  mutating func learnedMeetings(
    _ a: SentenceAnalysis, _ meetings: inout [MeetingInfo], lastCity: Int?, lastDate: CalendarDate?
  ) {
    counterpartPairMeetings(a, &meetings, lastCity: lastCity, lastDate: lastDate)
    let people = Array(participants(a).prefix(5))
    guard people.count >= 2 else { return }
    let trigger = ExtractionState.meetingTrigger(a.tokens, persons: people.count)
    let si = a.sentence.index
    // people of three or more countries in one sentence without a trigger ("signed by the
    // ministers of A, B and C") are a multilateral gathering, not a pair that met
    let countries = Set(people.compactMap { table.entities[$0.entity].properties["country"]?.stringValue })
    let vetoed =
      ExtractionState.vetoesLearnedMeeting(
        a.tokens, trigger: trigger, peopleEnd: people.map(\.tokens.upperBound).max())
      || trigger == nil && countries.count >= 3
      || trigger == nil && ExtractionState.opensReportedSpeech(a.tokens)
      || ExtractionState.welcomeGivenToOthers(a)
    let ruled = Set(meetings.filter { $0.evidence.contains { $0.sentence == si } }.flatMap(\.participants))
    for i in 0..<(people.count - 1) {
      for j in (i + 1)..<people.count {
        let (p, q) = (people[i], people[j])
        guard p.tokens.upperBound <= q.tokens.lowerBound else { continue }
        let features = meetingFeatures(a, p, q, persons: people.count, trigger: trigger, ruled: ruled)
        meetingCandidates.append(
          MeetingCandidate(first: p.entity, second: q.entity, sentence: a.sentence.index, features: features))
        guard let model = meetingModel, model.met(features) else { continue }
        // a bilateral meeting joins two countries: two people of one country are colleagues
        // (no gold of the 164 real pages has such a MET_WITH)
        // and the learned model adds only pairs whose two countries are known and differ (unknown
        // countries: leave-one-set-out figures equal, and colleagues of one side are spared)
        // ("A ... with his Venezuelan counterpart B": a counterpart serves another country, also
        // while A's country is not read yet)
        guard
          features.contains("c:diff")
            || features.contains("c:unknown")
              && a.tokens[p.tokens.upperBound..<q.tokens.lowerBound].contains(where: {
                $0.lower == "counterpart" || $0.lower == "counterparts"
              })
        else { continue }
        if vetoed { continue }
        // "A and B met Chinese officials": together, they met someone the sentence does not name
        if let trigger, q.tokens.upperBound <= trigger.index, ExtractionState.hasUnnamedObject(a.tokens, trigger.index)
        {
          continue
        }
        if meetings.contains(where: { $0.participants.contains(p.entity) && $0.participants.contains(q.entity) }) {
          continue
        }
        let mode = trigger?.mode ?? ExtractionState.meetingMode(a.tokens)
        var m: [MeetingInfo] = meetings
        recordMeeting(
          a, [p, q], (index: trigger?.index ?? p.tokens.upperBound, mode: mode, strong: true), &m, lastCity: lastCity,
          lastDate: lastDate)
        // the learned meeting's evidence is told apart from the rules' trigger
        if m.count > meetings.count, var added = m.last {
          added.evidence = added.evidence.map { e in
            var e = e
            e.rule = "learned-meeting"
            e.confidence = 0.7
            return e
          }
          m[m.count - 1] = added
        }
        meetings = m
      }
    }
  }

  /// Whether the sentence opens with someone's reported words ("Wang Yi said, President A and
  /// President B have built a deep friendship", "He said that A values ties with B"): without a
  /// meeting's words, the people it names are what the speaker talks about, not a meeting.
  static func opensReportedSpeech(_ t: [Token]) -> Bool {
    // "... was handed to A and B during their meeting": the words tell a meeting all the same
    guard t.count > 2,
      !t.contains(where: { meetingNouns.contains($0.lower) || meetingWordsInSpeech.contains($0.lower) })
    else { return false }
    for k in 1..<min(t.count - 1, 9) where speechVerbs.contains(t[k].lower) {
      if t[k + 1].text == "," || t[k + 1].lower == "that" { return true }
    }
    return false
  }

  /// Verbs that open someone's reported words: "A said, ...", "A noted that ...".
  static let speechVerbs: Set<String> = ["said", "says", "noted", "stressed", "stated", "added"]
  /// Words of a meeting in reported words, besides ``meetingNouns``.
  static let meetingWordsInSpeech: Set<String> = ["met", "meet", "visit", "visited"]

  /// Words that make a sentence's meeting a plan, a possibility or a wish: the rules' negative
  /// knowledge, which the learned model's training pages seldom show.
  static let learnedVetoWords: Set<String> = [
    "will", "would", "shall", "expected", "scheduled", "plans", "planned", "planning", "intends", "hopes", "wants",
    "wishes", "could", "might", "ruled", "possible", "proposed", "urged", "appealed", "preparations", "preparation",
    "preparing", "upcoming", "forthcoming", "arrange", "arranging",
  ]

  /// Words that begin another clause after a sentence's people.
  static let clauseBoundaries: Set<String> = [",", ";", "which", "who", "where", "that", "and", "saying", "adding"]

  /// The index of the first clause boundary at or after `k` (the sentence's end when none).
  static func clauseEnd(_ t: [Token], from k: Int) -> Int {
    t[min(k, t.count)...].firstIndex(where: { clauseBoundaries.contains($0.lower) }) ?? t.count
  }

  /// Where a clause telling a plan begins after a meeting's words end at `k` ("..., and the two
  /// will open ..."), or the sentence's end.
  static func plannedClauseStart(_ t: [Token], after k: Int) -> Int {
    let boundary = clauseEnd(t, from: k)
    guard boundary < t.count else { return t.count }
    return t[boundary...].contains(where: { planWords.contains($0.lower) }) ? boundary : t.count
  }

  static let multilateralWords: Set<String> = ["summit", "council", "forum", "assembly", "session"]
  static let bilateralCues: Set<String> = ["between", "bilateral", "sidelines", "margins", "margin", "one-on-one"]

  /// Whether the sentence tells no meeting whatever its pairs look like: a plan or possibility
  /// ("will meet", "is not ruled out", "may"), a cancelled meeting, meetings held separately, an
  /// appeal ("called on X to ..."), people who talk about something ("spoke about the visit").
  /// A plan word after `peopleEnd` past a clause's boundary ("A met B, and the two will ...",
  /// "... a deal under which C will provide ...") tells the clause after the meeting, not the
  /// meeting.
  static func vetoesLearnedMeeting(
    _ t: [Token], trigger: (index: Int, mode: String, strong: Bool)?, peopleEnd: Int? = nil
  ) -> Bool {
    let scope = peopleEnd.map { clauseEnd(t, from: $0) } ?? t.count
    for (i, tk) in t.enumerated() {
      if i < scope, learnedVetoWords.contains(tk.lower) || tk.text == "may" { return true }
      if cancelWords.contains(tk.lower) { return true }
      let next = i + 1 < t.count ? t[i + 1].lower : ""
      if ["spoke", "talked", "wrote", "said"].contains(tk.lower), next == "about" { return true }
      // "next month's meeting between A and B", "welcomed Chile's invitation to B", a guest's
      // greeting at the airport: what the rules' triggers refuse, the model does not add
      if meetingNouns.contains(tk.lower), isFutureTimePossessive(t, before: i) { return true }
      if ["received", "welcomed", "hosted"].contains(tk.lower), receivesThing(t, after: i) { return true }
      if tk.lower == "called", next == "on",
        t[(i + 2)..<min(t.count, i + 10)].contains(where: { $0.lower == "to" || $0.lower == "for" })
      {
        return true
      }
    }
    if let trigger, isSeparately(t, trigger.index) { return true }
    if isArrivalGreeting(t) { return true }
    if isInvitationToVisit(t) { return true }
    // leaders at a summit or a council's session were together, but a bilateral meeting needs
    // its own words ("a summit between A and B", "on the sidelines of the summit")
    if t.contains(where: { multilateralWords.contains($0.lower) }),
      !t.contains(where: { bilateralCues.contains($0.lower) })
    {
      return true
    }
    return false
  }

  /// Whether the sentence tells an invitation to a visit yet to come: "affirmed the invitation of
  /// A to B to visit Astana", "A invited B to pay an official visit", "A's invitation to B to
  /// attend the summit". The inviter and the guest meet when the visit takes place, not in this
  /// sentence.
  static func isInvitationToVisit(_ t: [Token]) -> Bool {
    guard let i = t.firstIndex(where: { $0.lower.hasPrefix("invit") }) else { return false }
    for j in (i + 1)..<t.count where t[j].lower == "to" && j + 1 < t.count {
      if ["visit", "pay", "make", "come", "attend", "participate"].contains(t[j + 1].lower) { return true }
    }
    return false
  }

  /// The mode a sentence tells: "video", "phone" or "in person".
  static func meetingMode(_ t: [Token]) -> String {
    var mode = "in person"
    for tk in t {
      switch tk.lower {
      case "video", "videoconference", "video-conference", "videolink", "virtual", "virtually", "online",
        "teleconference", "tele-conference":
        mode = "video"
      case "phone", "telephone", "phoned", "telephoned", "telephonic":
        if mode == "in person" { mode = "phone" }
      default: break
      }
    }
    return mode
  }
}
