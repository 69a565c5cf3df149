import BilatCore

/// AGREED and SIGNED: agreement triggers, parties and documents.
extension ExtractionState {
  // MARK: Agreements

  /// Whether a wish, proposal or condition governs the trigger at `i`: a wish word in the six
  /// tokens before it, within its clause ("interested in signing", "hope ... will be signed").
  static func isWish(_ t: [Token], before i: Int) -> Bool {
    // "to be signed", "will be signed", "to sign": not (yet) done
    if i > 0, ["be", "to", "being"].contains(t[i - 1].lower) { return true }
    var k = i - 1
    while k >= 0 && i - k <= 6 {
      if t[k].text == "," || t[k].text == ";" || t[k].lower == "which" || t[k].lower == "when" { break }
      if wishWords.contains(t[k].lower), !Token.isMonthMay(t, k) { return true }
      k -= 1
    }
    return false
  }

  /// Words before a verb's bare form that make it an intention, not an act: "agreed to sign",
  /// "will sign", "did not sign".
  static let intentionWords: Set<String> = [
    "to", "will", "would", "shall", "should", "could", "can", "may", "might", "must", "not", "n't", "never", "did",
    "does", "do", "cannot", "let", "'ll",
  ]

  /// Words before a present-tense verb that put the act in a time to come: "will be made after
  /// the leaders sign the accord", "once both sides sign it", "arrived to hold talks and sign".
  static let timeToComeWords: Set<String> = [
    "will", "would", "after", "before", "once", "when", "until", "if", "unless", "expected", "plan", "plans", "shall",
    "to",
  ]

  /// The agreement trigger of a sentence: its token index and whether it is a signing.
  static func agreementTrigger(_ t: [Token]) -> (index: Int, signing: Bool, aboutStart: Int)? {
    for (i, tk) in t.enumerated() where tk.has(WordClass.agreementTrigger) {
      let prev = i > 0 ? t[i - 1].lower : ""
      if prev == "not" || prev == "n't" || prev == "never" { continue }
      switch tk.lower {
      case "agreed", "agree":
        if tk.lower == "agree" && !["sides", "parties", "both", "to"].contains(prev) { continue }
        if prev == "to" { continue }
        var s = i + 1
        if s < t.count, ["to", "on", "upon", "that", "about"].contains(t[s].lower) { s += 1 }
        return (i, false, s)
      case "reached", "achieved":
        let window = t[(i + 1)..<min(t.count, i + 5)]
        if window.contains(where: {
          ["agreement", "agreements", "consensus", "understanding", "accord"].contains($0.lower)
        }) {
          var s = i + 1
          while s < t.count && !["on", "to", "that", "regarding"].contains(t[s].lower) && s < i + 6 { s += 1 }
          return (i, false, min(t.count, s + 1))
        }
      case "signed", "inked", "concluded", "adopted":
        return (i, true, i + 1)
      case "signing":
        // "the signing of", "by signing a trade agreement", "after signing the deal"
        // "the talks ended with signing 9 documents"
        if ["the", "a", "by", "after", "with"].contains(prev) || (i + 1 < t.count && t[i + 1].lower == "of") {
          return (i, true, i + 1)
        }
      case "issued", "released":
        // "issued a joint statement": the two sides adopted it; any other statement is one side's
        var k = i + 1
        if k < t.count, ["a", "the"].contains(t[k].lower) { k += 1 }
        if k + 1 < t.count, t[k].lower == "joint", Patterns.jointTextHeads.contains(t[k + 1].lower) {
          return (i, true, i + 1)
        }
      case "sign", "signs", "ink", "inks":
        // a headline's present ("Kenya, Ethiopia sign deal on border trade"); not an intention
        // ("agreed to sign", "will sign", "are expected to sign") and only of a document
        if !ExtractionState.intentionWords.contains(prev), i > 0, t[i - 1].isWord || t[i - 1].text == ")",
          !t[max(0, i - 12)..<i].contains(where: { ExtractionState.timeToComeWords.contains($0.lower) }),
          Patterns.documentFollows(t, after: i)
        {
          return (i, true, i + 1)
        }
      case "penned", "formalized", "formalised", "exchanged":
        // "formalized a memorandum", "exchanged the instruments of ratification of the treaty": a
        // signing only with a document right after ("exchanged views" is talk)
        if Patterns.documentFollows(t, after: i) { return (i, true, i + 1) }
      case "signature":
        // "witnessed the signature of agreements"
        if i + 1 < t.count && t[i + 1].lower == "of" { return (i, true, i + 1) }
      case "adoption":
        // "the talks ended with the adoption of a joint declaration": adopted, as "adopted" is;
        // only of a document ("the adoption of new rules" is none)
        if i + 1 < t.count && t[i + 1].lower == "of" && Patterns.documentFollows(t, after: i) {
          return (i, true, i + 1)
        }
      default:
        break
      }
    }
    return nil
  }

