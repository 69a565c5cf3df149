import BilatCore

/// Roles: HOLDS_ROLE from titles, the dictionary's offices, clauses ("who is also a member of
/// ..."), passives ("is headed by"), and one role per person and body.
extension ExtractionState {
  mutating func roles(_ a: SentenceAnalysis) {
    for var s in a.spans where s.kind == .person {
      guard let p = s.entity else { continue }
      // "A, Foreign Minister of X, and his Chilean counterpart B": B holds the office A holds
      if s.title == nil, s.rule == "counterpart-name", s.country != nil {
        s.title =
          a.spans.last { $0.kind == .person && $0.title != nil && $0.tokens.upperBound <= s.tokens.lowerBound }?
          .title.map { String($0.prefix { $0 != "," }) }
      }
      guard let title = s.title, !title.isEmpty else {
        // well-known people: their office at the article's date, from the dictionary
        let name = table.entities[p].name
        guard let office = lexicon.office(of: name, on: article.published), !office.title.isEmpty,
          !relationList.contains(where: { $0.type == "HOLDS_ROLE" && $0.start == p })
        else { continue }
        var end: Int?
        if let org = office.organization { end = table.find("Organization", org) }
        if end == nil, let c = office.country { end = table.entity("Country", c) }
        guard let e = end else { continue }
        var props: [String: PropertyValue] = ["title": .string(office.title)]
        if let d = article.published { props["as_of"] = .string(d.iso) }
        tenure(office, &props)
        relate("HOLDS_ROLE", p, e, props, mention(a, s.tokens, "dictionary-office", 0.7), key: "")
        continue
      }
      var end: Int?
      if let org = s.organization { end = table.find("Organization", org) }
      // "Minister of Transport" when the article names "the Ministry of Transport of ..."
      if end == nil,
        let ministry = ministry(
          forTitle: title, country: s.country ?? table.entities[p].properties["country"]?.stringValue)
      {
        end = ministry
        if table.entities[p].properties["country"] == nil,
          let c = table.entities[ministry].properties["country"]?.stringValue
        {
          table.fill(p, "country", c)
        }
      }
      if end == nil, let c = s.country ?? table.entities[p].properties["country"]?.stringValue {
        end = table.entity("Country", c)
      }
      // "President Smith" in a story that names no country for him: the dictionary's office
      // (organization or country) at the article's date
      if end == nil, let office = lexicon.office(of: table.entities[p].name, on: article.published) {
        if let org = office.organization { end = table.find("Organization", org) }
        if end == nil, let c = office.country { end = table.entity("Country", c) }
      }
      guard let e = end else { continue }
      var props: [String: PropertyValue] = ["title": .string(title)]
      if let d = article.published { props["as_of"] = .string(d.iso) }
      if let office = lexicon.office(of: table.entities[p].name, on: article.published),
        Lexicon.officeTitle(office.title) == Lexicon.officeTitle(title)
      {
        tenure(office, &props)
      }
      relate("HOLDS_ROLE", p, e, props, mention(a, s.tokens, s.rule, s.confidence), key: "")
    }
  }

  /// `since` and `until` of a HOLDS_ROLE: the dates of the known tenure (dictionary or Factbook)
  /// in force on the article's date; none when the article's date is outside it or unknown.
  func tenure(_ office: Lexicon.Office, _ props: inout [String: PropertyValue]) {
    guard let d = article.published else { return }
    guard office.from.map({ $0 <= d }) ?? true, office.to.map({ d <= $0 }) ?? true else { return }
    if let from = office.from { props["since"] = .string(from.iso) }
    if let to = office.to { props["until"] = .string(to.iso) }
  }

  static let ministerWords: Set<String> = [
    "minister", "ministers", "of", "the", "and", "first", "deputy", "vice", "acting",
  ]

  /// The Organization entity of the ministry a minister's title names, when the article names
  /// that ministry: "Minister of Energy" or "Energy Minister" and "the Ministry of Energy".
  /// A bilateral story names two governments' ministries of the same portfolio, so a minister
  /// whose country is known takes only a ministry of that country; a ministry of no stated
  /// country ("according to the Ministry of Foreign Affairs") could be either side's and is
  /// taken only for a minister whose country is unknown.
  func ministry(forTitle title: String, country: String?) -> Int? {
    let words = title.lowercased().split { !$0.isLetter }.map(String.init)
    guard words.contains("minister") else { return nil }
    let portfolio = words.filter { !ExtractionState.ministerWords.contains($0) && $0.count > 2 }
    guard let first = portfolio.first else { return nil }
    return table.entities.first { e in
      guard e.label == "Organization", !partyOnlyBodies.contains(e.id) else { return false }
      let n = e.name.lowercased().split { !$0.isLetter }.map(String.init)
      guard n.first == "ministry" && n.contains(first) else { return false }
      guard let country else { return true }
      return e.properties["country"]?.stringValue == country
    }?.id
  }

