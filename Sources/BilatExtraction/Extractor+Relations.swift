import BilatCore

/// A meeting found in the article.
struct MeetingInfo {
  var participants: [Int]
  var date: CalendarDate?
  /// Whether the date was stated for the meeting (else the previous date or the publication date).
  var dateStated = false
  var place: Int?
  var mode: String
  var firstSentence: Int
  var evidence: [Mention]
  /// Told in a relative clause ("Tokayev, who on Thursday met Steinmeier, ..."): a side meeting
  /// that does not take over the topics of the sentence.
  var side = false
  /// All participants are the sentence's subjects ("X, Y and Z held a trilateral meeting"):
  /// every pair met, not only the first person with each other one.
  var together = false
  /// The sentence's conjoined subjects when it names people after the trigger too ("A and
  /// Foreign Minister B met C"): each of them met the people after the trigger, not each other.
  var coSubjects: Set<Int> = []
  /// The place is the dateline's city, where the story was filed: no sentence told it for the
  /// meeting (``ExtractionState/replaceFiledPlaces(_:_:)``).
  var placeFiled = false
  /// The place was told by a sentence of the meeting itself ("met ... in Ankara").
  var placeTold = false
}

extension ExtractionState {
  static let wishWords: Set<String> = [
    "hope", "hoped", "hopes", "hoping", "interested", "interest", "intend", "intends", "intended", "intention", "would",
    "plan", "plans", "planned", "planning", "propose", "proposed", "proposes", "suggested", "suggests", "called",
    "calls", "urged", "urges", "ready", "willing", "expect", "expects", "expected", "could", "should", "may",
    "might", "wish", "wishes", "aim", "aims", "seek", "seeks", "want", "wants", "consider", "considering",
    "possibility", "prospects", "potential", "will", "shall", "if", "once", "invited", "offered", "noted",
  ]
  static let cancelWords: Set<String> = [
    "skip", "skipped", "skips", "cancel", "cancelled", "canceled", "cancels", "postponed", "postpone", "called_off",
  ]
  /// Pass 2b: relations from the resolved sentences.
  mutating func relations(_ analyses: [SentenceAnalysis]) {
    var meetings: [MeetingInfo] = []
    var lastCity: Int?
    var lastDate: CalendarDate?
    var recent: [Int] = []
    var heads: [(person: Int, country: String?)] = []
    // the country a visit goes to, read once: it screens the visited city and places the talks
    visits = visitedCountries(analyses)
    let visited = visits.first
    visitCity = visitedCity(analyses, visited: visited)
    let storyDates = analyses.map { toldDate($0) }
    for (i, a) in analyses.enumerated() {
      // before any date is stated, the story's first date of the last days (told further on:
      // "Putin arrived on Friday", "he left yesterday") is the meeting's, not the publication's
      let dateSoFar = lastDate ?? storyDate(storyDates, after: i)
      meetingsIn(a, &meetings, lastCity: lastCity, lastDate: dateSoFar, recent: recent, heads: heads)
      noteDelegationHead(a, &heads)
      learnedMeetings(a, &meetings, lastCity: lastCity, lastDate: dateSoFar)
      jointActMeetings(a, &meetings, lastCity: lastCity, lastDate: dateSoFar)
      for s in a.spans where s.kind == .person {
        // the honoured ("the Statue of X") and a report's source are not among "the two leaders"
        // of the next sentence
        guard let e = s.entity, !ExtractionState.isBystander(a.tokens, s.tokens.lowerBound) else { continue }
        recent.removeAll { $0 == e }
        recent.append(e)
      }
      if let d = statedDate(a) { lastDate = d }
      for (k, s) in a.spans.enumerated() where s.kind == .city {
        if s.tokens.lowerBound > 0, ["in", "to", "at"].contains(a.tokens[s.tokens.lowerBound - 1].lower) {
          lastCity = a.spans[k].entity
        }
      }
    }
    placeAtMeetingSite(&meetings, analyses)
    replaceFiledPlaces(&meetings, analyses)
    placeInHeadlineCity(&meetings)
    placeInVisitedCapital(&meetings, visited: visited)
    emitMeetings(meetings, analyses)
    homeCountries(analyses)
    partyOnlyBodies = ExtractionState.documentPartyBodies(analyses)
    // the dateline city is a place of the story even when no meeting takes place there
    _ = datelineCity()
    for a in analyses {
      agreements(a, meetings)
      referredPackages(a)
      includedDocuments(a, meetings, analyses)
      passiveRoles(a)
      roles(a)
      clauseRoles(a)
      projects(a)
    }
    packageFollowUps(analyses)
    signedLists(analyses, meetings)
    madeJointTextSignings(meetings)
    mentionedDocumentAgreements(meetings)
    locations()
    venueCities(analyses, meetings)
    pruneRoles()
    pruneSameSideMeetings(meetings)
  }