  /// The two parties a document's title names after "between": "Agreement between the
  /// Government of Kazakhstan and the Government of China", "... between the EU and Kazakhstan".
  /// A government named as a party ("the Government of the Republic of Kazakhstan") is its country.
  mutating func namedParties(_ a: SentenceAnalysis, _ doc: Span) -> [Int] {
    let named = doc.inner.filter { $0.kind == .organization || $0.kind == .country }
    guard named.count == 2, let f = named.first, f.tokens.lowerBound > 0,
      a.tokens[f.tokens.lowerBound - 1].lower == "between"
        || f.tokens.lowerBound > 1 && a.tokens[f.tokens.lowerBound - 2].lower == "between"
    else { return [] }
    let ids = named.compactMap { s -> Int? in
      let words = a.tokens[s.tokens].map(\.lower)
      if s.kind == .organization, words.first == "government" || words.last == "government", let c = s.country {
        return table.entity("Country", c)
      }
      return s.entity
    }
    return ids.count == 2 ? ids : []
  }

  /// Documents mentioned as existing ("Under the agreement on mutual visa exemption", "the
  /// Agreement ... enters into force") bind the article's main parties even when no signing is told.
  mutating func mentionedDocumentAgreements(_ meetings: [MeetingInfo]) {
    var done = Set<Int>()
    for (doc, sentence, ev, named) in mentionedDocuments where !signedDocuments.contains(doc) && !done.contains(doc) {
      done.insert(doc)
      let parties = named.count == 2 ? named : mainCountries(meetings, sentence: sentence)
      guard parties.count >= 2 else { continue }
      relate("AGREED", parties[0], parties[1], ["about": .string(table.entities[doc].name)], ev, key: "doc\(doc)")
    }
  }

