/// Meeting triggers: the word that tells a meeting in a sentence ("met", "held talks with",
/// "received", "a phone call", "called on", "had lunch with"), its mode, and what makes it no
/// meeting (planned, hypothetical, cancelled).
extension ExtractionState {
  /// The index of a meeting trigger in the sentence and the meeting's mode.
  static func meetingTrigger(_ t: [Token], persons: Int) -> (index: Int, mode: String, strong: Bool)? {
    // "After meeting with A, B had lunch with C": the main clause's trigger first
    let fronted = frontedClauseEnd(t)
    if fronted > 0, let main = meetingTrigger(t, persons: persons, from: fronted) { return main }
    return meetingTrigger(t, persons: persons, from: 0)
  }

  static func meetingTrigger(_ t: [Token], persons: Int, from start: Int) -> (index: Int, mode: String, strong: Bool)? {
    var index: Int?
    var strong = true
    for (i, tk) in t.enumerated() where i >= start && tk.has(WordClass.meetingWord) {
      let next = i + 1 < t.count ? t[i + 1].lower : ""
      let prev = i > 0 ? t[i - 1].lower : ""
      // a meeting still to come is not a meeting: "will meet", "is expected to hold talks"
      if ExtractionState.isPlanned(t, at: i) { continue }
      switch tk.lower {
      case "met", "meets":
        index = i
      case "meet":
        if prev != "to" || ["with"].contains(next) { index = i }
      case "talks", "talk", "negotiations", "consultations":
        // "negotiations were also held with the Chairman ...", "talks, which were held by ..."
        if t[(i + 1)..<min(t.count, i + 5)].contains(where: { $0.lower == "held" }) || isTookPlace(t, after: i) {
          index = i
        }
        // "A and B agreed ... during their talks in Tokyo", "A and B had a talk at ..."
        let theirs =
          prev == "their" && persons >= 2 && i >= 2
          && ["during", "after", "following", "in", "at"].contains(t[i - 2].lower)
          && !t[..<i].contains { planWords.contains($0.lower) && $0.lower != "agreed" }
        if ["with", "between"].contains(next) || theirs
          || ["held", "holds", "hold", "had", "holding", "phone", "telephone", "during", "after", "following"].contains(
            prev)
          || t[max(0, i - 3)..<i].contains(where: { ExtractionState.talksVerbs.contains($0.lower) })
        {
          index = i
        }
      case "discussion", "discussions":
        // "A and B had excellent discussions", "A and B shared a wide-ranging and frank discussion": a
        // discussion someone held; "a panel discussion", "the discussion of X" are none
        if persons >= 2,
          ["with", "between"].contains(next)
            || t[max(0, i - 6)..<i].contains(where: { ExtractionState.discussionVerbs.contains($0.lower) })
        {
          index = index ?? i
        }
      case "meetings", "lunch", "dinner", "breakfast", "luncheon":
        // "held meetings with", "had lunch with"
        if next == "with" { index = i }
      case "visit":
        // "paid a courtesy visit to the Prime Minister" (a state visit to a country is not a meeting)
        if prev == "courtesy" { index = i }
      case "invitation":
        // "At the invitation of President A, President B came on a working visit ...": the guest
        // met the host (every such sentence of two people on the development pages); not "B will
        // visit at the invitation of A", nor an invitation to others
        if i == 2, persons == 2, prev == "the", ["at", "upon", "on"].contains(t[0].lower), next == "of",
          !t.contains(where: { planWords.contains($0.lower) })
        {
          index = index ?? i
          strong = false
        }
      case "audience":
        // "received in audience", "granted an audience to"
        if prev == "in" || prev == "an" && ["to", "with"].contains(next) { index = i }
      case "called":
        // a courtesy visit, not an appeal: "called on the President", not "called on the parties to ..."
        if next == "on", !t[(i + 2)..<min(t.count, i + 10)].contains(where: { $0.lower == "to" || $0.lower == "for" }) {
          index = i
        }
      case "meeting":
        // "a one-on-one meeting", "a meeting in Lisbon between A and B"
        if ["with", "between"].contains(next) || ExtractionState.meetingKinds.contains(prev)
          || ExtractionState.isMeetingOfOffices(t, at: i, persons: persons)
          || ExtractionState.hasLaterBetween(t, after: i) || ExtractionState.isMeetingOfWith(t, at: i, persons: persons)
          || (persons >= 2 && ExtractionState.isTookPlace(t, after: i))
        {
          index = i
        } else if ["a", "the", "during"].contains(prev), persons == 2, next != "of" {
          // "the meeting" may be a summit the sentence's people attend: two people at most
          index = index ?? i
          strong = false
        }
      case "summit":
        // "A and B held a summit at ...": the two leaders' own summit; "attended the summit of
        // the council" is a gathering
        if persons == 2, ["a", "bilateral"].contains(prev), next != "of",
          t[max(0, i - 3)..<i].contains(where: { ExtractionState.talksVerbs.contains($0.lower) })
        {
          index = index ?? i
        }
        // "a virtual bilateral summit between A and B was held"
        if persons == 2, next == "between" || ExtractionState.hasLaterBetween(t, after: i) { index = index ?? i }
      case "received", "receives", "hosted", "hosts", "welcomed", "welcomes":
        // not "welcomed Chile's invitation to X", "received a letter from X", nor the protocol
        // greeting of a guest at the airport on arrival
        if !ExtractionState.receivesThing(t, after: i), !ExtractionState.isArrivalGreeting(t) { index = i }
      case "welcome":
        // "X was honoured to welcome Y in Wellington": a host's pleasure at a guest who came; not
        // "to welcome the agreement" or "a warm welcome" (no one met in the sentence's words)
        if persons >= 2, prev == "to", i >= 2, ExtractionState.welcomeFeelings.contains(t[i - 2].lower),
          ExtractionState.isGuestAfter(t, i)
        {
          index = index ?? i
        }
      case "receiving":
        // "said X while receiving visiting Minister Y"; not "receiving investment"
        if next == "visiting" || i + 1 < t.count && t[i + 1].isCapitalized { index = index ?? i }
      case "gathered":
        // "A and B gathered in Asuncion on the sides of the Assembly"; not leaders gathered for a summit
        let sides = t.contains { ["sides", "sidelines", "margins", "margin"].contains($0.lower) }
        if persons == 2, ["in", "at"].contains(next),
          sides || !t.contains(where: { ExtractionState.multilateralWords.contains($0.lower) })
        {
          index = index ?? i
        }
      case "telephoned", "phoned":
        index = i
      case "spoke", "talked", "speaks", "talks_":
        // "spoke with", "spoke by phone", also a means or a time between ("spoke via
        // teleconference with", "spoke on Monday with")
        if next == "with" || t.contains(where: { ExtractionState.remoteMeansWords.contains($0.lower) })
          || ExtractionState.withAfterLowerWords(t, i)
        {
          index = i
        }
      case "speaking":
        // "Speaking to President A, B said ...": a fronted conversation of two people
        if i == 0 || ["while", "when"].contains(prev), ["to", "with"].contains(next), persons == 2 {
          index = index ?? i
        }
      case "videoconference", "video-conference", "teleconference", "tele-conference":
        index = i
      case "call", "conference", "link", "conversation":
        // "a phone call", "a telephonic call", "a courtesy call on", "had a conversation with", "the
        // conversation, which was held by A and B"
        if ["phone", "telephone", "telephonic", "video", "online", "courtesy"].contains(prev)
          || (tk.lower == "conversation" && next == "with")
          || (tk.lower == "conversation" && t[(i + 1)..<min(t.count, i + 5)].contains { $0.lower == "held" })
        {
          index = i
        }
      case "co-chaired", "co-chairs", "co-chair", "co-chairing":
        // two co-chairs of one session meet: "X and Y co-chaired the meeting of the committee"
        index = i
      case "discussed", "exchanged":
        if persons >= 2 {
          index = index ?? i
          strong = false
        }
      default:
        break
      }
      if index != nil && strong { break }
    }
    // "the two presidents then adopted the declaration": a pair that signs together was together
    if index == nil, let k = pairJointAction(t, from: start) {
      index = k
      strong = false
    }
    guard let i = index else { return nil }
    // a meeting someone skips, cancels or postpones did not take place
    if t.contains(where: { ExtractionState.cancelWords.contains($0.lower) }) { return nil }
    return (i, ExtractionState.meetingMode(t), strong)
  }

