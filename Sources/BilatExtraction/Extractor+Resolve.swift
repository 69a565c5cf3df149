import BilatCore

extension ExtractionState {
  /// Pass 2a: entities for every span, with in-article coreference (surnames, titles, pronouns, sides).
  mutating func resolve(_ analyses: inout [SentenceAnalysis]) {
    var guardWords = LoneNameGuard()
    var people: [PersonInfo] = []
    var lastSubject: (sentence: Int, entity: Int)?
    // titles left for after the last sentence, kept by token range: spans of their sentence are
    // still removed and re-indexed after the title is seen, so an index would go stale
    var pending: [(sentence: Int, tokens: Range<Int>)] = []
    var documents: [Int] = []
    var projects: [Int] = []
    var organizationReadings = OrganizationReadings()
    markCounterparts(&analyses)
    for si in analyses.indices {
      var a = analyses[si]
      // before the city or place gets an entity ("Hassan told journalists" after "Samia Suluhu Hassan")
      yieldGazetteerWordsToPeople(&a, people)
      var dropped: [Int] = []
      for k in a.spans.indices {
        let s = a.spans[k]
        let m = mention(a, s.tokens, s.rule, s.confidence)
        let surface = a.text(s.tokens)
        switch s.kind {
        case .person:
          var s = s
          if isLoneUnknownWord(s, people), guardWords.rejects(a.tokens[s.tokens.lowerBound], analyses) {
            // a title and a word of an office holder's name ("President Lula") name the holder
            guard let holder = titledHolder(s) else {
              dropped.append(k)
              continue
            }
            s.name = holder.name
            if s.country == nil { s.country = holder.office.country }
          } else if isLoneUnknownWord(s, people), let holder = titledHolder(s, givenNamesOnly: false) {
            // "President Trump" in 2017: a surname too common to stand alone in the table
            s.name = holder.name
            if s.country == nil { s.country = holder.office.country }
          }
          // a style before a name found by another rule ("Prince Khalid bin Turki", "Honorable
          // Grace Wanjiru") is not part of it
          if let trimmed = withoutStyle(s, a, people) { s = trimmed }
          // the first word of a longer name: a given name, or a surname-first name's surname ("Yoon")
          if let full = fullName(startingWith: s, people) { s.name = full }
          let id = person(s, surface: surface, &people, sentence: si)
          a.spans[k].entity = id
          table.mention(id, m, surface: surface == table.entities[id].name ? nil : a.cleanText(s.tokens))
          styledAlias(id, a, s.tokens.lowerBound)
        case .country, .demonym, .side:
          let id = table.entity("Country", s.country ?? s.name)
          a.spans[k].entity = id
          table.mention(id, m, surface: s.kind == .country ? surface : nil)
        case .city:
          let id = table.entity("City", s.name)
          table.fill(id, "country", s.country)
          a.spans[k].entity = id
          table.mention(id, m, surface: surface)
        case .organization:
          let reading = organizationReadings.reading(s, a)
          if reading == .notOrganization {
            dropped.append(k)
            continue
          }
          var id = 0
          if case .entity(let known) = reading { id = known } else { id = table.entity("Organization", s.name) }
          organizationReadings.note(s.name, id)
          // "the Kazakh Parliament", then "Parliament": the country word is told once
          if s.rule == "org-legislature" { organizationReadings.note(surface: a.text(s.tokens), id) }
          table.fill(id, "country", s.country)
          a.spans[k].entity = id
          table.mention(id, m, surface: a.cleanText(s.tokens))
          // "the Trade Office of the Republic of Ghana": the country it names
          if let c = s.country, ExtractionState.namesCountryWords(a.tokens[s.tokens], c) {
            table.mention(table.entity("Country", c), mention(a, s.tokens, "organization-country", 0.8))
          }
        case .facility, .project, .agreement, .place:
          let label =
            s.kind == .facility
            ? "Facility" : s.kind == .project ? "Project" : s.kind == .agreement ? "Agreement" : "Place"
          let id =
            documentReferredTo(s, a, documents) ?? projectReferredTo(s, a, projects) ?? table.entity(label, s.name)
          if s.kind == .agreement { documents.append(id) }
          if s.kind == .project { projects.append(id) }
          a.spans[k].entity = id
          table.mention(id, m, surface: s.rule.hasPrefix("dictionary") ? surface : nil)
          if s.kind == .place { table.fill(id, "country", s.country) }
          for j in s.inner.indices {
            let kind = s.inner[j].kind
            let fid = table.entity(
              kind == .project
                ? "Project"
                : kind == .organization
                  ? "Organization" : kind == .country ? "Country" : kind == .city ? "City" : "Facility",
              s.inner[j].name)
            if kind == .organization || kind == .city { table.fill(fid, "country", s.inner[j].country) }
            a.spans[k].inner[j].entity = fid
            table.mention(fid, mention(a, s.inner[j].tokens, s.inner[j].rule, s.inner[j].confidence))
          }
        case .sector:
          let id = table.entity("Sector", s.name)
          a.spans[k].entity = id
          table.mention(id, m, surface: nil)
        case .title:
          // places named in a title ("akim of Zhetysu region", "Governor of Xinjiang") are places of the story
          for place in s.inner where place.kind == .place || place.kind == .city {
            if Patterns.isWorldRegion(place) { continue }  // "Minister for Africa": a portfolio
            let id = table.entity(place.kind == .city ? "City" : "Place", place.name)
            table.fill(id, "country", place.country)
            table.mention(id, mention(a, place.tokens, place.rule, place.confidence), surface: a.text(place.tokens))
          }
          if let p = titleReference(a, k, people) {
            a.spans[k].kind = .person
            a.spans[k].entity = p
            a.spans[k].rule = "title-coreference"
            a.spans[k].confidence = 0.8
            table.mention(p, mention(a, s.tokens, "title-coreference", 0.8))
          } else {
            pending.append((si, s.tokens))
          }
        case .pronoun where s.rule == "object-pronoun":
          // "Y received him": the subject of an earlier sentence, when Y is someone else
          let subject = a.spans[..<k].last(where: { $0.kind == .person && $0.entity != nil })?.entity
          if let last = lastSubject, si > last.sentence, si - last.sentence <= 2, let subject, subject != last.entity {
            a.spans[k].kind = .person
            a.spans[k].entity = last.entity
            a.spans[k].rule = "pronoun-coreference"
            a.spans[k].confidence = 0.6
          }
        case .pronoun:
          // the subject of a sentence, or of its meeting verb after a fronted phrase ("On
          // Wednesday, on the sidelines of the summit, he met Putin")
          let hi = s.tokens.upperBound
          let subjectOfMeeting =
            hi < a.tokens.count && People.meetingVerbs.contains(a.tokens[hi].lower) && hi >= 2
            && a.tokens[hi - 2].text == ","
          if s.tokens.lowerBound <= 2 || subjectOfMeeting, let last = lastSubject, si - last.sentence <= 2 {
            a.spans[k].kind = .person
            a.spans[k].entity = last.entity
            a.spans[k].rule = "pronoun-coreference"
            a.spans[k].confidence = 0.6
          }
        case .group:
          break
        }
      }
      if !dropped.isEmpty {
        for k in dropped.reversed() { a.spans.remove(at: k) }
        a.reindex()
      }
      yieldGazetteerWordsToPeople(&a, people)
      surnames(&a, &people, sentence: si)
      counterpartTitles(&a)
      if let first = a.spans.first(where: { $0.kind == .person && $0.entity != nil }), let e = first.entity {
        lastSubject = (si, e)
      }
      analyses[si] = a
    }
    // "The Head of State received ..." before the President is named: resolve with everyone known
    for (si, tokens) in pending {
      guard let k = analyses[si].spans.firstIndex(where: { $0.kind == .title && $0.tokens == tokens }) else { continue }
      // nobody named holds it: whoever held that office on the article's date
      var found = titleReference(analyses[si], k, people)
      if found == nil { found = officeHolder(analyses[si], k, sentence: si, &people) }
      guard let p = found else { continue }
      let s = analyses[si].spans[k]
      analyses[si].spans[k].kind = .person
      analyses[si].spans[k].entity = p
      analyses[si].spans[k].rule = "title-coreference"
      analyses[si].spans[k].confidence = 0.7
      table.mention(p, mention(analyses[si], s.tokens, "title-coreference", 0.7))
    }
  }