  mutating func agreements(_ a: SentenceAnalysis, _ meetings: [MeetingInfo]) {
    for s in a.spans where s.kind == .agreement && !Patterns.isMentionOnly(s) {
      guard let e = s.entity, !ExtractionState.isWish(a.tokens, before: s.tokens.lowerBound) else { continue }
      let parties = namedParties(a, s)
      mentionedDocuments.append(
        (e, a.sentence.index, mention(a, s.tokens, "document-mention", 0.6), parties))
      if Patterns.isMadeJointText(a, s) {
        madeJointTexts.append((e, a.sentence.index, mention(a, s.tokens, "joint-text-made", 0.6), parties))
      }
    }
    guard let trig = ExtractionState.agreementTrigger(a.tokens) else { return }
    if ExtractionState.isWish(a.tokens, before: trig.index) { return }
    // parties: countries named before the trigger, else the participants' countries
    var parties: [Int] = []
    var orgs: [Int] = []
    var group = false
    // "The two nations signed ..., where China built a port": with a group as the subject, the
    // countries after the verb are objects or places, not signers
    let groupSubject = a.spans.contains { $0.kind == .group && $0.tokens.upperBound <= trig.index }
    for s in a.spans where s.tokens.lowerBound < trig.index || trig.signing && !groupSubject {
      switch s.kind {
      case .country, .demonym, .side:
        if let e = s.entity, !parties.contains(e) { parties.append(e) }
      case .organization:
        if let e = s.entity, !orgs.contains(e), s.tokens.lowerBound < trig.index { orgs.append(e) }
      case .group:
        group = true
      case .person:
        if let e = s.entity, case .string(let c)? = table.entities[e].properties["country"],
          let ce = table.find("Country", c), !parties.contains(ce)
        {
          parties.append(ce)
        }
      default:
        break
      }
    }
    // "a contract signed with Uzbekneftegaz", "protocols signed with China's customs authority"
    var with: Span?
    if trig.signing, trig.index + 2 < a.tokens.count, a.tokens[trig.index + 1].lower == "with" {
      let k = a.tokens[trig.index + 2].lower == "the" ? trig.index + 3 : trig.index + 2
      if k < a.tokens.count, let w = a.span(at: k), w.tokens.lowerBound == k,
        [.organization, .country].contains(w.kind)
      {
        with = w
        // "China's customs authority" → the article's organization of China named by those words
        let t = a.tokens
        var j = w.tokens.upperBound
        if w.kind == .country, j < t.count, t[j].lower == "'s" {
          j += 1
          var words: [String] = []
          while j < t.count && t[j].isWord && !t[j].isCapitalized && words.count < 3 {
            words.append(t[j].lower); j += 1
          }
          let cues = words.filter {
            !["authority", "authorities", "service", "agency", "side", "government"].contains($0)
          }
          if !cues.isEmpty,
            let org = table.entities.first(where: { e in
              e.label == "Organization" && e.properties["country"]?.stringValue == table.entities[w.entity ?? 0].name
                && cues.allSatisfy { e.name.lowercased().contains($0) }
            })
          {
            with?.kind = .organization
            with?.entity = org.id
          }
        }
      }
    }
    // "... signed a memorandum on hydropower with the Chinese company X": the company signs
    if with == nil, trig.signing, let w = ExtractionState.partnerAfterDocument(a, trigger: trig.index) { with = w }
    if orgs.count >= 2 { parties = orgs }
    // "a protocol was signed between the Ministry of X and the University of Y": the named signers
    let between = trig.signing ? ExtractionState.partiesAfterBetween(a, trigger: trig.index) : []
    if between.count == 2 {
      parties = between.compactMap(\.entity)
      orgs = between.filter { $0.kind == .organization }.compactMap(\.entity)
    }
    // "an agreement between Kazakhstan Engineering and Turkish Aerospace on ...": the document names its parties
    for d in a.spans where d.kind == .agreement && trig.signing {
      let ids = namedParties(a, d)
      if ids.count == 2 { parties = ids; orgs = ids.filter { table.entities[$0].label == "Organization" } }
    }
    if let w = with, let we = w.entity {
      let wc = w.kind == .organization ? table.entities[we].properties["country"]?.stringValue : table.entities[we].name
      let own =
        orgs.last { $0 != we } ?? parties.first { $0 != we && table.entities[$0].name != wc }
        ?? mainCountries(meetings, sentence: a.sentence.index).first { $0 != we && table.entities[$0].name != wc }
      if let o = own { parties = [o, we] }
    }
    let explicit = a.spans.contains {
      $0.tokens.lowerBound < trig.index
        && [.country, .demonym, .side, .group, .organization, .person].contains($0.kind)
    }
    let documents = a.spans.filter { $0.kind == .agreement && !Patterns.isMentionOnly($0) }
    // "The document was signed in Beijing": a document already reported, no new agreement.
    if trig.signing && documents.isEmpty && !explicit { return }
    if group && !meetings.contains(where: { $0.firstSentence <= a.sentence.index }) && trig.signing {
      // "the leaders signed" after a summit with no bilateral meeting: every leader's country signs
      for c in leaderCountries(upTo: a.sentence.index) where !parties.contains(c) { parties.append(c) }
    }
    if parties.count < 2 || group {
      for c in mainCountries(meetings, sentence: a.sentence.index) where !parties.contains(c) { parties.append(c) }
    }
    guard parties.count >= 2 else { return }
    // Multilateral texts: the agreement is recorded between the article's two main parties.
    var pairs: [(Int, Int)] = []
    // a country does not agree with its own company ("Kazakhstan" and KazMunayGas): of a country
    // and an organization of that country, the organization is the party
    let partyCountries = Set(parties.compactMap { table.entities[$0].properties["country"]?.stringValue })
    parties.removeAll { table.entities[$0].label == "Country" && partyCountries.contains(table.entities[$0].name) }
    guard parties.count >= 2 else { return }
    // "Uzbekistan, Kyrgyzstan and China signed ...": three countries that act together each agree
    // with the others
    var subjects: [Int] = []
    for s in a.spans where s.kind == .country && s.tokens.lowerBound < trig.index {
      if let e = s.entity, !subjects.contains(e) { subjects.append(e) }
    }
    if parties.count == 2 {
      pairs = [(parties[0], parties[1])]
    } else if parties.count == 3, !group, Set(subjects) == Set(parties) {
      pairs = [(parties[0], parties[1]), (parties[0], parties[2]), (parties[1], parties[2])]
    } else {
      let ranked = parties.sorted { table.entities[$0].mentions.count > table.entities[$1].mentions.count }
      pairs = [(ranked[0], ranked[1])]
    }
    var date: [String: PropertyValue] = [:]
    if let d = statedDate(a) ?? article.published { date["date"] = .string(d.iso) }
    var aboutEnd = a.tokens.count
    while aboutEnd > trig.aboutStart && a.tokens[aboutEnd - 1].kind == .punctuation { aboutEnd -= 1 }
    let ev = mention(
      a, min(trig.index, a.tokens.count - 1)..<max(trig.index + 1, aboutEnd),
      trig.signing ? "signing" : "agreement-trigger", 0.75)
    // one AGREED per signed document, or per "agreed to X and to Y" clause
    var abouts: [String] = []
    if trig.signing && !documents.isEmpty {
      // "ten agreements including in defense and space": the documents told one by one are what
      // was agreed; their package's count is no agreement of its own, and a subject told twice is
      // one document
      let told = documents.filter { $0.rule == "agreement-distributed" }
      let packages: Set<String> = ["agreement-count", "agreement-signed-object"]
      for d in documents where told.isEmpty || !packages.contains(d.rule) {
        if !abouts.contains(d.name) { abouts.append(d.name) }
      }
    } else if trig.aboutStart < aboutEnd {
      var start = trig.aboutStart
      // "signed with China's customs authority on ...": the party is not the content
      if a.tokens[start].lower == "with", start + 1 < aboutEnd {
        var k = start + 1
        if a.tokens[k].lower == "the" { k += 1 }
        if let p = a.span(at: k), [.organization, .country, .demonym].contains(p.kind) {
          k = p.tokens.upperBound
          if k < aboutEnd, a.tokens[k].lower == "'s" { k += 1 }
          while k < aboutEnd && a.tokens[k].isWord && !a.tokens[k].isCapitalized
            && !Patterns.agreementLinks.contains(a.tokens[k].lower)
            && a.tokens[k].lower != "and"
          { k += 1 }
          if k < aboutEnd, ["on", "about", "regarding", "to"].contains(a.tokens[k].lower) { k += 1 }
          start = k
        }
      }
      var k = start
      while k < aboutEnd {
        if a.tokens[k].lower == "and", k + 1 < aboutEnd, a.tokens[k + 1].lower == "to" || a.tokens[k + 1].lower == "on"
        {
          if k > start { abouts.append(a.text(start..<k)) }
          start = k + 2
          k = start
          continue
        }
        k += 1
      }
      if start < aboutEnd { abouts.append(a.text(start..<min(aboutEnd, start + 25))) }
    }
    if abouts.isEmpty { abouts = [""] }
    for (n, about) in abouts.enumerated() {
      var props = date
      if !about.isEmpty { props["about"] = .string(about) }
      for (x, y) in pairs {
        relate("AGREED", x, y, props, ev, key: "s\(a.sentence.index)#\(n)")
      }
    }
    if trig.signing {
      for s in documents {
        guard let ag = s.entity else { continue }
        signedDocuments.insert(ag)
        // "a memorandum between the Customs Service of A and the Tax Committee of B": its bodies sign
        let own = titleSigners(a, s)
        for p in own.count == 2 ? own : parties { relate("SIGNED", p, ag, date, ev) }
      }
    }
  }

