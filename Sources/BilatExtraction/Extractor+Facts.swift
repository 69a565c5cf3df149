import BilatCore

extension ExtractionState {
  static let facilitySectors: [String: String] = [
    "checkpoint": "transport and logistics", "checkpoints": "transport and logistics",
    "railway": "transport and logistics", "railroad": "transport and logistics", "port": "transport and logistics",
    "terminal": "transport and logistics", "corridor": "transport and logistics",
    "airport": "transport and logistics", "hub": "transport and logistics", "highway": "transport and logistics",
    "bridge": "transport and logistics", "crossing": "transport and logistics", "station": "transport and logistics",
    "line": "transport and logistics", "refinery": "energy", "pipeline": "energy", "field": "energy",
    "dam": "energy", "mine": "mining", "plant": "industry", "route": "transport and logistics",
    "express": "transport and logistics", "train": "transport and logistics", "trains": "transport and logistics",
    "junction": "transport and logistics", "silo": "agriculture", "silos": "agriculture", "smelter": "industry",
    "farm": "agriculture", "seaport": "transport and logistics", "factory": "industry",
  ]

  mutating func roles(_ a: SentenceAnalysis) {
    for s in a.spans where s.kind == .person {
      guard let p = s.entity else { continue }
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
        relate("HOLDS_ROLE", p, e, props, mention(a, s.tokens, "dictionary-office", 0.7), key: "")
        continue
      }
      var end: Int?
      if let org = s.organization { end = table.find("Organization", org) }
      // "Minister of Transport" when the article names "the Ministry of Transport of ..."
      if end == nil, let ministry = ministry(forTitle: title) {
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
      guard let e = end else { continue }
      var props: [String: PropertyValue] = ["title": .string(title)]
      if let d = article.published { props["as_of"] = .string(d.iso) }
      relate("HOLDS_ROLE", p, e, props, mention(a, s.tokens, s.rule, s.confidence), key: "")
    }
  }

  static let ministerWords: Set<String> = [
    "minister", "ministers", "of", "the", "and", "first", "deputy", "vice", "acting",
  ]

