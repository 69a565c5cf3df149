/// Person rules: title + name ("Kazakh Prime Minister Alikhan Smailov", "Vice Premier of the
/// State Council Liu Guozhong"), name + appositive title ("Alikhan Smailov, Prime Minister of
/// Kazakhstan"), dictionary people, and title-only references ("the Prime Minister").
enum People {
  static let titleModifiers: Set<String> = [
    "first", "deputy", "vice", "acting", "executive", "senior", "former", "chief", "special", "general",
    // "Vietnamese State President", "Emeritus Senior Minister", "Honorary Consul"
    "state", "emeritus", "honorary",
    // "Assistant Minister for ...", "Permanent Secretary", "Parliamentary Secretary"
    "assistant", "permanent", "principal", "parliamentary", "junior",
  ]
  /// Capitalized words that belong to titles, portfolios and bodies, never to a person's name.
  static let portfolioWords: Set<String> = [
    "affairs", "trade", "integration", "economy", "economic", "finance", "energy", "industry", "development",
    "agriculture", "transport", "defense", "defence", "justice", "education", "science", "health", "culture",
    "information", "digital", "ecology", "resources", "labor", "labour", "emergency", "situations", "commerce",
    "planning", "investment", "investments", "relations", "construction", "infrastructure", "tourism", "sports",
    "security", "council", "board", "committee", "ministry", "republic", "government", "state", "foreign",
    "national", "central", "management", "directors", "people", "party", "assembly", "commission", "bank",
    "company", "corporation", "group", "region", "province", "city", "office", "administration", "department",
    "standing", "political", "bureau", "politburo", "member", "general", "internal", "interior", "social",
    "protection", "population", "natural", "environment", "water", "irrigation", "communications", "innovation",
    "aerospace", "higher", "enterprise", "entrepreneurship", "youth", "strategic", "public", "civil", "policy",
    "cooperation", "presidential", "presidency", "executive", "senate", "parliament", "mazhilis", "duma", "congress",
    "supreme",
    "regional", "municipal", "chamber", "house", "the", "and", "of", "for", "akimat", "embassy", "mission",
    "union", "nations", "organization", "federation", "media", "press", "secretary", "international", "world",
    "eurasian", "asian", "european", "oblast", "district", "agency", "service", "fund", "holding", "railways",
    "road", "roads", "minerals", "mining", "geology", "industrial", "technology", "technologies", "digitalization",
    // portfolios of other governments and of the European Commission
    "partnership", "partnerships", "enlargement", "neighbourhood", "neighborhood", "climate", "action", "crisis",
    "budget", "migration", "home", "reform", "reforms", "competition", "equality", "cohesion", "employment",
    "taxation", "customs", "fisheries", "food", "consumer", "housing", "homeland", "treasury", "external",
    "overseas", "commonwealth", "diaspora", "humanitarian", "petroleum", "electricity", "telecommunications",
    "heritage", "women", "children", "family", "welfare", "solidarity", "immigration", "borders", "intelligence",
    "veterans", "forestry", "environmental", "livestock", "maritime", "aviation", "transportation", "works",
    "legal", "legislative", "judiciary", "military", "armed", "forces", "staff", "navy", "army", "command",
    "delegation", "delegations", "countries",
    // "Climate Change X", "Land Management and Geodesy X", "President Elect X"
    "change", "geodesy", "cartography", "reclamation", "interfaith", "elect",
    // a foreign ministry that also has worship in its name (Argentina)
    "worship",
    // members of a chamber: "Speaker of the House of Representatives X"
    "representatives", "deputies", "councillors", "councilors", "counselors", "commons",
  ]

  /// Whether a lower-cased word is a portfolio's, hyphenated ones by their last part
  /// ("Info-Communications", "Socio-Economic Development").
  static func isPortfolio(_ lower: String) -> Bool {
    if portfolioWords.contains(lower) { return true }
    // "Co-operation" as "cooperation"
    if lower.contains("-"), portfolioWords.contains(lower.replacingOccurrences(of: "-", with: "")) { return true }
    guard let dash = lower.lastIndex(of: "-") else { return false }
    return portfolioWords.contains(String(lower[lower.index(after: dash)...]))
  }