  /// The document a bare definite head refers back to: "the agreement was signed by ...", "The
  /// contract covers ..." after the article named it. Of the documents named before (`earlier`,
  /// in order), the last one whose name has the same head word, else the last one.
  func documentReferredTo(_ s: Span, _ a: SentenceAnalysis, _ earlier: [Int]) -> Int? {
    guard s.kind == .agreement, s.tokens.count == 1, s.tokens.lowerBound > 0, let last = earlier.last,
      ["the", "this", "that", "these", "those"].contains(a.tokens[s.tokens.lowerBound - 1].lower)
    else { return nil }
    let head = a.tokens[s.tokens.lowerBound].lower
    // "the signed agreements reach into ...": a bare plural is the package told before, if any
    if ExtractionState.packageBackReferences.contains(head) {
      return earlier.last {
        table.entities[$0].name.split(separator: " ").last.map {
          ExtractionState.packageBackReferences.contains($0.lowercased())
        } ?? false
      }
    }
    guard Patterns.agreementHeads.contains(head), !head.hasSuffix("s"), head != "memoranda" else { return nil }
    return earlier.last { table.entities[$0].name.lowercased().contains(head) } ?? last
  }

  /// The project an undertaking on a bare definite head refers back to: "construction of the
  /// plant" after "construction of a small nuclear power plant". Of the projects named before
  /// (`earlier`, in order), the last one whose name has that head word; none when no earlier
  /// project has it (then the phrase stays a project of its own).
  func projectReferredTo(_ s: Span, _ a: SentenceAnalysis, _ earlier: [Int]) -> Int? {
    let t = a.tokens
    let r = s.tokens
    guard s.kind == .project, r.count == 4, t[r.lowerBound + 1].lower == "of", t[r.lowerBound + 2].lower == "the",
      let (head, plural) = Patterns.facilityHead(t[r.upperBound - 1].lower), !plural
    else { return nil }
    return earlier.last { table.entities[$0].name.lowercased().split(separator: " ").contains { $0 == head } }
  }

