/// Meetings that a sentence tells by what two people of different countries did together or to
/// each other in person, with no meeting word: "A and B signed / inaugurated / chaired ...", "the
/// presidents of X and Y, A and B, signed ...", "A, together with B, chaired the summit", "A
/// conferred the Order of X on B", "A had visited B".
extension ExtractionState {
  /// Verbs of an act two people perform together in one place: a signing, an opening, a chair.
  static let jointActVerbs: Set<String> = [
    "signed", "inked", "inaugurated", "launched", "opened", "unveiled", "witnessed", "chaired", "co-chaired", "laid",
  ]
  /// Words between a conjoined subject and its verb that keep it one clause: "also", "on Monday".
  static let jointActFillers: Set<String> = [
    "also", "jointly", "then", "together", "today", "yesterday", "later", "personally", "on", "in", "at", "morning",
    "afternoon", "evening", "night",
  ]
  /// Words of an appositive title between or after the two people: "the Prime Minister of Portugal".
  static let appositiveWords: Set<String> = [
    "of", "the", "'s", "’s", "and", "for", "his", "her", "their", "counterpart", "counterparts", "republic",
  ]
  /// Verbs of an honour one gives another in person: "conferred the Order of X on B".
  static let honourVerbs: Set<String> = ["conferred", "bestowed"]

  /// The meetings of this sentence's joint acts, honours and visits to a person.
  mutating func jointActMeetings(
    _ a: SentenceAnalysis, _ meetings: inout [MeetingInfo], lastCity: Int?, lastDate: CalendarDate?
  ) {
    let t = a.tokens
    // a plan, a wish, a cancellation or a denial before the act tells no meeting ("will sign"); a
    // later clause may ("signed agreements, which will bring ...")
    func vetoed(_ verb: Int) -> Bool {
      t[..<verb].contains(where: {
        ExtractionState.learnedVetoWords.contains($0.lower) || ExtractionState.cancelWords.contains($0.lower)
          || ["not", "never", "arrange", "if"].contains($0.lower) || $0.text == "may"
      })
    }
    // the people of the sentence, companions included ("together with B" is one of the pair here)
    var people: [(entity: Int, tokens: Range<Int>)] = []
    for s in a.spans where s.kind == .person {
      guard let e = s.entity, !people.contains(where: { $0.entity == e }) else { continue }
      let window = t[max(0, s.tokens.lowerBound - 6)..<s.tokens.lowerBound]
      if window.contains(where: { ExtractionState.exclusionBefore.contains($0.lower) }) { continue }
      if ExtractionState.isBystander(t, s.tokens.lowerBound) { continue }
      people.append((e, s.tokens))
    }
    guard people.count >= 2 else { return }
    func country(_ e: Int) -> String? { table.entities[e].properties["country"]?.stringValue }
    // two sides: both countries known and different, or one known in a sentence that names two
    // countries ("the presidents of X and Y, A and B, signed"); never two people of unknown sides
    let named = Set(a.spans.filter { $0.kind == .country }.map(\.name))
    func apart(_ p: Int, _ q: Int) -> Bool {
      switch (country(p), country(q)) {
      case let (x?, y?): return x != y
      case (nil, nil): return false
      default: return named.count >= 2
      }
    }
    let mode = ExtractionState.meetingMode(t)
    for (p, q) in zip(people, people.dropFirst()) where p.tokens.upperBound <= q.tokens.lowerBound {
      // a visit to a person tells a guest and a host: one known country that differs is enough
      // ("External Affairs Minister X had visited Prime Minister Y of Z")
      let visit = country(p.entity) != country(q.entity) ? visitedPerson(a, p.tokens, q.tokens) : nil
      guard
        let verb = visit ?? (apart(p.entity, q.entity) ? conjoinedSubjectVerb(a, p.tokens, q.tokens) : nil)
          ?? (apart(p.entity, q.entity) ? honourVerb(a, p.tokens, q.tokens) : nil),
        !vetoed(verb)
      else { continue }
      recordMeeting(
        a, [p, q], (index: verb, mode: mode, strong: true), &meetings, lastCity: lastCity, lastDate: lastDate)
    }
  }