  // MARK: Meetings

  /// People who take part in the sentence's meeting, in order, without those only mentioned
  /// ("greetings from President X").
  func participants(_ a: SentenceAnalysis) -> [(entity: Int, tokens: Range<Int>)] {
    var out: [(Int, Range<Int>)] = []
    for s in a.spans where s.kind == .person {
      guard let e = s.entity, !out.contains(where: { $0.0 == e }) else { continue }
      let lo = s.tokens.lowerBound
      let window = a.tokens[max(0, lo - 6)..<lo]
      if window.contains(where: { ExtractionState.exclusionBefore.contains($0.lower) }) { continue }
      if ExtractionState.isBystander(a.tokens, lo) { continue }
      if ExtractionState.isCompanion(a, lo) { continue }
      out.append((e, s.tokens))
    }
    return out
  }

  /// Token ranges of relative clauses set off by commas: ", who arrived on Tuesday,".
  static func relativeClauses(_ t: [Token]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = 0
    while i + 1 < t.count {
      if t[i].text == ",", ["who", "which", "whose"].contains(t[i + 1].lower) {
        var j = i + 2
        while j < t.count && t[j].text != "," && t[j].text != "." && t[j].text != ";" { j += 1 }
        out.append((i + 1)..<j)
        i = j
      } else {
        i += 1
      }
    }
    return out
  }

  mutating func meetingsIn(
    _ a: SentenceAnalysis, _ meetings: inout [MeetingInfo], lastCity: Int?, lastDate: CalendarDate?,
    recent: [Int], heads: [(person: Int, country: String?)]
  ) {
    var people = participants(a)
    guard let trigger = ExtractionState.meetingTrigger(a.tokens, persons: people.count) else { return }
    people = meetingParticipants(a, people, trigger: trigger.index, recent: recent)
    // "A met B in Rome, after minister C's trip to Oran": C is the later clause's, not the meeting's
    if let cut = ExtractionState.subordinateClauseStart(a.tokens, after: trigger.index) {
      let kept = people.filter { $0.tokens.lowerBound < cut }
      if kept.count >= 2 { people = kept }
    }
    guard isJointActionOfSides(a, people, trigger: trigger.index) else { return }
    // "The officials discussed the meeting of A with B": people who discuss are its subjects
    if ["discussed", "exchanged"].contains(a.tokens[trigger.index].lower),
      !people.contains(where: { $0.tokens.upperBound <= trigger.index })
    {
      return
    }
    // "a meeting (in Lisbon) between A and B, in which ministers C and D were also present": the
    // two after "between" met
    if let between = ExtractionState.betweenAfterMeeting(a.tokens, trigger.index) {
      let pair = people.filter { $0.tokens.lowerBound > between }.prefix(2)
      if pair.count == 2 { people = Array(pair) }
    }
    // "Talks were also held with X": the protagonist of the article's last meeting met X
    if people.count == 1, let p = people.first, let last = meetings.last, let protagonist = last.participants.first,
      protagonist != p.entity, ExtractionState.isPassiveHeldWith(a.tokens, trigger.index)
    {
      people.insert((protagonist, p.tokens), at: 0)
    }
    if let partner = frontedMeetingPartner(a, people, trigger: trigger.index, meetings: meetings), let p = people.first
    {
      people.insert((partner, p.tokens), at: 0)
    }
    if let head = metDelegationHead(a, people, heads: heads), let p = people.first {
      people.insert((head, p.tokens), at: 0)
    }
    // "A and B held separate meetings with C", "A and B met C separately": each subject met the
    // people after the trigger, and the subjects did not meet each other
    if ExtractionState.isSeparately(a.tokens, trigger.index) {
      let before = people.filter { $0.tokens.upperBound <= trigger.index }
      let after = people.filter { $0.tokens.lowerBound > trigger.index }
      if before.count >= 2, !after.isEmpty {
        for s in before {
          recordMeeting(a, [s] + after, trigger, &meetings, lastCity: lastCity, lastDate: lastDate)
        }
        return
      }
    }
    recordMeeting(a, people, trigger, &meetings, lastCity: lastCity, lastDate: lastDate)
  }

