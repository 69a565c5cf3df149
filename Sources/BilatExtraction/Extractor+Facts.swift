import BilatCore

extension ExtractionState {
  static let facilitySectors: [String: String] = [
    "checkpoint": "transport and logistics", "checkpoints": "transport and logistics",
    "railway": "transport and logistics", "railroad": "transport and logistics", "port": "transport and logistics",
    "terminal": "transport and logistics", "corridor": "transport and logistics",
    "airport": "transport and logistics", "hub": "transport and logistics", "highway": "transport and logistics",
    "bridge": "transport and logistics", "crossing": "transport and logistics", "station": "transport and logistics",
    "line": "transport and logistics", "refinery": "energy", "pipeline": "energy", "field": "energy",
    "oilfield": "energy", "gasfield": "energy", "coalfield": "mining",
    "dam": "energy", "mine": "mining", "plant": "industry", "route": "transport and logistics",
    "express": "transport and logistics", "train": "transport and logistics", "trains": "transport and logistics",
    "junction": "transport and logistics", "silo": "agriculture", "silos": "agriculture", "smelter": "industry",
    "farm": "agriculture", "seaport": "transport and logistics", "factory": "industry",
    "hospital": "health", "clinic": "health", "mill": "industry", "bypass": "transport and logistics",
    "motorway": "transport and logistics", "expressway": "transport and logistics", "connector": "energy",
    "interconnector": "energy", "tunnel": "transport and logistics", "shipyard": "industry", "hpp": "energy",
    "substation": "energy", "substations": "energy", "road": "transport and logistics",
    "post": "transport and logistics",
  ]
  /// Words that make a plant, farm, station or line a power one: "solar plant", "400 kV line",
  /// "power transmission lines".
  static let powerWords: Set<String> = [
    "power", "thermal", "solar", "wind", "nuclear", "hydro", "hydropower", "transmission", "kv", "high-voltage",
    // fuel plants: "an LNG plant", "a hydrogen electrolysis plant", "a gas treatment plant"
    "gas", "hydrogen", "liquefied", "lng",
  ]

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
      // the "Road" of "Belt and Road", "Silk Road" is a metaphor in a name, not a road
      if t.isCapitalized && ExtractionState.metaphorInNames.contains(t.lower) { continue }
      let w = Patterns.facilityHead(t.lower)?.head ?? t.lower
      if let s = ExtractionState.facilitySectors[w] {
        let energyPlant =
          (w == "plant" || w == "farm" || w == "station" || w == "line")
          && tokens.contains { ExtractionState.powerWords.contains($0.lower) }
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

  /// Whether the country span `c` begins a titled subject: a title or a person right after it,
  /// or after its "'s" ("US Agriculture Secretary A", "New Zealand's Prime Minister").
  static func beginsTitledSubject(_ a: SentenceAnalysis, at c: Span) -> Bool {
    var k = c.tokens.upperBound
    if k < a.tokens.count, a.tokens[k].lower == "'s" { k += 1 }
    guard k < a.tokens.count else { return false }
    if let s = a.span(at: k), s.kind == .title || s.kind == .person { return true }
    return a.spans.contains {
      $0.kind == .title && $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 2
        && (k..<$0.tokens.lowerBound).allSatisfy { a.tokens[$0].isCapitalized && a.cover[$0] < 0 }
    }
  }

  mutating func projects(_ a: SentenceAnalysis) {
    for (k, s) in a.spans.enumerated() where [.facility, .project, .place, .city].contains(s.kind) {
      // "the PCK refinery in Schwedt", "Kenkiyak field in Aktobe region", "Lianyungang in Jiangsu province"
      guard var id = s.entity, k + 1 < a.spans.count else { continue }
      // "construction of the X line in Turkistan region": the facility is located there, and so is
      // the undertaking on it (the work is done where the facility is)
      var undertaking: Int?
      if s.kind == .project, let f = s.inner.last, f.tokens.upperBound == s.tokens.upperBound, let fid = f.entity {
        undertaking = id
        id = fid
      }
      let next = a.spans[k + 1]
      // "in Atyrau region", "in the Turkistan region", "in the city of Mary"
      let gap = next.tokens.lowerBound - s.tokens.upperBound
      let settlement =
        gap == 4 && next.kind == .city
        && Patterns.placeNameStart(a.tokens, after: s.tokens.upperBound) == next.tokens.lowerBound
      // "the Lunte region of Zambia", "the Northern Province of Zambia": a region named by its
      // kind, of the country or the larger region after it
      let regionOf =
        s.kind == .place && s.rule == "place-head" && a.tokens[s.tokens.upperBound].lower == "of"
        && next.kind != .city
      guard
        gap == 1 || gap == 2 && a.tokens[s.tokens.upperBound + 1].lower == "the" && next.kind != .city || settlement,
        let place = next.entity,
        ["in", "near"].contains(a.tokens[s.tokens.upperBound].lower) || a.tokens[s.tokens.upperBound].text == ","
          || regionOf,
        [.city, .place, .country].contains(next.kind), !(s.kind == .city && next.kind == .city)
      else { continue }
      if s.kind == .city && a.tokens[s.tokens.upperBound].text != "," && next.kind == .country { continue }
      // "In Auckland, US Agriculture Secretary A said": after the comma a clause begins with its
      // subject's country, which is not the town's
      if a.tokens[s.tokens.upperBound].text == ",", next.kind == .country, Self.beginsTitledSubject(a, at: next) {
        continue
      }
      let ev = mention(a, s.tokens.lowerBound..<next.tokens.upperBound, "located-in-phrase", 0.7)
      relate("LOCATED_IN", id, place, [:], ev)
      if let undertaking { relate("LOCATED_IN", undertaking, place, [:], ev) }
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
      // a document's or an undertaking's subject (a facility's name is a name: "Peace Palace")
      if s.kind != .facility {
        for x in ExtractionState.topicSectors(ofName: s.name) where !sectors.contains(x) { sectors.append(x) }
      }
      if s.kind != .agreement {
        for x in clauseSectors(a, after: s.tokens.upperBound) where !sectors.contains(x) { sectors.append(x) }
      } else if s.rule == "agreement-count" || s.rule == "agreement-signed-object" {
        for x in packageSectors(a, after: s.tokens.upperBound) where !sectors.contains(x) { sectors.append(x) }
      }
      // "seaports in Karachi and Gwadar": each facility stands in its city
      for c in s.inner where c.kind == .city && s.kind == .facility {
        guard let cid = c.entity else { continue }
        relate("LOCATED_IN", id, cid, [:], mention(a, s.tokens, "facility-in-city", 0.7))
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

  mutating func locations() {
    facilitiesNamedAfterCities()
    // a dictionary facility in a city the article names: "the Kremlin" with Moscow
    for e in table.entities where e.label == "Facility" {
      guard let city = lexicon.cityOf[e.name], let c = table.find("City", city), let m = e.mentions.first else {
        continue
      }
      relate(
        "LOCATED_IN", e.id, c, [:],
        Mention(sentence: m.sentence, start: m.start, end: m.end, rule: "dictionary-facility-city", confidence: 0.85))
    }
    let ownedBodyCountries = Set(
      table.entities.filter { $0.label == "Organization" }.compactMap { $0.properties["country"]?.stringValue })
    for e in table.entities where e.label == "City" || e.label == "Place" {
      // a city of a country the article never names is no more than a city ("talks in New York"),
      // and so is a region of the generated gazetteer (a story on Gujarat's port need not be
      // about India); a hand-dictionary region, or a city whose body the story names ("Nairobi's
      // transport ministry"), still names its country
      let handPlace =
        e.label == "Place"
        && !e.mentions.allSatisfy { $0.rule == Extractor.gazetteerRules[Lexicon.Kind.place.rawValue] }
      guard let c = e.properties["country"]?.stringValue, !c.isEmpty, let m = e.mentions.first,
        handPlace || table.find("Country", c) != nil || ownedBodyCountries.contains(c)
      else { continue }
      relate(
        "LOCATED_IN", e.id, table.entity("Country", c), [:],
        Mention(
          sentence: m.sentence, start: m.start, end: m.end, rule: "dictionary-city-country", confidence: 0.9))
    }
  }
}