  /// Whether token `j` may belong to a title or appositive around a name: a capitalized word, a
  /// title, country, demonym or organization, a comma or bracket, "of", "the".
  func isAppositiveToken(_ a: SentenceAnalysis, _ j: Int) -> Bool {
    let tk = a.tokens[j]
    if let s = a.span(at: j) { return s.kind != .person && s.kind != .pronoun && s.kind != .group }
    if tk.kind == .punctuation { return [",", "(", ")", "-", "–"].contains(tk.text) }
    return tk.isCapitalized || ExtractionState.appositiveWords.contains(tk.lower)
  }

  /// The index of the verb when `p` and `q` are the conjoined subject of a joint act: "A and B
  /// signed", "A, President of X, and B, Prime Minister of Y, also signed", "A, together with B,
  /// chaired". Only titles may stand between and after the two names.
  func conjoinedSubjectVerb(_ a: SentenceAnalysis, _ p: Range<Int>, _ q: Range<Int>) -> Int? {
    let t = a.tokens
    guard q.lowerBound - p.upperBound <= 25 else { return nil }
    // not the object of something: "signed by A and B", "a meeting between Presidents A and B"
    var k = p.lowerBound - 1
    while k >= 0, t[k].lower == "the" || [.title, .demonym, .country].contains(a.span(at: k)?.kind) { k -= 1 }
    if k >= 0, ["by", "between", "with", "of", "to"].contains(t[k].lower) { return nil }
    var linked = false
    var j = p.upperBound
    while j < q.lowerBound {
      let w = t[j].lower
      if w == "and" || (["together", "along"].contains(w) && j + 1 < q.lowerBound && t[j + 1].lower == "with") {
        linked = true
        if w != "and" { j += 1 }
      } else if !isAppositiveToken(a, j) {
        return nil
      }
      j += 1
    }
    guard linked else { return nil }
    // after the second name: its title, then a few fillers, then the verb
    j = q.upperBound
    while j < t.count, j - q.upperBound <= 20 {
      let w = t[j].lower
      if ExtractionState.jointActVerbs.contains(w) { return j }
      if w == "and" || a.span(at: j)?.kind == .person { return nil }
      let isDay = DateFinder.weekdays[w] != nil || DateFinder.months[w] != nil || t[j].kind == .number
      guard isAppositiveToken(a, j) || ExtractionState.jointActFillers.contains(w) || isDay else { return nil }
      j += 1
    }
    return nil
  }

  /// The index of "conferred" in "A conferred the Order of X on B": the giver right before the
  /// verb, the receiver right after "on" or "upon".
  func honourVerb(_ a: SentenceAnalysis, _ p: Range<Int>, _ q: Range<Int>) -> Int? {
    let t = a.tokens
    var i = p.upperBound
    while i < q.lowerBound, i - p.upperBound < 3, ["has", "had", "also", ","].contains(t[i].lower) { i += 1 }
    guard i < q.lowerBound, ExtractionState.honourVerbs.contains(t[i].lower) else { return nil }
    // "on" or "upon" before the receiver, with only a title between
    var k = q.lowerBound - 1
    while k > i, isAppositiveToken(a, k), !["on", "upon"].contains(t[k].lower) { k -= 1 }
    guard k > i, ["on", "upon"].contains(t[k].lower), q.lowerBound - k <= 4 else { return nil }
    return i
  }

  /// The index of "visited" in "A (had) visited B": a person as the object of a visit (a visit
  /// to a country is no meeting).
  func visitedPerson(_ a: SentenceAnalysis, _ p: Range<Int>, _ q: Range<Int>) -> Int? {
    let t = a.tokens
    var i = p.upperBound
    while i < q.lowerBound, i - p.upperBound < 3, ["has", "had", "also", "earlier", "then"].contains(t[i].lower) {
      i += 1
    }
    guard i < q.lowerBound, ["visited", "visits"].contains(t[i].lower) else { return nil }
    // only the person's title between the verb and the name: "visited President B"
    for k in (i + 1)..<q.lowerBound {
      guard let s = a.span(at: k), [.title, .demonym, .country].contains(s.kind) else {
        if ["the", "his", "her"].contains(t[k].lower) { continue }
        return nil
      }
    }
    return i
  }
}