  /// Words before "meeting" that make it one people held: "a bilateral meeting", "a one-on-one meeting".
  static let meetingKinds: Set<String> = [
    "held", "holds", "had", "bilateral", "trilateral", "one-on-one", "face-to-face", "tete-a-tete", "tête-à-tête",
    "closed-door", "private",
  ]

  /// "a meeting in São Bento, in Lisbon, between A and B": "between" within a few words after
  /// the meeting noun, with only places, dates and commas in between.
  static func hasLaterBetween(_ t: [Token], after i: Int) -> Bool {
    betweenAfterMeeting(t, i).map { $0 > i + 1 } ?? false
  }

  /// The index of "between" right after a meeting noun or a few words later, with only places,
  /// dates and commas in between.
  static func betweenAfterMeeting(_ t: [Token], _ i: Int) -> Int? {
    guard meetingNouns.contains(t[i].lower) || t[i].lower == "talks" else { return nil }
    var j = i + 1
    while j < t.count, j - i <= 8 {
      if t[j].lower == "between" { return j }
      if t[j].kind == .punctuation && t[j].text != "," { return nil }
      if ["with", "of", "and", "which", "that", "who"].contains(t[j].lower) { return nil }
      j += 1
    }
    return nil
  }

  /// Verbs a few words before "talks" that make them held: "held talks", "began bilateral talks".
  static let talksVerbs: Set<String> = ["held", "holds", "hold", "had", "began", "begun", "conducted", "started"]