  static let leaderTitles = ["president", "prime minister", "premier", "chancellor", "king", "emir", "sultan"]

  /// The countries of heads of state or government named up to `sentence` (not their deputies).
  mutating func leaderCountries(upTo sentence: Int) -> [Int] {
    var out: [Int] = []
    for e in table.entities where e.label == "Person" && e.mentions.contains(where: { $0.sentence <= sentence }) {
      guard let title = e.properties["title"]?.stringValue?.lowercased(),
        ExtractionState.leaderTitles.contains(where: {
          title == $0 || title.hasSuffix(" " + $0) && !title.contains("vice") && !title.contains("deputy")
        }),
        let c = e.properties["country"]?.stringValue, let ce = table.find("Country", c), !out.contains(ce)
      else { continue }
      out.append(ce)
    }
    return out
  }

  /// The countries of the people in the meeting nearest before `sentence`, else the two most mentioned.
  mutating func mainCountries(_ meetings: [MeetingInfo], sentence: Int) -> [Int] {
    var out: [Int] = []
    let m = meetings.last { $0.firstSentence <= sentence } ?? meetings.first
    for p in m?.participants ?? [] {
      if case .string(let c)? = table.entities[p].properties["country"], let ce = table.find("Country", c),
        !out.contains(ce)
      {
        out.append(ce)
      }
    }
    if out.count >= 2 { return out }
    let countries = table.entities.filter { $0.label == "Country" }.sorted {
      $0.mentions.count != $1.mentions.count ? $0.mentions.count > $1.mentions.count : $0.id < $1.id
    }
    for c in countries.prefix(2) where !out.contains(c.id) { out.append(c.id) }
    return out
  }
}
