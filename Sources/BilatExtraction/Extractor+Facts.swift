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
    "junction": "transport and logistics", "silo": "agriculture", "silos": "agriculture",
  ]

  // MARK: Agreements

  /// Whether a wish, proposal or condition governs the trigger at `i`: a wish word in the six
  /// tokens before it, within its clause ("interested in signing", "hope ... will be signed").
  static func isWish(_ t: [Token], before i: Int) -> Bool {
    // "to be signed", "will be signed", "to sign": not (yet) done
    if i > 0, ["be", "to", "being"].contains(t[i - 1].lower) { return true }
    var k = i - 1
    while k >= 0 && i - k <= 6 {
      if t[k].text == "," || t[k].text == ";" || t[k].lower == "which" || t[k].lower == "when" { break }
      if wishWords.contains(t[k].lower) { return true }
      k -= 1
    }
    return false
  }

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
        if window.contains(where: { ["agreement", "agreements", "consensus", "understanding", "accord"].contains($0.lower) }) {
          var s = i + 1
          while s < t.count && !["on", "to", "that", "regarding"].contains(t[s].lower) && s < i + 6 { s += 1 }
          return (i, false, min(t.count, s + 1))
        }
      case "signed", "inked", "concluded", "adopted":
        return (i, true, i + 1)
      case "signing":
        if ["the", "a"].contains(prev) || (i + 1 < t.count && t[i + 1].lower == "of") { return (i, true, i + 1) }
      default:
        break
      }
    }
    return nil
  }

  /// Documents mentioned as existing ("Under the agreement on mutual visa exemption", "the
  /// Agreement ... enters into force") bind the article's main parties even when no signing is told.
  mutating func mentionedDocumentAgreements(_ meetings: [MeetingInfo]) {
    var done = Set<Int>()
    for (doc, sentence, ev) in mentionedDocuments where !signedDocuments.contains(doc) && !done.contains(doc) {
      done.insert(doc)
      let parties = mainCountries(meetings, sentence: sentence)
      guard parties.count >= 2 else { continue }
      relate("AGREED", parties[0], parties[1], ["about": .string(table.entities[doc].name)], ev, key: "doc\(doc)", symmetric: true)
    }
  }

  mutating func agreements(_ a: SentenceAnalysis, _ meetings: [MeetingInfo]) {
    for s in a.spans where s.kind == .agreement {
      guard let e = s.entity, !ExtractionState.isWish(a.tokens, before: s.tokens.lowerBound) else { continue }
      mentionedDocuments.append((e, a.sentence.index, mention(a, s.tokens, "document-mention", 0.6)))
    }
    guard let trig = ExtractionState.agreementTrigger(a.tokens) else { return }
    if ExtractionState.isWish(a.tokens, before: trig.index) { return }
    // parties: countries named before the trigger, else the participants' countries
    var parties: [Int] = []
    var orgs: [Int] = []
    var group = false
    for s in a.spans where s.tokens.lowerBound < trig.index || trig.signing {
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
      if k < a.tokens.count, let w = a.span(at: k), w.tokens.lowerBound == k, [.organization, .country].contains(w.kind) {
        with = w
        // "China's customs authority" → the article's organization of China named by those words
        let t = a.tokens
        var j = w.tokens.upperBound
        if w.kind == .country, j < t.count, t[j].lower == "'s" {
          j += 1
          var words: [String] = []
          while j < t.count && t[j].isWord && !t[j].isCapitalized && words.count < 3 { words.append(t[j].lower); j += 1 }
          let cues = words.filter { !["authority", "authorities", "service", "agency", "side", "government"].contains($0) }
          if !cues.isEmpty, let org = table.entities.first(where: { e in
            e.label == "Organization" && e.properties["country"]?.stringValue == table.entities[w.entity ?? 0].name
              && cues.allSatisfy { e.name.lowercased().contains($0) }
          }) {
            with?.kind = .organization
            with?.entity = org.id
          }
        }
      }
    }
    if orgs.count >= 2 { parties = orgs }
    // "an agreement between Kazakhstan Engineering and Turkish Aerospace on ...": the document names its parties
    for d in a.spans where d.kind == .agreement && trig.signing {
      let named = d.inner.filter { $0.kind == .organization || $0.kind == .country }
      guard named.count == 2, let f = named.first, f.tokens.lowerBound > 0, a.tokens[f.tokens.lowerBound - 1].lower == "between"
        || f.tokens.lowerBound > 1 && a.tokens[f.tokens.lowerBound - 2].lower == "between"
      else { continue }
      let ids = named.compactMap(\.entity)
      if ids.count == 2 { parties = ids; orgs = ids.filter { table.entities[$0].label == "Organization" } }
    }
    if let w = with, let we = w.entity {
      let wc = w.kind == .organization ? table.entities[we].properties["country"]?.stringValue : table.entities[we].name
      let own = orgs.last { $0 != we } ?? parties.first { $0 != we && table.entities[$0].name != wc }
        ?? mainCountries(meetings, sentence: a.sentence.index).first { $0 != we && table.entities[$0].name != wc }
      if let o = own { parties = [o, we] }
    }
    let explicit = a.spans.contains {
      $0.tokens.lowerBound < trig.index && [.country, .demonym, .side, .group, .organization, .person].contains($0.kind)
    }
    let documents = a.spans.filter { $0.kind == .agreement }
    // "The document was signed in Beijing": a document already reported, no new agreement.
    if trig.signing && documents.isEmpty && !explicit { return }
    if parties.count < 2 || group {
      for c in mainCountries(meetings, sentence: a.sentence.index) where !parties.contains(c) { parties.append(c) }
    }
    guard parties.count >= 2 else { return }
    // Multilateral texts: the agreement is recorded between the article's two main parties.
    var pairs: [(Int, Int)] = []
    if parties.count == 2 {
      pairs = [(parties[0], parties[1])]
    } else {
      let ranked = parties.sorted { table.entities[$0].mentions.count > table.entities[$1].mentions.count }
      pairs = [(ranked[0], ranked[1])]
    }
    var date: [String: PropertyValue] = [:]
    if let d = statedDate(a) ?? article.published { date["date"] = .string(d.iso) }
    var aboutEnd = a.tokens.count
    while aboutEnd > trig.aboutStart && a.tokens[aboutEnd - 1].kind == .punctuation { aboutEnd -= 1 }
    let ev = mention(a, min(trig.index, a.tokens.count - 1)..<max(trig.index + 1, aboutEnd), trig.signing ? "signing" : "agreement-trigger", 0.75)
    // one AGREED per signed document, or per "agreed to X and to Y" clause
    var abouts: [String] = []
    if trig.signing && !documents.isEmpty {
      abouts = documents.map(\.name)
    } else if trig.aboutStart < aboutEnd {
      var start = trig.aboutStart
      var k = start
      while k < aboutEnd {
        if a.tokens[k].lower == "and", k + 1 < aboutEnd, a.tokens[k + 1].lower == "to" || a.tokens[k + 1].lower == "on" {
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
        relate("AGREED", x, y, props, ev, key: "s\(a.sentence.index)#\(n)", symmetric: true)
      }
    }
    if trig.signing {
      for s in documents {
        guard let ag = s.entity else { continue }
        signedDocuments.insert(ag)
        for p in parties { relate("SIGNED", p, ag, date, ev) }
      }
    }
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

  // MARK: Roles

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
      if end == nil, let c = s.country ?? table.entities[p].properties["country"]?.stringValue {
        end = table.entity("Country", c)
      }
      guard let e = end else { continue }
      var props: [String: PropertyValue] = ["title": .string(title)]
      if let d = article.published { props["as_of"] = .string(d.iso) }
      relate("HOLDS_ROLE", p, e, props, mention(a, s.tokens, s.rule, s.confidence), key: "")
    }
  }

  // MARK: Projects and facilities

  /// The sectors of a project, facility or agreement name: the sector words in it, else the
  /// sector of its head noun ("checkpoint" → transport and logistics).
  func sectors(ofName name: String, useHead: Bool = true) -> [String] {
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
      if tokens.contains(where: { ["border", "boundary", "cross-border"].contains($0.lower) }), !out.contains("transport and logistics") {
        out.append("transport and logistics")
      }
    }
    // the head noun adds its own sector: "grain terminal" → agriculture and transport and logistics
    for t in tokens.reversed() {
      let w = Patterns.facilityHead(t.lower)?.head ?? t.lower
      if let s = ExtractionState.facilitySectors[w] {
        let energyPlant = w == "plant" && tokens.contains {
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
      if s.kind == .project, let f = s.inner.last, f.tokens.upperBound == s.tokens.upperBound, let fid = f.entity { id = fid }
      let next = a.spans[k + 1]
      guard s.tokens.upperBound + 1 == next.tokens.lowerBound, let place = next.entity,
        ["in", "near"].contains(a.tokens[s.tokens.upperBound].lower) || a.tokens[s.tokens.upperBound].text == ",",
        [.city, .place, .country].contains(next.kind), !(s.kind == .city && next.kind == .city)
      else { continue }
      if s.kind == .city && a.tokens[s.tokens.upperBound].text != "," && next.kind == .country { continue }
      relate("LOCATED_IN", id, place, [:], mention(a, s.tokens.lowerBound..<next.tokens.upperBound, "located-in-phrase", 0.7))
    }
    for s in a.spans where s.kind == .facility || s.kind == .project || s.kind == .agreement {
      guard let id = s.entity else { continue }
      let ev = mention(a, s.tokens, "sector-of-name", 0.7)
      var sectors = self.sectors(ofName: s.name, useHead: s.kind != .agreement)
      // a flow of goods is in the goods' sector: "transit of Russian gas" → energy
      if s.kind == .project, let first = s.name.split(separator: " ").first, Patterns.flowTriggers.contains(first.lowercased()),
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
    for r in relationList where r.type == "HOLDS_ROLE" && table.entities[r.end].label == "Organization" {
      if let c = table.entities[r.end].properties["country"]?.stringValue { orgCountries[r.start, default: []].insert(c) }
    }
    relationList.removeAll { r in
      r.type == "HOLDS_ROLE" && table.entities[r.end].label == "Country"
        && (orgCountries[r.start]?.contains(table.entities[r.end].name) ?? false)
    }
  }

  mutating func locations() {
    for e in table.entities where e.label == "City" || e.label == "Place" {
      guard let c = e.properties["country"]?.stringValue, !c.isEmpty, let m = e.mentions.first else { continue }
      relate("LOCATED_IN", e.id, table.entity("Country", c), [:], Mention(
        sentence: m.sentence, start: m.start, end: m.end, rule: "dictionary-city-country", confidence: 0.9))
    }
  }
}