  /// Titles that name the same office in other words.
  static func canonicalTitle(_ t: String) -> String {
    switch t {
    case "head of state", "leader", "president": return "president"
    case "head of government", "premier", "prime minister", "pm": return "prime minister"
    default: break
    }
    // "Minister of Foreign Affairs" is "the foreign minister" later, "Minister of Energy" "the
    // energy minister": one office written portfolio-last and portfolio-first
    guard t.hasPrefix("minister of ") || t.hasPrefix("minister for ") else {
      return t.hasSuffix("foreign affairs minister") ? String(t.dropLast("affairs minister".count)) + "minister" : t
    }
    var portfolio = t.dropFirst("minister of ".count)
    if portfolio.hasPrefix("the ") { portfolio = portfolio.dropFirst(4) }
    if portfolio == "foreign affairs" { portfolio = "foreign" }
    return portfolio.contains(" of ") || portfolio.contains(" for ") ? t : portfolio + " minister"
  }

  /// The transliteration-folded key of a word, computed once per article.
  mutating func fold(_ word: String) -> String {
    if let k = foldCache[word] { return k }
    let k = NameKey.transliterationFolded(word)
    foldCache[word] = k
    return k
  }

  /// The entity of a person span: an earlier mention, a dictionary person, or a new person.
  mutating func person(_ s: Span, surface: String, _ people: inout [PersonInfo], sentence: Int) -> Int {
    var name = ExtractionState.spacedInitials(s.name)
    let words = name.split(separator: " ").map { nameKey(String($0)) }
    var found: Int?
    if words.count == 1 {
      found = people.lastIndex { $0.hasSurname(words[0]) || ($0.words.count == 2 && $0.words.first == words[0]) }
      if found == nil, case let canon = lexicon.surnameOwners(words[0], on: article.published), canon.count == 1 {
        name = canon[0]
      }
    } else {
      found = people.lastIndex { $0.words == words || ($0.words.count == 1 && $0.words[0] == words.last) }
      // another spelling of a well-known person: same folded surname and first name
      if found == nil, !s.rule.hasPrefix("dictionary"), let last = words.last,
        case let canon = lexicon.surnameOwners(last, on: article.published), !canon.isEmpty
      {
        for c in canon where fold(String(c.split(separator: " ").first ?? "")) == words[0] {
          name = c
          found = people.lastIndex { $0.name == c }
          break
        }
      }
    }
    // the first words of a longer name named before ("Ana Lucia da Rosa", then "Ana Lucia")
    if found == nil { found = ExtractionState.longerName(beginningWith: words, people.map(\.words)) }
    if found == nil { found = ExtractionState.longerName(endingWith: words, people.map(\.words)) }
    // the same person with a middle name dropped or a given name left off ("John Mahama" after
    // "John Dramani Mahama", "Lula da Silva" after "Luiz Inácio Lula da Silva"), and the other way
    if found == nil { found = people.lastIndex { ExtractionState.isShortening(words, of: $0.words) } }
    if found == nil { found = people.lastIndex { ExtractionState.isShortening($0.words, of: words) } }
    // "R. Meredov" after "Rashid Meredov": initials of the given names and the same surname
    if found == nil, let initials = ExtractionState.initials(of: name), words.count == 2 {
      found = people.lastIndex {
        $0.words.count > initials.count && $0.words.last == words.last
          && zip(initials, $0.name.split(separator: " ")).allSatisfy { $0.0 == $0.1.first }
      }
    }
    // a surname-first name's surname named before the full name ("Yoon", then "Yoon Suk Yeol")
    if found == nil, words.count > 1, let c = s.country, ExtractionState.surnameFirstCountries.contains(c) {
      found = people.lastIndex { $0.words.count == 1 && $0.words[0] == words.first }
    }
    // "Dmitry Anatolyevich" and "Dmitry Medvedev", in either order: one person
    var patronymicUpgrade = false
    if found == nil, let p = patronymicReference(words, people) {
      found = p.index
      patronymicUpgrade = p.upgrade
    }
    // "Narendre Modi" and "Narendra Modi": one person misspelled; the dictionary's spelling wins
    var typoMatch = false
    var typoUpgrade = false
    let nameWords = name.split(separator: " ").map { nameKey(String($0)) }
    if found == nil, let i = misspelledReference(nameWords, country: s.country, people) {
      found = i
      typoMatch = true
      typoUpgrade = name != s.name || s.rule.hasPrefix("dictionary")
    } else if found == nil, nameWords.count == 1, let i = misspelledSurname(nameWords[0], country: s.country, people) {
      found = i  // a lone surname misspelled keeps the person's name; the slip is an alias
      typoMatch = true
    }
    var id: Int
    if let f = found {
      id = people[f].entity
      if (typoMatch && !typoUpgrade)
        || (!patronymicUpgrade && !typoUpgrade && words.count > 1 && people[f].words.count > 1
          && (people[f].words.count < words.count || ExtractionState.isGivenAndPatronymic(words)))
      {
        // a shortened name met first ("John Mahama", then "John Dramani Mahama") keeps its name,
        // which later short mentions resolve to; the full one is an alias
        if table.entities[id].name != name, !table.entities[id].aliases.contains(name) {
          table.entities[id].aliases.append(name)
        }
      } else if (words.count > 1 && (people[f].words.count == 1 || patronymicUpgrade)) || typoUpgrade {
        // upgrade a surname-only (or given name and patronymic) person to the full name
        let old = table.entities[id].name
        table.entities[id].name = name
        table.entities[id].properties["name"] = .string(name)
        table.index[table.key("Person", name)] = id
        if !table.entities[id].aliases.contains(old) { table.entities[id].aliases.append(old) }
        people[f].name = name
        people[f].words = typoUpgrade ? nameWords : words
      }
      people[f].lastSentence = sentence
    } else {
      id = table.entity("Person", name)
      people.append(
        PersonInfo(
          entity: id, name: name, words: name.split(separator: " ").map { nameKey(String($0)) },
          writtenFirst: writtenFirstWord(surface), title: s.title, country: s.country, lastSentence: sentence))
    }
    let office = officeOf(table.entities[id].name, title: s.title)
    table.fill(id, "title", s.title)
    table.fill(id, "organization", s.organization)
    table.fill(id, "country", s.country ?? office?.country)
    if s.title == nil, table.entities[id].properties["title"] == nil, office != nil {
      table.fill(id, "title", office?.title)
      table.fill(id, "organization", office?.organization)
    }
    if let i = people.firstIndex(where: { $0.entity == id }) {
      if people[i].title == nil { people[i].title = s.title ?? table.entities[id].properties["title"]?.stringValue }
      if let c = s.country ?? table.entities[id].properties["country"]?.stringValue { people[i].country = c }
    }
    return id
  }