  /// The meeting of `people` (the subject first) told at `trigger`, or more evidence for one
  /// already known.
  mutating func recordMeeting(
    _ a: SentenceAnalysis, _ people: [(entity: Int, tokens: Range<Int>)],
    _ trigger: (index: Int, mode: String, strong: Bool), _ meetings: inout [MeetingInfo], lastCity: Int?,
    lastDate: CalendarDate?
  ) {
    let si = a.sentence.index
    if people.count < 2 {
      // a later sentence about a known meeting ("During the meeting, Smailov noted ...")
      if let p = people.first, let k = meetings.lastIndex(where: { $0.participants.contains(p.entity) }) {
        meetings[k].evidence.append(mention(a, p.tokens, "meeting-continuation", 0.6))
      }
      return
    }
    let subject = people[0]
    var group = [subject.entity]
    for p in people.dropFirst() where !group.contains(p.entity) { group.append(p.entity) }
    let statedAt = statedDateAt(a, near: trigger.index)
    let stated = statedAt?.date
    // a visit's first day is assumed for its talks, not stated: a later sentence may tell their day
    let spanStart = statedAt.map { ExtractionState.startsDaySpan(a.tokens, at: $0.index) } ?? false
    // "After meeting with A, B had lunch with C": without a date of its own, a pair that met in an
    // earlier meeting of the article is that meeting again
    if stated == nil, group.count > 2 {
      let again = group.dropFirst().filter { other in
        meetings.contains { $0.participants.contains(group[0]) && $0.participants.contains(other) }
      }
      if group.count - again.count >= 2 { group.removeAll { again.contains($0) } }
    }
    // a meeting dated after the article was published is one to come ("ideas to be presented on
    // June 17 in Berlin"), not one held
    if let stated, let published = article.published, published.adding(days: 1) < stated { return }
    let date = stated ?? lastDate ?? article.published
    var place = hostCity(a)
    // "A met B, and the two will open a consulate in X": a plan's city after the meeting's clause
    let meetingEnd = max(trigger.index + 1, people.map(\.tokens.upperBound).max() ?? 0)
    let planned = ExtractionState.plannedClauseStart(a.tokens, after: meetingEnd)
    var recalled = false
    // "met X, who travelled with him to Y": a trip told of the other side after the meeting
    // ("met X, who is in Y on a visit" tells where X stays, and so where they met)
    let asides = ExtractionState.relativeClauses(a.tokens).filter { $0.lowerBound > trigger.index }
    for prepositions in [["in", "at"], ["to", "visiting"]] where place == nil {
      for s in a.spans where s.kind == .city && s.tokens.lowerBound < planned {
        if prepositions.contains("to"), asides.contains(where: { $0.contains(s.tokens.lowerBound) }) { continue }
        let lo = placeStart(a, s.tokens.lowerBound)
        if lo > 0, prepositions.contains(a.tokens[lo - 1].lower) || isAfterVenue(a, lo) {
          place = s.entity
          // "when they last met in Addis Ababa": an earlier meeting's city corrects no dateline
          let clause = ExtractionState.clauseStart(a.tokens, before: lo)
          recalled = ExtractionState.isRecalledMeeting(a, clause: clause, city: s.tokens, published: article.published)
          break
        }
      }
    }
    // "received ... at the Akorda", "talks in the Kremlin": the city of a known facility
    if place == nil, trigger.mode == "in person" {
      for s in a.spans where s.kind == .facility {
        guard let city = lexicon.cityOf[s.name] else { continue }
        var lo = s.tokens.lowerBound
        if lo > 1 && a.tokens[lo - 1].lower == "the" { lo -= 1 }
        guard lo > 0, ["in", "at"].contains(a.tokens[lo - 1].lower) else { continue }
        let id = table.entity("City", city)
        table.fill(id, "country", lexicon.countryOf[city])
        table.mention(id, mention(a, s.tokens, "facility-city", 0.75))
        place = id
        break
      }
    }
    var told = place != nil && !recalled
    var filed = false
    if place == nil && trigger.mode == "in person" {
      place = namedTown(a, after: trigger.index)
      told = place != nil
      if a.tokens.contains(where: { $0.lower == "here" }) { place = place ?? datelineCity() }
      if place == nil, let visit = visitCity(for: a) { place = visit }
      if place == nil, let dateline = datelineCity(),
        !isOutsideVisitedCountry(dateline, participants: group, sentence: si)
      {
        place = dateline
        filed = true
      }
      if place == nil, let last = lastCity, !isOutsideVisitedCountry(last, participants: group, sentence: si) {
        place = last
      }
    }
    // a call or a video conference has no place, whatever city its sentence names
    if trigger.mode != "in person" {
      place = nil
      told = false
      filed = false
    }
    let lo = min(people.first?.tokens.lowerBound ?? 0, trigger.index)
    let hi = max(people.last?.tokens.upperBound ?? 0, trigger.index + 1)
    let ev = mention(a, lo..<hi, trigger.strong ? "meeting-trigger" : "discussion-trigger", trigger.strong ? 0.85 : 0.6)
    if let k = meetings.firstIndex(where: {
      Set($0.participants) == Set(group) || Set(group).isSubset(of: Set($0.participants)) && $0.date == date
    }) {
      meetings[k].evidence.append(ev)
      // a sentence that tells where the meeting was corrects the dateline's guess; an earlier
      // meeting recalled ("have met before, most recently in X") tells nothing of this one's place
      if !recalled, meetings[k].place == nil || meetings[k].placeFiled && told && place != nil {
        meetings[k].place = place
        meetings[k].placeFiled = filed
        meetings[k].placeTold = told
      }
      // a later sentence that tells the meeting with its date corrects a date that was only assumed
      if let stated, !meetings[k].dateStated, trigger.strong {
        meetings[k].date = stated
        meetings[k].dateStated = !spanStart
      }
      return
    }
    meetings.append(
      MeetingInfo(
        participants: group, date: date, dateStated: stated != nil && !spanStart, place: place, mode: trigger.mode,
        firstSentence: si,
        evidence: [ev],
        side: a.tokens[max(0, trigger.index - 5)..<trigger.index].contains { $0.lower == "who" || $0.lower == "which" },
        together: people.count > 2 && people.allSatisfy { $0.tokens.upperBound <= trigger.index },
        coSubjects: coSubjects(a, people, trigger: trigger.index),
        placeFiled: filed, placeTold: told)
    )
  }