  /// Verbs that make someone hold a discussion: "had discussions", "led a discussion".
  static let discussionVerbs: Set<String> = [
    "had", "held", "hold", "holds", "lead", "led", "leads", "conducted", "shared", "engaged",
  ]

  /// Whether a guest follows the verb at `i`: a capitalized title or name ("welcome Prime Minister
  /// X", "the President of Y", "his Samoan counterpart"), not a thing ("the decision of X").
  static func isGuestAfter(_ t: [Token], _ i: Int) -> Bool {
    var j = i + 1
    if j < t.count, ["the", "his", "her", "their", "visiting"].contains(t[j].lower) { j += 1 }
    guard j < t.count, t[j].isWord else { return false }
    return t[j].isCapitalized || ExtractionState.counterpartWords.contains(t[j].lower)
  }

  /// Words of a host's pleasure before "to welcome" a guest: "was honoured to welcome".
  static let welcomeFeelings: Set<String> = [
    "honoured", "honored", "pleased", "delighted", "happy", "glad", "proud", "privileged",
  ]
  /// Plural offices after "the meeting of": "the meeting of the presidents of A and B".
  static let pluralOffices: Set<String> = [
    "presidents", "leaders", "ministers", "premiers", "chancellors", "heads", "secretaries", "counterparts",
  ]

  /// "the meeting of the presidents of Kyrgyzstan A and Uzbekistan B", "a meeting of the two
  /// foreign ministers": a meeting of people named by their offices, unlike "the meeting of the
  /// council" (a body's session), which tells no bilateral meeting.
  static func isMeetingOfOffices(_ t: [Token], at i: Int, persons: Int) -> Bool {
    guard persons >= 2, i + 2 < t.count, t[i + 1].lower == "of" else { return false }
    // a body's name starts with a capital: "the meeting of the Council of Heads of State"
    var k = i + 2
    while k < t.count, ["the", "two", "both", "three"].contains(t[k].lower) { k += 1 }
    guard k < t.count, !t[k].isCapitalized else { return false }
    return t[k..<min(t.count, k + 3)].contains { pluralOffices.contains($0.text) }
  }

  /// Words before a meeting trigger that make it a plan: "will meet", "is expected to hold
  /// talks", "plans to meet", "is scheduled to receive".
  static let planWords: Set<String> = [
    "will", "would", "shall", "expected", "scheduled", "due", "plans", "plan", "planned", "planning", "going",
    "intends", "hopes", "set", "invited", "agreed", "wants", "wishes", "ready", "preparations", "preparation",
    "preparing", "upcoming", "forthcoming", "arrange", "arranging", "slated",
  ]

  /// Words after a meeting noun that make it hypothetical: "a meeting ... is not ruled out",
  /// "talks ... are planned".
  static let hypotheticalAfter: Set<String> = [
    "will", "would", "could", "might", "may", "planned", "scheduled", "expected", "ruled", "possible", "proposed",
  ]
  static let meetingNouns: Set<String> = ["meeting", "meetings", "talks", "call", "conversation", "summit"]

  /// Words between a plan word and the meeting it plans: "will also be holding separate bilateral meetings".
  static let planGapWords: Set<String> = [
    "also", "be", "have", "hold", "holding", "separate", "bilateral", "official", "further", "formal", "then", "soon",
  ]

  static func isPlanned(_ t: [Token], at i: Int) -> Bool {
    // "will also be holding separate bilateral meetings": a plan word before auxiliaries and modifiers
    var lo = max(0, i - 4)
    while lo > 0, i - lo < 7, ExtractionState.planGapWords.contains(t[lo].lower) { lo -= 1 }
    let window = t[lo..<i]
    // "to meet" after a plan word; "will meet", "will hold talks"; "agreed to meet", not "agreed
    // during a meeting with"
    if window.indices.contains(where: { k in
      planWords.contains(t[k].lower) && (t[k].lower != "agreed" || ["to", "on", "that"].contains(t[k + 1].lower))
    }) && window.last?.lower != "and"
      && !window.contains(where: { $0.text == "," || $0.lower == "who" || $0.lower == "which" })
    {
      return true
    }
    guard meetingNouns.contains(t[i].lower) else { return false }
    if isFutureTimePossessive(t, before: i) { return true }
    var j = i + 1
    while j < t.count && j - i <= 12 {
      let w = t[j].lower
      if t[j].kind == .punctuation || w == "which" || w == "that" || w == "who" { break }
      // "talks ... on May 31": the month, not the modal, in mid-sentence
      if hypotheticalAfter.contains(w), !Token.isMonthMay(t, j) { return true }
      j += 1
    }
    return false
  }