  /// The Organization entity of the ministry a minister's title names, when the article names
  /// that ministry: "Minister of Energy" or "Energy Minister" and "the Ministry of Energy".
  func ministry(forTitle title: String) -> Int? {
    let words = title.lowercased().split { !$0.isLetter }.map(String.init)
    guard words.contains("minister") else { return nil }
    let portfolio = words.filter { !ExtractionState.ministerWords.contains($0) && $0.count > 2 }
    guard let first = portfolio.first else { return nil }
    return table.entities.first { e in
      guard e.label == "Organization" else { return false }
      let n = e.name.lowercased().split { !$0.isLetter }.map(String.init)
      return n.first == "ministry" && n.contains(first)
    }?.id
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

  // MARK: Projects and facilities

  /// The sectors of a project, facility or agreement name: the sector words in it, else the
  /// sector of its head noun ("checkpoint" → transport and logistics).
  mutating func sectors(ofName name: String, useHead: Bool = true) -> [String] {
    let key = useHead ? name : "\u{1}" + name
    if let cached = sectorCache[key] { return cached }
    let out = computeSectors(ofName: name, useHead: useHead)
    sectorCache[key] = out
    return out
  }

  func computeSectors(ofName name: String, useHead: Bool) -> [String] {
    let u = Array(name.utf16)
    let tokens = Tokenizer.tokenize(u, 0..<u.count)
    var out: [String] = []
    for m in lexicon.matches(in: tokens) where m.best.kind == .sector && !out.contains(m.best.canonical) {
      out.append(m.best.canonical)
    }
    if !useHead { return out }
    // cross-border cooperation centres and trade zones: "Khorgos International Centre for Boundary Cooperation"
    if let h = tokens.first(where: { ["centre", "center", "zone"].contains($0.lower) }), h.isWord,
      tokens.contains(where: { ["cooperation", "trade", "free"].contains($0.lower) })
    {
      if !out.contains("trade") { out.append("trade") }
      if tokens.contains(where: { ["border", "boundary", "cross-border"].contains($0.lower) }),
        !out.contains("transport and logistics")
      {
        out.append("transport and logistics")
      }
    }
    // the head noun adds its own sector: "grain terminal" → agriculture and transport and logistics
    for t in tokens.reversed() {
      let w = Patterns.facilityHead(t.lower)?.head ?? t.lower
      if let s = ExtractionState.facilitySectors[w] {
        let energyPlant =
          (w == "plant" || w == "farm" || w == "station")
          && tokens.contains {
            ["power", "thermal", "solar", "wind", "nuclear", "hydro", "hydropower"].contains($0.lower)
          }
        let sector = energyPlant ? "energy" : s
        if !out.contains(sector) && !(energyPlant && out.contains("energy")) { out.append(sector) }
        break
      }
    }
    return out
  }

  /// Sector words of the appositive or relative clause that describes a name: "the Khorgos
  /// centre, a trade zone straddling the border", "the dry port, which handles container trains".
  func clauseSectors(_ a: SentenceAnalysis, after end: Int) -> [String] {
    let t = a.tokens
    var i = end
    // skip a complement and a participle clause: "project in Atyrau region, implemented by X, which ..."
    func skipChunk() { while i < t.count && t[i].text != "," && t[i].text != "." && t[i].text != ";" { i += 1 } }
    if i < t.count && ["of", "in", "at", "near"].contains(t[i].lower) { skipChunk() }
    if i < t.count && t[i].text == "," { i += 1 }
    // purpose participles describe the thing: "initiative, aimed at diversifying trade routes"
    let purpose = i < t.count && ["aimed", "designed", "intended", "meant"].contains(t[i].lower)
    if !purpose && i < t.count && t[i].lower.hasSuffix("ed") && !["which", "that"].contains(t[i].lower) {
      skipChunk()
      if i < t.count && t[i].text == "," { i += 1 }
    }
    guard i < t.count, purpose || ["a", "an", "which", "that", "where"].contains(t[i].lower) else { return [] }
    var j = i + 1
    while j < t.count && t[j].text != "," && t[j].text != ";" && t[j].text != "." && t[j].text != "(" { j += 1 }
    var out: [String] = []
    for m in lexicon.matches(in: Array(t[i..<j])) where m.best.kind == .sector && !out.contains(m.best.canonical) {
      out.append(m.best.canonical)
    }
    return out
  }

  mutating func projects(_ a: SentenceAnalysis) {
    for (k, s) in a.spans.enumerated() where [.facility, .project, .place, .city].contains(s.kind) {
      // "the PCK refinery in Schwedt", "Kenkiyak field in Aktobe region", "Lianyungang in Jiangsu province"
      guard var id = s.entity, k + 1 < a.spans.count else { continue }
      // "construction of the X line in Turkistan region": the facility is what is located
      if s.kind == .project, let f = s.inner.last, f.tokens.upperBound == s.tokens.upperBound, let fid = f.entity {
        id = fid
      }
      let next = a.spans[k + 1]
      // "in Atyrau region", "in the Turkistan region"
      let gap = next.tokens.lowerBound - s.tokens.upperBound
      guard gap == 1 || gap == 2 && a.tokens[s.tokens.upperBound + 1].lower == "the" && next.kind == .place,
        let place = next.entity,
        ["in", "near"].contains(a.tokens[s.tokens.upperBound].lower) || a.tokens[s.tokens.upperBound].text == ",",
        [.city, .place, .country].contains(next.kind), !(s.kind == .city && next.kind == .city)
      else { continue }
      if s.kind == .city && a.tokens[s.tokens.upperBound].text != "," && next.kind == .country { continue }
      relate(
        "LOCATED_IN", id, place, [:], mention(a, s.tokens.lowerBound..<next.tokens.upperBound, "located-in-phrase", 0.7)
      )
    }
    for s in a.spans where s.kind == .facility || s.kind == .project || s.kind == .agreement {
      guard let id = s.entity else { continue }
      let ev = mention(a, s.tokens, "sector-of-name", 0.7)
      var sectors = self.sectors(ofName: s.name, useHead: s.kind != .agreement)
      // a flow of goods is in the goods' sector: "transit of Russian gas" → energy
      if s.kind == .project, let first = s.name.split(separator: " ").first,
        Patterns.flowTriggers.contains(first.lowercased()),
        sectors.count > 1
      {
        sectors = self.sectors(ofName: String(s.name.dropFirst(first.count)), useHead: true)
      }
      if s.kind != .agreement {
        for x in clauseSectors(a, after: s.tokens.upperBound) where !sectors.contains(x) { sectors.append(x) }
      }
      for f in s.inner where f.kind == .facility || f.kind == .project {
        guard let fid = f.entity else { continue }
        if f.kind == .project {
          // a project inside a document's title: its own sectors and facilities
          var ps = self.sectors(ofName: f.name)
          for g in s.inner where g.kind == .facility && f.tokens.contains(g.tokens.lowerBound) {
            guard let gid = g.entity else { continue }
            relate("CONCERNS", fid, gid, [:], mention(a, f.tokens, "project-object", 0.75))
            for x in self.sectors(ofName: g.name) where !ps.contains(x) { ps.append(x) }
          }
          for x in ps {
            relate("IN_SECTOR", fid, table.entity("Sector", x), [:], mention(a, f.tokens, "sector-of-name", 0.7))
            if !sectors.contains(x) { sectors.append(x) }
          }
          continue
        }
        if s.kind != .agreement { relate("CONCERNS", id, fid, [:], mention(a, s.tokens, "project-object", 0.75)) }
        let fs = self.sectors(ofName: f.name)
        for x in fs {
          relate("IN_SECTOR", fid, table.entity("Sector", x), [:], mention(a, f.tokens, "sector-of-name", 0.7))
          if !sectors.contains(x) { sectors.append(x) }
        }
      }
      for x in sectors { relate("IN_SECTOR", id, table.entity("Sector", x), [:], ev) }
    }
  }

  // MARK: Locations

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

  mutating func locations() {
    // a dictionary facility in a city the article names: "the Kremlin" with Moscow
    for e in table.entities where e.label == "Facility" {
      guard let city = lexicon.cityOf[e.name], let c = table.find("City", city), let m = e.mentions.first else {
        continue
      }
      relate(
        "LOCATED_IN", e.id, c, [:],
        Mention(sentence: m.sentence, start: m.start, end: m.end, rule: "dictionary-facility-city", confidence: 0.85))
    }
    for e in table.entities where e.label == "City" || e.label == "Place" {
      guard let c = e.properties["country"]?.stringValue, !c.isEmpty, let m = e.mentions.first else { continue }
      relate(
        "LOCATED_IN", e.id, table.entity("Country", c), [:],
        Mention(
          sentence: m.sentence, start: m.start, end: m.end, rule: "dictionary-city-country", confidence: 0.9))
    }
  }
}