  /// Whether a token can be a word of a person's name. Never the pronoun "I": a speaker's "the
  /// President of Azerbaijan and I have signed" names no one after the title (a one-letter
  /// initial is read with its full stop, ``initialLength(_:at:)``).
  static func canBeNameToken(_ t: Token, _ a: SentenceAnalysis, _ i: Int) -> Bool {
    guard t.isWord, t.kind == .word, t.isCapitalized, t.text.unicodeScalars.count >= 2 || t.isAllCaps == false,
      t.text != "I",
      !Patterns.isFunctionCapital(t), !notNameWords.contains(t.lower), !isPortfolio(t.lower),
      DateFinder.months[t.lower] == nil,
      DateFinder.weekdays[t.lower] == nil, t.lower != "'s"
    else { return false }
    if t.isAllCaps && t.text.count <= 4 { return false }
    if let s = a.span(at: i), s.kind != .person { return false }
    return true
  }

  /// Title spans extended with modifiers, nationality and "of ..." complements, and the names they introduce.
  static func find(_ a: inout SentenceAnalysis, lexicon: Lexicon, date: CalendarDate?) {
    // Dictionary people first get their office from the title before them (handled below).
    pluralTitles(&a, lexicon: lexicon)
    counterparts(&a)
    var k = 0
    while k < a.spans.count {
      let s = a.spans[k]
      guard s.kind == .title, !s.attached else {
        k += 1
        continue
      }
      k = titled(&a, titleIndex: k, lexicon: lexicon) + 1
    }
    appositives(&a, lexicon: lexicon)
    semicolonListItems(&a)
    honorificNames(&a)
    meetingNames(&a)
    quotedNicknames(&a)
    possessedNames(&a)
  }

  static let meetingVerbs: Set<String> = [
    "met", "meets", "received", "receives", "hosted", "hosts", "welcomed", "telephoned", "phoned",
  ]
  /// Capitalized heads of things that are not people: "Kazakhstan will join the Abraham Accords".
  static let nonPersonHeads: Set<String> = [
    "accords", "accord", "agreement", "agreements", "treaty", "declaration", "initiative", "summit", "forum",
    "corridor", "programme", "program", "plan", "format", "games", "expo", "festival", "week", "day", "cup",
    "conference", "partnership", "strategy", "vision", "express", "road", "belt",
    // company designators: "Ridgeway Turbines Limited, the supplier, ..." names no person
    "limited", "ltd", "inc", "plc", "llc", "llp", "jsc", "corporation", "company",
  ]
  /// Meeting nouns followed by "with" ("held talks with", "had lunch with").
  static let nounsBeforeWith: Set<String> = [
    "talks", "meeting", "meetings", "conversation", "call", "lunch", "dinner", "breakfast", "negotiations",
  ]
  static let holdVerbs: Set<String> = ["had", "held", "holds", "has", "hold"]
  static let beforeName: Set<String> = ["with", "his", "her", "their", "the", "counterpart", "counterparts", "by"]