  /// Things one receives or welcomes that are no person: "welcomed the invitation", "received
  /// a letter", "welcomed Chile's decision".
  static let receivedThings: Set<String> = [
    "invitation", "invitations", "decision", "decisions", "proposal", "proposals", "initiative", "initiatives",
    "statement", "statements", "efforts", "offer", "offers", "news", "results", "outcome", "outcomes", "letter",
    "letters", "message", "messages", "greetings", "congratulations", "support", "announcement", "adoption",
    "progress", "move", "steps", "report", "award", "credentials", "copy", "gift", "gifts", "request",
  ]

  /// Whether the object of the verb at `v` is a thing of ``receivedThings``, after determiners and a
  /// possessive owner ("welcomed Indonesia's invitation to X").
  static func receivesThing(_ t: [Token], after v: Int) -> Bool {
    var k = v + 1
    while k < t.count, ["the", "a", "an", "his", "her", "their", "its", "this", "that", "warmly"].contains(t[k].lower) {
      k += 1
    }
    // a possessive owner: "Indonesia's", "the President's"
    var j = k
    while j < t.count, j - k < 4, t[j].isCapitalized { j += 1 }
    if j > k, j < t.count, t[j].lower == "'s" || t[j].lower == "’s" { k = j + 1 }
    while k < t.count, k - v < 8, t[k].isWord, !t[k].isCapitalized, !receivedThings.contains(t[k].lower),
      t[k].lower.hasSuffix("ed") || t[k].lower.hasSuffix("ing")
        || ["new", "kind", "warm", "official"].contains(t[k].lower)
    {
      k += 1
    }
    return k < t.count && receivedThings.contains(t[k].lower)
  }

  /// Whether the sentence tells a guest's greeting on arrival at an airport: "was received at
  /// the airport by the Foreign Minister upon arrival", "welcomed on arrival at the airport".
  static func isArrivalGreeting(_ t: [Token]) -> Bool {
    t.contains { $0.lower == "airport" || $0.lower == "airbase" }
      && t.contains { ["arrival", "arrived", "arriving"].contains($0.lower) }
  }

  /// Whether a time still to come owns the meeting noun at `i`: "next month's meeting",
  /// "tomorrow's talks", "next week's bilateral summit".
  static func isFutureTimePossessive(_ t: [Token], before i: Int) -> Bool {
    var k = i - 1
    while k >= 0, ["bilateral", "official", "planned", "first", "formal"].contains(t[k].lower) { k -= 1 }
    guard k >= 1, t[k].lower == "'s" || t[k].lower == "’s" else { return false }
    let time = t[k - 1].lower
    if time == "tomorrow" { return true }
    return k >= 2 && t[k - 2].lower == "next" && ["week", "month", "year", "weekend"].contains(time)
  }

  /// Where a fronted subordinate clause ends ("After meeting with A," → the comma; "Besides his
  /// talks with A,"; "Apart from ..."; "In addition to ..."), or 0.
  static func frontedClauseEnd(_ t: [Token]) -> Int {
    guard let first = t.first else { return 0 }
    let fronted =
      ["after", "following", "before", "ahead", "upon", "besides"].contains(first.lower)
      || (t.count > 2 && first.lower == "apart" && t[1].lower == "from")
      || (t.count > 2 && first.lower == "in" && t[1].lower == "addition" && t[2].lower == "to")
    guard fronted else { return 0 }
    for k in 1..<min(t.count, 14) where t[k].text == "," { return k + 1 }
    return 0
  }

  /// Words of a talk at a distance: "spoke by phone", "spoke via teleconference".
  static let remoteMeansWords: Set<String> = [
    "phone", "telephone", "video", "videoconference", "video-conference", "teleconference", "tele-conference",
  ]

  /// Whether "with" follows the verb at `i` after a few lower-case words or a weekday only
  /// ("spoke via teleconference with", "spoke on Monday with"), never across a name or a clause.
  static func withAfterLowerWords(_ t: [Token], _ i: Int) -> Bool {
    var j = i + 1
    while j < t.count && j - i <= 4 {
      let w = t[j].lower
      if w == "with" { return j > i + 1 }
      guard t[j].kind == .word, !t[j].isCapitalized || DateFinder.weekdays[w] != nil else { return false }
      j += 1
    }
    return false
  }
}
