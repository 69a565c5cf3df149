/// Where a meeting took place when its own sentence names no city: the city a visitor arrived
/// in or visited, told anywhere in the article ("X arrived in Ashgabat", "during his visit to
/// Hanoi", "Bakiyev's Moscow visit"), a city that hosts the meeting ("Beijing hosted talks"),
/// the dateline's city (or a line before the body naming only a city) and a city another
/// sentence says a meeting was held in.
extension ExtractionState {
  /// Words right before a city that tell a visit or an arrival there.
  static let visitCues: [[String]] = [
    ["visited"], ["visiting"], ["visits"], ["arrived", "in"], ["arrives", "in"], ["arriving", "in"],
    ["arrival", "in"], ["visit", "to"], ["trip", "to"], ["flew", "into"], ["flew", "to"], ["arrived", "at"],
    ["landed", "in"],
  ]
  /// Words right after a city that tell a visit or a meeting there: "his Moscow visit", "the
  /// Tashkent talks".
  static let visitNounsAfter: Set<String> = ["visit", "trip", "talks", "meeting", "summit"]

  /// The first city of the article that someone visits or arrives in, if the article names one.
  func visitedCity(
    _ analyses: [SentenceAnalysis], visited: (name: String, sentence: Int)?
  ) -> Int? {
    firstCity(analyses) { a, s, lo in
      let t = a.tokens
      if let city = s.entity, isNextLeg(city, sentence: a.sentence.index, visited) { return false }
      for cue in ExtractionState.visitCues where lo >= cue.count {
        guard zip(t[(lo - cue.count)..<lo], cue).allSatisfy({ $0.0.lower == $0.1 }) else { continue }
        // "during my visit to Dushanbe" in a transcript: the speaker's earlier trip
        let k = lo - cue.count
        if k > 0, ["my", "our"].contains(t[k - 1].lower) { continue }
        // "Recalling his visit to X in March 2006": an earlier trip
        let clause = ExtractionState.clauseStart(t, before: k)
        if ExtractionState.isRecalledMeeting(a, clause: clause, city: s.tokens, published: article.published) {
          continue
        }
        return true
      }
      // "Quispe is in Accra these days on a working visit": a stay told by the visit after the city
      if ExtractionState.isStayOnVisit(t, city: s.tokens, from: lo) { return true }
      // "Bakiyev's Moscow visit": the city before a visit noun, after a possessive or article
      let hi = s.tokens.upperBound
      if hi < t.count, ExtractionState.visitNounsAfter.contains(t[hi].lower), lo > 0,
        ["'s", "the", "his", "her", "their"].contains(t[lo - 1].lower)
      {
        return true
      }
      return false
    }
  }

  /// Whether the city at `city` (its phrase starting at `lo`) is where someone stays on a visit:
  /// "in X" followed within a few words by "on/for a (state/official/...) visit", with no plan in
  /// its clause ("will be in X on a visit").
  static func isStayOnVisit(_ t: [Token], city: Range<Int>, from lo: Int) -> Bool {
    guard lo > 0, t[lo - 1].lower == "in" else { return false }
    var k = city.upperBound
    // "in Accra, Ghana on a working visit": the city's country may follow it
    while k < t.count, k - city.upperBound < 3, t[k].text == "," || t[k].isCapitalized { k += 1 }
    guard k + 1 < t.count, ["on", "for"].contains(t[k].lower) else { return false }
    guard t[(k + 1)..<min(t.count, k + 5)].contains(where: { ["visit", "trip", "tour"].contains($0.lower) })
    else { return false }
    var clause = lo - 1
    while clause > 0, ![",", ";", ":", "\"", "."].contains(t[clause - 1].text) { clause -= 1 }
    return !t[clause..<lo].contains(where: { ExtractionState.planWords.contains($0.lower) })
  }

  /// The first city of the article, in reading order, for which `test` holds, given its
  /// sentence, its span and where its phrase starts (``placeStart(_:_:)``).
  func firstCity(
    _ analyses: [SentenceAnalysis], where test: (SentenceAnalysis, Span, Int) -> Bool
  ) -> Int? {
    for a in analyses {
      for s in a.spans where s.kind == .city {
        guard let city = s.entity else { continue }
        if test(a, s, placeStart(a, s.tokens.lowerBound)) { return city }
      }
    }
    return nil
  }

  /// Nouns of a meeting whose city a sentence may tell apart from the sentence that reports the
  /// meeting: "During the meeting at the Blue Palace in Lusaka", "At a meeting held at State
  /// House in Lima", "a joint news conference in Oslo".
  static let meetingSiteNouns: Set<String> = [
    "meeting", "meetings", "talks", "talk", "summit", "conference", "negotiations", "consultations", "session",
    "discussions", "ceremony",
  ]