  /// Names in no dictionary and without a title, next to a meeting verb: "Tokayev met Shehbaz
  /// Sharif", "Anwar Ibrahim received ...". Two or three capitalized words, nothing else known.
  static func meetingNames(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    for i in t.indices where t[i].has(WordClass.meetingWord) {
      let w = t[i].lower
      let isVerb = meetingVerbs.contains(w)
      let isNoun = nounsBeforeWith.contains(w) && i + 1 < t.count && t[i + 1].lower == "with"
      guard isVerb || isNoun else { continue }
      // object: skip "with", "his counterpart", demonyms, honorifics
      var j = i + 1
      while j < t.count && (beforeName.contains(t[j].lower) || a.span(at: j)?.kind == .demonym) && j - i <= 4 { j += 1 }
      if j < t.count { j = skipHonorifics(a, from: j) }
      let e = nameEnd(a, from: j, maxWords: 3, free: true)
      if e - j >= 2 && (e == t.count || !t[e].isCapitalized) && !nonPersonHeads.contains(t[e - 1].lower) {
        a.add(
          Span(kind: .person, tokens: j..<e, name: a.cleanText(j..<e), rule: "meeting-object-name", confidence: 0.65))
      }
      // subject: "<Name Name> met ...", "<Name Name> held talks with ...", at the start of the
      // sentence or of its main clause ("After the ceremony, <Name Name> met ...")
      var subjectEnd = isVerb ? i : -1
      if isNoun {
        var v = i - 1
        while v >= max(0, i - 4) && !holdVerbs.contains(t[v].lower) { v -= 1 }
        if v >= 0 && holdVerbs.contains(t[v].lower) { subjectEnd = v }
      }
      if subjectEnd >= 2 {
        let e = subjectEnd
        let afterComma = t[..<e].lastIndex { $0.text == "," }.map { $0 + 1 }
        for s in [0, afterComma ?? 0] where e - s >= 2 && e - s <= 6 {
          guard nameEnd(a, from: s, free: true) == e, !nonPersonHeads.contains(t[e - 1].lower) else { continue }
          a.add(
            Span(kind: .person, tokens: s..<e, name: a.cleanText(s..<e), rule: "meeting-subject-name", confidence: 0.6))
          break
        }
      }
    }
  }