  mutating func emitMeetings(_ meetings: [MeetingInfo], _ analyses: [SentenceAnalysis]) {
    let ordered = separateMeetings(meetings, analyses).sorted { $0.firstSentence < $1.firstSentence }
    var ids: [Int] = []
    for m in ordered {
      let names = m.participants.map { table.entities[$0].name }
      let dateText = m.date?.iso ?? "undated"
      let id = table.entity("Meeting", "Meeting of \(names.joined(separator: ", ")) on \(dateText)")
      // a concise display name: "Smailov – Ding Xuexiang, 2023-11-27" (surname when the text uses it alone)
      let short = m.participants.map { p -> String in
        let e = table.entities[p]
        let last = e.name.split(separator: " ").last.map(String.init) ?? e.name
        return e.aliases.contains(last) ? last : e.name
      }
      let display = short.joined(separator: " – ") + (m.date.map { ", \($0.iso)" } ?? "")
      var props: [String: PropertyValue] = ["mode": .string(m.mode)]
      if let d = m.date { props["date"] = .string(d.iso) }
      if let p = m.place { props["place"] = .string(table.entities[p].name) }
      for (k, v) in props { table.entities[id].properties[k] = v }
      table.entities[id].properties["participants"] = .list(names.map { .string($0) })
      table.entities[id].properties["name"] = .string(display)
      table.entities[id].name = display
      for e in m.evidence { table.mention(id, e) }
      let ev = m.evidence[0]
      for p in m.participants { relate("ATTENDED", p, id, [:], ev) }
      if let p = m.place { relate("HELD_IN", id, p, [:], ev) }
      // MET_WITH rests on the sentences that tell the meeting; later sentences about it support
      // the Meeting node and its topics only
      let told = m.evidence.filter { $0.rule == "meeting-trigger" }
      let subjects = m.together ? m.participants.dropLast() : m.participants.prefix(1)
      for (k, subject) in subjects.enumerated() {
        // two officials of one side met the guest, not each other (nor did they meet alone)
        for other in m.participants.dropFirst(k + 1) where !sameSide(subject, other) && !m.coSubjects.contains(other) {
          for e in told.isEmpty ? [m.evidence[0]] : told {
            relate("MET_WITH", subject, other, props, e, key: dateText)
          }
        }
      }
      // the subject's partners in the subject ("A and B met C") met the people after the trigger
      for subject in m.participants.dropFirst() where m.coSubjects.contains(subject) {
        for other in m.participants where !m.coSubjects.contains(other) && !sameSide(subject, other) {
          for e in told.isEmpty ? [m.evidence[0]] : told {
            relate("MET_WITH", subject, other, props, e, key: dateText)
          }
        }
      }
      ids.append(id)
    }
    discussed(ordered, ids, analyses)
  }
}