  /// The first city of the article told as where a meeting took place: after "in" or "at" (or
  /// a venue's comma) within a few words after a meeting noun, with no plan told around it.
  /// It places a meeting in person whose own sentence, the dateline and the earlier sentences
  /// name no city.
  func meetingSiteCity(_ analyses: [SentenceAnalysis]) -> Int? {
    firstCity(analyses) { a, s, lo in
      let t = a.tokens
      guard lo > 0, ["in", "at"].contains(t[lo - 1].lower) || isAfterVenue(a, lo) else { return false }
      // the meeting noun a few words before, in the same clause: "the meeting at X Palace in Y"
      var k = lo - 1
      var found = false
      while k >= 0, lo - k <= 10, t[k].text != ";", t[k].text != ":" {
        if ExtractionState.meetingSiteNouns.contains(t[k].lower) {
          found = true
          break
        }
        k -= 1
      }
      // "talks will be held in X", "he will speak at a summit in X": a plan in the noun's clause
      // (a quote's wish before it says nothing of it)
      let clause = ExtractionState.clauseStart(t, before: k)
      guard found, !t[clause..<lo].contains(where: { ExtractionState.planWords.contains($0.lower) }) else {
        return false
      }
      // "the G8 backed it at a meeting in X": a meeting of others, unless the sentence names people
      // or refers to them ("At a meeting held at X House in Y, they discussed ...")
      if k > 0, ["a", "an"].contains(t[k - 1].lower), !a.spans.contains(where: { $0.kind == .person }),
        !t.contains(where: { ExtractionState.peopleReferences.contains($0.lower) })
      {
        return false
      }
      // "when they last met at the summit in Addis Ababa", "had met in Lima back in 2019":
      // an earlier meeting recalled
      return !ExtractionState.isRecalledMeeting(a, clause: clause, city: s.tokens, published: article.published)
    }
  }

  /// Where the clause of the token at `k` begins: after the last comma, semicolon, colon or quote
  /// before it ("..., most recently in X": from "most").
  static func clauseStart(_ t: [Token], before k: Int) -> Int {
    var clause = k
    while clause > 0, ![",", ";", ":", "\""].contains(t[clause - 1].text) { clause -= 1 }
    return clause
  }

  /// Pronouns that refer to the people of a meeting told before.
  static let peopleReferences: Set<String> = ["they", "he", "she", "both", "two", "leaders", "sides"]

  /// Words that recall an earlier meeting in its clause: "last met", "had previously met".
  static let recallWords: Set<String> = [
    "last", "previous", "previously", "earlier", "recalled", "recall", "recalling", "ago",
  ]

  /// Whether the clause of a meeting's city recalls an earlier meeting: a recalling word before the
  /// city, or a year other than the article's within a few words around it.
  static func isRecalledMeeting(
    _ a: SentenceAnalysis, clause: Int, city: Range<Int>, published: CalendarDate?
  ) -> Bool {
    let t = a.tokens
    if t[clause..<city.lowerBound].contains(where: { recallWords.contains($0.lower) }) { return true }
    // "lately in spring 2016 in X", "in X in 2019": a year before or after the city
    let before = max(clause, city.lowerBound - 4)..<city.lowerBound
    for k in Array(before) + Array(city.upperBound..<min(t.count, city.upperBound + 6)) where t[k].kind == .number {
      guard t[k].text.count == 4, let year = Int(t[k].text), (1900...2100).contains(year) else { continue }
      if let published, published.year != year { return true }
    }
    return false
  }

  /// The first of the article's place lines (``Article/placeLines``) that the dictionaries know
  /// as a city, after an agency's name in capitals if any ("ZNA Lusaka"): the city, as written.
  func placeLineCity() -> String? {
    for line in article.placeLines {
      let u = Array(line.utf16)
      let tokens = Tokenizer.tokenize(u, 0..<u.count)
      guard
        let m = lexicon.matches(in: tokens).first(where: {
          $0.best.kind == .city && $0.tokens.upperBound == tokens.count
        }),
        tokens[..<m.tokens.lowerBound].allSatisfy(\.isAllCaps)
      else { continue }
      return UTF16Text.string(u, tokens[m.tokens.lowerBound].start..<u.count)
    }
    return nil
  }

  /// "Beijing hosted a meeting of A and B", "Astana hosts talks": the city that is the subject
  /// of a hosting verb in the meeting's sentence.
  func hostCity(_ a: SentenceAnalysis) -> Int? {
    for s in a.spans where s.kind == .city {
      let hi = s.tokens.upperBound
      guard hi < a.tokens.count, ["hosted", "hosts", "host"].contains(a.tokens[hi].lower) else { continue }
      // "the host city", "Tashkent host" are not subjects of the verb unless it starts the clause
      let lo = s.tokens.lowerBound
      if lo == 0 || [",", "and", "the"].contains(a.tokens[lo - 1].lower) { return s.entity }
    }
    return nil
  }