  /// Ministries whose every mention is a party of a document: after "between (the)", or after
  /// "and (the)" that follows another ministry ("a memorandum between the Ministry of Energy of A
  /// and the Ministry of Energy of B"). The real pages' gold links such a ministry's minister to
  /// the country; a ministry named as an actor or a source ("the Ministry of Energy reported")
  /// takes its minister.
  static func documentPartyBodies(_ analyses: [SentenceAnalysis]) -> Set<Int> {
    var party: Set<Int> = []
    var other: Set<Int> = []
    for a in analyses {
      let t = a.tokens
      // a document's parties are often inner spans of the document's name
      let bodies = a.spans.flatMap { [$0] + $0.inner }.filter { $0.kind == .organization }
        .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
      for (k, s) in bodies.enumerated() {
        guard let e = s.entity, t[s.tokens.lowerBound].lower == "ministry" else { continue }
        var i = s.tokens.lowerBound - 1
        if i >= 0 && t[i].lower == "the" { i -= 1 }
        let afterBetween = i >= 0 && t[i].lower == "between"
        let secondParty = i >= 0 && t[i].lower == "and" && k > 0 && bodies[k - 1].tokens.upperBound == i
        if afterBetween || secondParty { party.insert(e) } else { other.insert(e) }
      }
    }
    return party.subtracting(other)
  }

  /// "Ding, who is also a member of the Political Bureau of the Communist Party of China Central
  /// Committee, said ...": a second office, told in a relative or appositive clause after a
  /// person, ending in an organization the article knows.
  mutating func clauseRoles(_ a: SentenceAnalysis) {
    let t = a.tokens
    for s in a.spans where s.kind == .person {
      guard let p = s.entity else { continue }
      var i = s.tokens.upperBound
      guard i + 3 < t.count, t[i].text == "," else { continue }
      i += 1
      if t[i].lower == "who", i + 1 < t.count, ["is", "was", "also"].contains(t[i + 1].lower) {
        i += 2
        if i < t.count && t[i].lower == "also" { i += 1 }
      }
      if i < t.count && ["a", "an"].contains(t[i].lower) { i += 1 }
      // the role must name membership or an office: "member of", "secretary of", "head of"
      guard i < t.count,
        ["member", "secretary", "head", "chairman", "chair", "deputy", "vice"].contains(t[i].lower)
          || a.span(at: i)?.kind == .title
      else { continue }
      let titleStart = i
      var j = i
      while j < t.count && j - titleStart < 16 {
        if [",", ".", ";", "("].contains(t[j].text) { break }
        if let o = a.span(at: j), o.kind == .organization, let oid = o.entity, j - titleStart >= 2,
          t[j - 1].lower == "the" || t[j - 1].lower == "of"
        {
          var titleEnd = j
          while titleEnd > titleStart && ["the", "of"].contains(t[titleEnd - 1].lower) { titleEnd -= 1 }
          guard titleEnd > titleStart else { break }
          var props: [String: PropertyValue] = ["title": .string(a.cleanText(titleStart..<titleEnd))]
          if let d = article.published { props["as_of"] = .string(d.iso) }
          relate("HOLDS_ROLE", p, oid, props, mention(a, s.tokens.lowerBound..<o.tokens.upperBound, "clause-role", 0.7))
          break
        }
        j += 1
      }
    }
  }

  static let passiveRoleVerbs: [String: String] = ["headed": "head", "chaired": "chairman", "led": "head"]
  static let bodyNouns: Set<String> = [
    "agency", "company", "ministry", "committee", "fund", "bank", "corporation", "council", "commission", "office",
    "organization", "organisation", "holding", "group", "operator", "authority", "service", "centre", "center",
  ]

  /// "The agency ... is headed by Almasadam Satkaliyev", "KTZ is led by X": the head of the
  /// organization the sentence is about (named in it, or the last one named with that noun).
  mutating func passiveRoles(_ a: SentenceAnalysis) {
    let t = a.tokens
    for i in t.indices
    where i + 2 < t.count && t[i + 1].lower == "by" && i > 0 && ["is", "was", "are"].contains(t[i - 1].lower) {
      guard let title = ExtractionState.passiveRoleVerbs[t[i].lower], let person = a.span(at: i + 2),
        person.kind == .person, person.tokens.lowerBound == i + 2, let p = person.entity
      else { continue }
      var org: Int?
      if let named = a.spans.last(where: { $0.kind == .organization && $0.tokens.upperBound <= i }) {
        org = named.entity
      } else if t[0].lower == "the", t.count > 1, ExtractionState.bodyNouns.contains(t[1].lower) {
        // "The agency ... is headed by": the last organization named with that noun ("It" is too vague)
        let noun = t[1].lower
        org =
          table.entities.last { e in
            e.label == "Organization" && e.mentions.contains { $0.sentence < a.sentence.index }
              && e.name.lowercased().split(separator: " ").contains(Substring(noun))
          }?.id
      }
      guard let o = org else { continue }
      var props: [String: PropertyValue] = ["title": .string(title)]
      if let d = article.published { props["as_of"] = .string(d.iso) }
      relate("HOLDS_ROLE", p, o, props, mention(a, i..<person.tokens.upperBound, "passive-role", 0.7))
    }
  }

  /// One role per person and body: a role to an organization of country C makes a role to C
  /// itself redundant ("Vice Premier of the State Council" and "Chinese Vice Premier").
  mutating func pruneRoles() {
    var orgCountries: [Int: Set<String>] = [:]
    // a second office told in a clause ("who is also a member of ...") keeps the first one
    for r in relationList
    where r.type == "HOLDS_ROLE" && table.entities[r.end].label == "Organization"
      && r.evidence.first?.rule != "clause-role"
    {
      if let c = table.entities[r.end].properties["country"]?.stringValue {
        orgCountries[r.start, default: []].insert(c)
      }
    }
    relationList.removeAll { r in
      r.type == "HOLDS_ROLE" && table.entities[r.end].label == "Country"
        && (orgCountries[r.start]?.contains(table.entities[r.end].name) ?? false)
    }
  }
}