  /// Handles the title span at `titleIndex`; returns the index of the last span it consumed.
  static func titled(_ a: inout SentenceAnalysis, titleIndex: Int, lexicon: Lexicon) -> Int {
    let t = a.tokens
    let title = a.spans[titleIndex]
    var lo = title.tokens.lowerBound
    var country: String?
    var organization: String?
    // a portfolio may be a sector word too ("Trade Minister"): the title takes it
    while lo > 0 && t[lo - 1].isWord
      && (a.cover[lo - 1] < 0 && titleModifiers.contains(t[lo - 1].lower)
        || (a.cover[lo - 1] < 0 || a.span(at: lo - 1)?.kind == .sector && a.span(at: lo - 1)?.tokens.count == 1)
          && isPortfolioBeforeTitle(t[lo - 1]))
    {
      lo -= 1
    }
    let titleLo = lo
    // nationality before: "Kazakh Prime Minister", "Kazakhstan's Prime Minister", "China's"
    if lo > 0, let s = a.span(at: lo - 1), s.kind == .demonym || s.kind == .country {
      country = s.country ?? s.name
    } else if lo > 1, t[lo - 1].lower == "'s", let s = a.span(at: lo - 2), s.kind == .country {
      country = s.name
    } else if lo > 0, let s = a.span(at: lo - 1), s.kind == .organization {
      organization = s.name.isEmpty ? a.text(s.tokens) : s.name
    } else if lo > 3, t[lo - 1].text == ")", let open = (max(0, lo - 5)..<(lo - 1)).last(where: { t[$0].text == "(" }),
      open > 0, let s = a.span(at: open - 1), s.kind == .organization
    {
      // "Ministry of Culture (MoC) spokesperson A"
      organization = s.name.isEmpty ? a.text(s.tokens) : s.name
    } else if lo > 0, t[lo - 1].lower == "its",
      let s = a.spans.last(where: { $0.kind == .organization && $0.tokens.upperBound < lo })
    {
      // "a delegation of CNPC led by its chairman Dai Houliang": the organization of the sentence
      organization = s.name.isEmpty ? a.text(s.tokens) : s.name
    }
    if country == nil { country = title.country }
    var hi = joinedPortfolioEnd(a, after: title.tokens.upperBound)
    // "President Elect A": the office not yet taken is part of the title
    if hi < t.count, t[hi].lower == "elect", t[hi].isCapitalized, a.cover[hi] < 0 { hi += 1 }
    var titleHi = hi
    // "of ..." complement
    var nameStart = hi
    let regional = People.regionAndName(a, title: title, of: hi)
    if let regional {
      titleHi = regional.region + 1
      nameStart = regional.name.lowerBound
    } else if hi + 1 < t.count, t[hi].lower == "of" || t[hi].lower == "for" || t[hi].lower == "to" {
      var j = hi + 1
      var lastStructural = hi
      // "Ambassador to Chile", "Special Envoy for Yemen": the post's host, not the holder's
      // country ("Norway's Ambassador to Chile" is Norway's)
      let hostOnly = (t[hi].lower == "to" || t[hi].lower == "for") && People.isEnvoyTitle(a.text(title.tokens))
      while j < t.count {
        let tk = t[j]
        if let s = a.span(at: j), s.kind != .person, s.kind != .title, s.kind != .pronoun {
          // "Minister of Trade Mehmet Muş": a town after words no rule read is the name's surname
          if s.kind == .city || s.kind == .place, j > lastStructural, t[j - 1].isCapitalized { break }
          if s.kind == .country || s.kind == .demonym, !hostOnly { country = s.country ?? s.name }
          if s.kind == .organization, !hostOnly {
            // "head of the Ministry of Foreign Affairs of Iran": the ministry's country is the person's
            organization = s.name
            country = country ?? s.country
          }
          // "Governor of Xinjiang": the place's country, unless a country is named
          if s.kind == .place || s.kind == .city, !hostOnly { country = country ?? s.country }
          j = s.tokens.upperBound
          lastStructural = j
          continue
        }
        // "Ambassador of China to Kazakhstan": the post's host country, the first country stays
        if (tk.lower == "to" || tk.lower == "in") && j > hi + 1 && j == lastStructural && j + 1 < t.count,
          let s = a.span(at: j + 1), s.kind == .country || s.kind == .city
        {
          j = s.tokens.upperBound
          lastStructural = j
          continue
        }
        // "Minister of Roads, Housing and Fisheries A": portfolios listed with commas
        if tk.text == ",", j == lastStructural, j > hi + 1, j + 1 < t.count, t[j + 1].isCapitalized,
          isPortfolio(t[j + 1].lower), a.cover[j + 1] < 0 || a.span(at: j + 1)?.kind == .sector
        {
          j += 1
          continue
        }
        if tk.isWord && (isPortfolio(tk.lower) || tk.lower == "'s") {
          // "Chair of the Velor Assembly of Ruritania, A": a run after "the" that "of" and
          // a country follow is a body's name
          if tk.lower == "of", j > lastStructural, t[lastStructural - 1].lower == "the", j + 1 < t.count,
            a.span(at: j + 1)?.kind == .country
          {
            lastStructural = j
          }
          // "... Dai Houliang and ...": a connector after a name-like run ends the complement
          if j > lastStructural && j > hi + 1 && ["and", "of", "the", "for", "'s"].contains(tk.lower) { break }
          j += 1
          lastStructural = j
          continue
        }
        // "Ambassador of Peru to Chile and Ambassador B": another title ends the complement
        if j > hi + 1, a.span(at: j)?.kind == .title { break }
        if tk.isWord && tk.isCapitalized && !Patterns.isFunctionCapital(tk) {
          // "Chairman of the Halk Maslahaty Gurbanguly ...": a body's name, then a person
          if j > lastStructural && People.startsPersonAfterBody(a, at: j) {
            // "Minister for Broadcasting Chaudhry Farhan Qureshi": one unknown word right after a
            // portfolio or a country begins the name; a body's name comes after "the"
            if !People.beginsNameBeforePerson(a, at: lastStructural, person: j) { lastStructural = j }
            break
          }
          j += 1
          continue
        }
        break
      }
      // The complement is the structural part; the capitalized run after it is the name.
      if lastStructural > hi + 1 {
        titleHi = lastStructural
        // trailing "the"/"and" are not part of it
        while titleHi > hi && ["the", "and", "of"].contains(t[titleHi - 1].lower) { titleHi -= 1 }
        nameStart = lastStructural
      }
    }
    hi = titleHi
    // "A, Ambassador of X to Y and B MP, Minister of Z": a title set off after a name is that
    // name's; the name after its closing "and" begins the list's next item
    let nextListItem = nameStart > titleHi && t[nameStart - 1].lower == "and" && People.isAfterNameAndComma(a, titleLo)
    // The name follows directly, after honorifics ("Dr. Abdullah Abdullah"), or set off by commas
    // as a closed apposition ("the Chairman of the delegation, Tomasz Zdechowski, said").
    // (not when the title is itself set off after a name: "A, Governor of Cusco, B, Ambassador
    // of X" lists each name before its title)
    if regional == nil, !People.isAfterNameAndComma(a, titleLo) {
      nameStart = People.commaName(a, after: nameStart) ?? nameStart
    }
    if regional == nil, nameStart < t.count, a.cover[nameStart] < 0 {
      nameStart = People.skipHonorifics(a, from: nameStart)
    }
    var nameEnd = nameStart
    if let regional {
      nameEnd = regional.name.upperBound
    } else if nameStart < t.count, let s = a.span(at: nameStart), s.kind == .person {
      nameEnd = s.tokens.upperBound
      // a name another rule cut short ("Gao" of "Gao Mingyuan") goes on
      if !s.rule.hasPrefix("dictionary") { nameEnd = max(nameEnd, People.nameEnd(a, from: nameStart)) }
    } else {
      // "Vice Premier He Lifeng": the surname He, not the pronoun, when a given name follows
      if nameStart + 1 < t.count, t[nameStart].text == "He",
        a.cover[nameStart] < 0 || a.span(at: nameStart)?.kind == .pronoun,
        canBeNameToken(t[nameStart + 1], a, nameStart + 1), nameStart + 2 >= t.count || !t[nameStart + 2].isCapitalized
      {
        nameEnd = nameStart + 1
      }
      let words = nameEnd - nameStart
      nameEnd = max(nameEnd, People.nameEnd(a, from: nameEnd, maxWords: 4 - words))
    }
    if nextListItem { nameEnd = nameStart }
    // "Commander Air Force, A": words a body's head follows name no person
    if nameEnd > nameStart, nameEnd < t.count, a.span(at: nameStart)?.kind != .person, t[nameEnd].isCapitalized,
      Patterns.orgHeads.contains(t[nameEnd].lower) || t[nameEnd].lower == "force"
    {
      nameEnd = nameStart
    }
    // "restoring the Sultan Gandor Mosque": a title's style before a building's or a thing's name
    // (the name ends in its head noun) names no person; nor does "their Leader Summit"
    if nameEnd > nameStart, a.span(at: nameStart)?.kind != .person,
      Extractor.nonPersonHeads.contains(t[nameEnd - 1].lower)
    {
      nameEnd = nameStart
    }
    var titleSpan = a.spans[titleIndex]
    titleSpan.tokens = titleLo..<a.titleEnd(titleLo..<titleHi)
    titleSpan.country = country
    titleSpan.organization = organization
    titleSpan.inner = a.spans(in: titleSpan.tokens).filter { $0.kind == .place || $0.kind == .city }
    if let regional {
      let r = regional.region..<(regional.region + 1)
      titleSpan.inner = [Span(kind: .place, tokens: r, name: a.text(r), rule: "title-region", confidence: 0.7)]
    }
    // "King Abdullah II of Jordan": the country after the name
    if nameEnd > nameStart, country == nil, nameEnd + 1 < t.count, t[nameEnd].lower == "of",
      let s = a.span(at: nameEnd + 1), s.kind == .country
    {
      country = s.country ?? s.name
    }
    if nameEnd > nameStart {
      // the person span the name is (not a city the name begins with, "Gao" of "Gao Mingyuan")
      let existing = a.span(at: nameStart).flatMap {
        $0.kind == .person && ($0.tokens == nameStart..<nameEnd || $0.rule.hasPrefix("dictionary")) ? $0 : nil
      }
      var person = Span(
        kind: .person, tokens: nameStart..<nameEnd, name: existing?.name ?? "", country: country ?? existing?.country,
        rule: existing != nil ? "dictionary-person+title" : "title-name", confidence: existing != nil ? 0.95 : 0.85)
      person.title = a.text(titleLo..<a.titleEnd(titleLo..<titleHi))
      person.organization = organization
      person.countryStated = country != nil
      person.partial = nameEnd - nameStart == 1 && existing == nil
      titleSpan.attached = true
      a.add(titleSpan)
      a.add(person)

      return a.cover[nameStart]
    }
    a.add(titleSpan)
    return a.cover[titleLo]
  }
}