  /// The visit city, unless the meeting's sentence puts the meeting in another country: "he
  /// traveled to Tajikistan, where he met ..." in an article about his stay in Tashkent.
  func visitCity(for a: SentenceAnalysis) -> Int? {
    guard let city = visitCity else { return nil }
    let home = table.entities[city].properties["country"]?.stringValue
    for s in a.spans where s.kind == .country {
      guard let c = s.entity, s.tokens.lowerBound > 0,
        ["in", "to"].contains(a.tokens[s.tokens.lowerBound - 1].lower)
      else { continue }
      if table.entities[c].name != home { return nil }
    }
    return city
  }

  /// "at State House, Nairobi", "inside the Presidential Villa, Abuja": a city after a comma that
  /// ends a capitalized venue's name, itself after "at", "in" or "inside".
  func isAfterVenue(_ a: SentenceAnalysis, _ lo: Int) -> Bool {
    let t = a.tokens
    guard lo >= 3 else { return false }
    // "at State House Entebbe": a venue's head word right before the city, no comma between
    let comma = t[lo - 1].text == ","
    guard comma || t[lo - 1].isCapitalized && Patterns.venueHeads.contains(t[lo - 1].lower) else { return false }
    var k = comma ? lo - 2 : lo - 1
    var named = 0
    while k >= 0, lo - 2 - k < 6, t[k].isWord, t[k].isCapitalized || ["of", "the"].contains(t[k].lower) {
      if t[k].isCapitalized { named += 1 }
      k -= 1
    }
    return named > 0 && k >= 0 && ["at", "in", "inside"].contains(t[k].lower)
  }

  /// A meeting in person that no sentence placed is in the city the article says a meeting was
  /// held in (``meetingSiteCity(_:)``), if any.
  func placeAtMeetingSite(_ meetings: inout [MeetingInfo], _ analyses: [SentenceAnalysis]) {
    guard let site = meetingSiteCity(analyses) else { return }
    for k in meetings.indices where meetings[k].place == nil && meetings[k].mode == "in person" {
      meetings[k].place = site
    }
  }

  /// The first of two cities a dateline joins with a hyphen ("DUSHANBE-JAKARTA"), when the
  /// dictionaries know both parts as cities and not the whole.
  static func firstOfJoinedCities(_ dateline: String, lexicon: Lexicon) -> String? {
    let parts = dateline.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
    guard parts.count == 2 else { return nil }
    func isCity(_ s: String) -> Bool {
      let u = Array(s.utf16)
      let t = Tokenizer.tokenize(u, 0..<u.count)
      return lexicon.matches(in: t).contains { $0.best.kind == .city && $0.tokens == 0..<t.count }
    }
    guard !isCity(dateline), isCity(parts[0]), isCity(parts[1]) else { return nil }
    return parts[0]
  }

  /// The city entity for the dateline city, created if needed. A city in no dictionary is taken
  /// too (wire datelines name where the story was filed), unless the dictionaries know the name
  /// as something else (a country, an organization).
  mutating func datelineCity() -> Int? {
    guard var city = article.datelineCity ?? placeLineCity() else { return nil }
    // "ASTANA-BEIJING": a story filed for two capitals; the first is where it was filed
    if let first = ExtractionState.firstOfJoinedCities(city, lexicon: lexicon) { city = first }
    let u = Array(city.utf16)
    let tokens = Tokenizer.tokenize(u, 0..<u.count)
    let matches = lexicon.matches(in: tokens)
    let m = matches.first { $0.best.kind == .city }
    if m == nil {
      let letters = city.unicodeScalars.filter { $0.properties.isAlphabetic }.count
      guard letters >= 3, tokens.count <= 4, !matches.contains(where: { $0.tokens == 0..<tokens.count }) else {
        return nil
      }
    }
    let name = m?.best.canonical ?? city
    let id = table.entity("City", name)
    table.fill(id, "country", m?.best.country)
    // the dateline's spelling is an alias: "NUR-SULTAN" in 2022 for what is now Astana
    if city != name, !table.entities[id].aliases.contains(city) { table.entities[id].aliases.append(city) }
    if table.entities[id].mentions.allSatisfy({ $0.rule != "dateline-city" }) {
      // evidence: where the dateline names the city
      let upper = Array(city.uppercased().utf16)
      let plain = Array(city.utf16)
      let limit = article.paragraphs.first?.lowerBound ?? article.units.count
      var start = 0
      for i in 0..<max(0, limit - plain.count + 1) {
        let w = article.units[i..<(i + plain.count)]
        if w.elementsEqual(upper) || w.elementsEqual(plain) {
          start = i
          break
        }
      }
      table.mention(
        id, Mention(sentence: 0, start: start, end: start + plain.count, rule: "dateline-city", confidence: 0.8))
    }
    return id
  }
}