  /// Words of a visit's roles that may stand between "the" and a title: "the visiting premier".
  static let visitRoleWords: Set<String> = ["visiting", "host", "hosting", "guest"]

  /// "the Prime Minister", "the Chinese Vice Premier" → the person of the article with that title.
  func titleReference(_ a: SentenceAnalysis, _ k: Int, _ people: [PersonInfo]) -> Int? {
    let s = a.spans[k]
    let lo = s.tokens.lowerBound
    guard lo > 0, !s.attached else { return nil }
    var prev = a.tokens[lo - 1].lower
    // "the visiting premier", "the host president": a word of the visit between the article and the title
    if lo > 1, ExtractionState.visitRoleWords.contains(prev), a.tokens[lo - 2].lower == "the" { prev = "the" }
    // "the New Zealand foreign minister": a country's name used as a modifier, after "the"
    let before = a.span(at: lo - 1)
    let countryModifier =
      before.map {
        $0.kind == .country && $0.tokens.lowerBound > 0 && a.tokens[$0.tokens.lowerBound - 1].lower == "the"
      }
      ?? false
    let afterDemonym = before?.kind == .demonym || prev == "'s" || countryModifier
    guard prev == "the" || afterDemonym || s.rule == "counterpart" else { return nil }
    if ExtractionState.titleModifiesName(a, s) { return nil }
    // "his Japanese counterpart": the office the counterpart pre-pass gave it
    let written = s.rule == "counterpart" ? s.name : a.text(s.tokens.lowerBound..<a.titleEnd(s.tokens))
    let title = ExtractionState.canonicalTitle(written.lowercased())
    let leader = written.lowercased() == "leader"
    let demonymCountry = before?.kind == .demonym ? before?.country ?? before?.name : nil
    let country = s.country ?? (countryModifier ? before?.name : demonymCountry)
    // the title and country the sentence's counterpart gave the person ("his Dutch counterpart X") count too
    func countryOf(_ p: PersonInfo) -> String? {
      p.country ?? table.entities[p.entity].properties["country"]?.stringValue
    }
    let candidates = people.filter {
      guard
        let t = ($0.title ?? table.entities[$0.entity].properties["title"]?.stringValue).map({
          ExtractionState.canonicalTitle($0.lowercased())
        })
      else { return false }
      // "the Minister" is also the "Foreign Office Minister for Africa" (a portfolio after "for")
      // "the Kyrgyz leader": the country's president or head of government, whichever the story has
      let leads = leader && country != nil && ExtractionState.leaderTitles.contains(t)
      guard t == title || leads || t.hasSuffix(" " + title) || (" " + t).contains(" " + title + " for ") else {
        return false
      }
      if let country, let pc = countryOf($0), pc != country { return false }
      // a counterpart is of the country named, never the subject whose office it copies
      return s.rule != "counterpart" || countryOf($0) == country
    }
    // "the Dutch minister": a minister known to be Dutch before one whose country is unknown
    let ofCountry = candidates.filter { country != nil && countryOf($0) == country }
    if let found = (ofCountry.isEmpty ? candidates : ofCountry).max(by: { $0.lastSentence < $1.lastSentence }) {
      return found.entity
    }
    // a Secretary of State's "Mexican counterpart" is Mexico's Foreign Minister: offices differ in
    // name from country to country, so the one official of that country the article names
    guard s.rule == "counterpart", let country else { return nil }
    let officials = people.filter {
      countryOf($0) == country && ($0.title ?? table.entities[$0.entity].properties["title"]?.stringValue) != nil
    }
    return officials.count == 1 ? officials[0].entity : nil
  }

  /// A one-word gazetteer match that is a word of a person already named in the article ("Gao
  /// said ..." after "Gao Mingyuan"; GeoNames also has a city Gao) refers to the person: the
  /// article has introduced the person, not the city.
  mutating func yieldGazetteerWordsToPeople(_ a: inout SentenceAnalysis, _ people: [PersonInfo]) {
    let before = a.spans.count
    a.spans.removeAll { s in
      s.tokens.count == 1 && s.rule.hasPrefix("dictionary-gazetteer-")
        && people.contains { $0.words.count >= 2 && $0.words.contains(fold(a.tokens[s.tokens.lowerBound].text)) }
    }
    if a.spans.count != before { a.reindex() }
  }

  /// Whether a title goes on into a capitalized word of no other span ("the Vice President
  /// Office", "the President Hotel"): a modifier of that name, not a reference to a person.
  static func titleModifiesName(_ a: SentenceAnalysis, _ s: Span) -> Bool {
    let next = s.tokens.upperBound
    return next < a.tokens.count && a.tokens[next].isCapitalized && a.span(at: next) == nil
  }
}
