/// Facility and named-project rules (places: `Patterns+Places.swift`).
extension Patterns {
  /// The singular facility head for a word ("refineries" → "refinery"), if it is one.
  static func facilityHead(_ w: String) -> (head: String, plural: Bool)? {
    if facilityHeads.contains(w) { return (w, false) }
    if w.hasSuffix("ies"), facilityHeads.contains(String(w.dropLast(3)) + "y") {
      return (String(w.dropLast(3)) + "y", true)
    }
    if w.hasSuffix("es"), facilityHeads.contains(String(w.dropLast(2))) { return (String(w.dropLast(2)), true) }
    if w.hasSuffix("s"), facilityHeads.contains(String(w.dropLast())) { return (String(w.dropLast()), true) }
    return nil
  }

  /// A proper-name item ending just before token `end`: capitalized words, joined by dashes
  /// ("Nur Zholy–Khorgos", "Dostyk"). Returns its first token.
  static func properItem(_ a: SentenceAnalysis, endingAt end: Int) -> Int? {
    let t = a.tokens
    // "the giant X gas field": a name read as a company after "giant" names the facility
    let beforeFacilityWord =
      end < t.count && (isFacilityModifier(t[end].lower) || facilityHead(t[end].lower) != nil)
    var lo = end
    while lo > 0 {
      let p = t[lo - 1]
      var kind = a.span(at: lo - 1)?.kind
      if kind == .organization && beforeFacilityWord && a.span(at: lo - 1)?.rule == "org-introduced" { kind = nil }
      // "a 1 GW wind farm": a unit after a number is no name
      let unit =
        (lo >= 2 && t[lo - 2].kind == .number && p.text.count <= 3)
        || measureUnits.contains(p.lower)
      if p.isWord && p.isCapitalized && !isFunctionCapital(p) && !unit && kind != .title && kind != .person
        && kind != .organization && kind != .facility && kind != .project && kind != .agreement
        && DateFinder.months[p.lower] == nil
      {
        lo -= 1
      } else if p.isDash && lo < end && lo - 2 >= 0 && t[lo - 2].isCapitalized && t[lo - 2].isWord {
        lo -= 1
      } else {
        break
      }
    }
    return lo < end ? lo : nil
  }

  /// Facility noun phrases: "the Nur Zholy–Khorgos checkpoint", "Shymkent oil refinery", "port of
  /// Aktau", and lists: "the Dostyk and Khorgos checkpoints", "the airports of Almaty and Astana".
  static func facilities(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var i = 0
    while i < t.count {
      guard t[i].has(WordClass.facilityHead), headNamesFacility(t, i), let (head, plural) = facilityHead(t[i].lower)
      else {
        i += 1
        continue
      }
      if let s = a.span(at: i), s.kind == .organization || s.kind == .agreement || s.kind == .person {
        i += 1
        continue
      }
      var modLo = i
      while modLo > 0 {
        let p = t[modLo - 1]
        if p.isWord && isFacilityModifier(p.lower) {
          modLo -= 1
        } else if p.lower == "and" && modLo < i && modLo >= 2 && isFacilityModifier(t[modLo - 2].lower) {
          modLo -= 1
        } else {
          break
        }
      }
      let mods = modLo < i ? a.text(modLo..<i) + " " : ""
      var items: [Range<Int>] = []
      var hi = i + 1
      // "the Kazakh section", "a Chinese hospital": a demonym alone names no part or building;
      // "the Greek port of Piraeus" is named after "of"
      let namedAfter = i + 2 < t.count && t[i + 1].lower == "of" && t[i + 2].isCapitalized
      let ownerOnly =
        (["section", "hospital", "clinic", "site"].contains(head) || namedAfter)
        && properItem(a, endingAt: modLo).flatMap { a.span(at: $0) }.map {
          ($0.kind == .demonym || $0.kind == .country) && $0.tokens.upperBound == modLo
        } ?? false
      if !ownerOnly, let lo = properItem(a, endingAt: modLo) {
        items.append(lo..<modLo)
        // a list before a plural head: "Nur Zholy, Dostyk, Bakhty and Maikapchagai border checkpoints"
        var k = lo
        while plural && k >= 2 && (t[k - 1].text == "," || t[k - 1].lower == "and") {
          var sep = k - 1
          if t[sep].lower == "and" && sep > 0 && t[sep - 1].text == "," { sep -= 1 }
          guard let lo2 = properItem(a, endingAt: sep) else { break }
          items.insert(lo2..<sep, at: 0)
          k = lo2
        }
      } else if hi + 1 < t.count, t[hi].lower == "of", t[hi + 1].isCapitalized,
        DateFinder.months[t[hi + 1].lower] == nil, head != "field"
      {
        // "the port of Aktau" names a port; "the Field of Fisheries" (a document's title) is a domain
        // "the port of Aktau", "the airports of Almaty and Astana"
        var j = hi + 1
        while j < t.count {
          guard t[j].isCapitalized, t[j].isWord, !isFunctionCapital(t[j]) else { break }
          var e = j
          while e < t.count && t[e].isWord && t[e].isCapitalized { e += 1 }
          items.append(j..<e)
          if plural, e + 1 < t.count, t[e].text == "," || t[e].lower == "and" {
            j = t[e + 1].lower == "and" ? e + 2 : e + 1
          } else {
            j = e
            break
          }
        }
        if !items.isEmpty { hi = items[items.count - 1].upperBound }
      }
      if items.isEmpty {
        // capitalized modifiers with a complement: 'International Centre for Industrial Cooperation "Central Asia"'
        let ext = nameComplementEnd(a, head: head, from: i + 1)
        if plural, let end = facilitiesInCities(&a, head: i, modifiers: modLo, kind: head) {
          i = end
        } else if head == "zone", modLo + 1 < i, t[i - 1].lower == "economic" {
          // "special economic zone "Khorgos – Eastern Gate"", "Kazakhstan's special economic zones"
          a.add(Span(kind: .facility, tokens: modLo..<ext, name: "", rule: "facility-head", confidence: 0.7))
          i = ext
        } else if !plural, modLo < i, t[modLo].isCapitalized, ext > i + 1 {
          a.add(Span(kind: .facility, tokens: modLo..<ext, name: "", rule: "facility-head", confidence: 0.75))
          i = ext
        } else if !plural, let r = locatedKindFacility(a, modifiers: modLo, head: i) {
          a.add(Span(kind: .facility, tokens: r, name: "", rule: "facility-kind-located", confidence: 0.65))
          i = r.upperBound
        } else {
          i += 1
        }
        continue
      }
      if items.count == 1 && !plural {
        hi = nameComplementEnd(a, head: head, from: hi)
        let lo = items[0].lowerBound
        let r = lo < i ? lo..<hi : i..<hi
        a.add(Span(kind: .facility, tokens: r, name: "", rule: "facility-head", confidence: 0.8))
      } else {
        for (n, item) in items.enumerated() {
          let name = a.text(item) + " " + mods + head
          let r = n == items.count - 1 && item.upperBound <= i ? item.lowerBound..<hi : item
          a.add(Span(kind: .facility, tokens: r, name: name, rule: "facility-list", confidence: 0.75))
        }
      }
      i = hi
    }
  }

  /// An unnamed facility told by its kind and located by a named place right after it: "the
  /// polyethylene plant in Atyrau region", "a copper smelter near Ust-Kamenogorsk". Without the
  /// place ("a new plant") the phrase is too vague to be one thing of the graph.
  static func locatedKindFacility(_ a: SentenceAnalysis, modifiers modLo: Int, head i: Int) -> Range<Int>? {
    let t = a.tokens
    guard !weakFacilityHeads.contains(t[i].lower) else { return nil }
    // "its first nuclear power plant", "a second nuclear power plant": an ordinal makes it one thing
    if let r = ordinalKindFacility(a, modifiers: modLo, head: i) { return r }
    guard i + 2 < t.count, ["in", "near"].contains(t[i + 1].lower) else { return nil }
    let at = placeNameStart(t, after: i + 1)
    // a known place, a region named by its kind ("Pavlodar region", found after this rule), or a
    // name in no gazetteer that ends the phrase ("a gas chemical complex in Kiyanly,")
    if let place = a.span(at: at) {
      guard place.tokens.lowerBound == at, [.city, .place, .country].contains(place.kind) else { return nil }
    } else {
      var e = at
      while e < t.count && e - at < 3 && t[e].isWord && t[e].isCapitalized && !isFunctionCapital(t[e]) { e += 1 }
      let endsPhrase = e - at <= 2 && (e == t.count || t[e].kind == .punctuation || t[e].lower == "and")
      guard e > at, endsPhrase || e < t.count && t[e].has(WordClass.placeHead) else { return nil }
    }
    // kind words back to a determiner, which makes it one definite thing: "a coal gasification
    // plant", "the new 1 GW wind farm"; numbers and units belong to the kind
    var lo = modLo
    while lo > 0 && i - lo < 5 {
      let p = t[lo - 1]
      // kinds joined by "and": "an ammonia and urea plant"
      let joined =
        p.lower == "and" && lo < i && lo >= 2 && t[lo - 2].isWord && !t[lo - 2].isCapitalized
        && !determiners.contains(t[lo - 2].lower) && !stopAfterNP.contains(t[lo - 2].lower)
      guard p.isWord || p.kind == .number, !p.isCapitalized || p.isAllCaps && p.text.count <= 3,
        !determiners.contains(p.lower), !stopAfterNP.contains(p.lower),
        joined || !["of", "and", "or", "to", "in", "at", "for", "with"].contains(p.lower),
        a.span(at: lo - 1).map({ $0.kind == .sector }) ?? true
      else { break }
      lo -= 1
    }
    guard lo < i, lo > 0, determiners.contains(t[lo - 1].lower) else { return nil }
    while lo < i && t[lo].lower == "new" { lo += 1 }
    return lo < i ? lo..<(i + 1) : nil
  }
  static let determiners: Set<String> = ["the", "a", "an", "new", "its", "their"]

  /// Where a place's name starts after "in"/"near" at `k`: past "the" and a settlement's kind
  /// ("in the Turkistan region", "in the city of Mary").
  static func placeNameStart(_ t: [Token], after k: Int) -> Int {
    var at = k + 1
    if at + 1 < t.count, t[at].lower == "the" { at += 1 }
    if at + 2 < t.count, t[at].has(WordClass.settlementWord), t[at + 1].lower == "of" { at += 2 }
    return at
  }
  static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth"]

  /// An ordinal, kind words and a facility head: "the country's first nuclear power plant".
  static func ordinalKindFacility(_ a: SentenceAnalysis, modifiers modLo: Int, head i: Int) -> Range<Int>? {
    let t = a.tokens
    guard modLo < i, modLo > 0, ordinals.contains(t[modLo - 1].lower), !t[modLo - 1].isCapitalized,
      (modLo..<i).allSatisfy({ !t[$0].isCapitalized })
    else { return nil }
    return (modLo - 1)..<(i + 1)
  }

  /// The end of a facility name's complement: "Centre for Boundary Cooperation", and a quoted
  /// proper name after it: 'Centre for Industrial Cooperation "Central Asia"'.
  static func nameComplementEnd(_ a: SentenceAnalysis, head: String, from hi: Int) -> Int {
    let t = a.tokens
    var h = hi
    if ["centre", "center", "zone", "park"].contains(head), h + 1 < t.count, t[h].lower == "for", t[h + 1].isCapitalized
    {
      var e = h + 1
      while e < t.count && t[e].isWord
        && (t[e].isCapitalized || (t[e].lower == "and" && e + 1 < t.count && t[e + 1].isCapitalized))
      { e += 1 }
      h = e
    }
    if h + 2 < t.count, isQuote(t[h].text), t[h + 1].isCapitalized {
      var e = h + 1
      while e < t.count && e - h < 8 && !isQuote(t[e].text) && (t[e].isWord || t[e].isDash) { e += 1 }
      if e < t.count && isQuote(t[e].text) { h = e + 1 }
    }
    return h
  }

  static func isQuote(_ s: String) -> Bool { s == "\"" || s == "“" || s == "”" || s == "«" || s == "»" }

  /// "the Kazakh capital", "Kazakhstan's capital", "the capital of China" → that capital city.
  static func capitals(_ a: inout SentenceAnalysis, lexicon: Lexicon) {
    let t = a.tokens
    for i in t.indices where t[i].lower == "capital" || t[i].lower == "capitals" {
      var country: Span?
      var lo = i
      if i > 0, let s = a.span(at: i - 1), s.kind == .demonym || s.kind == .country {
        country = s
        lo = s.tokens.lowerBound
      } else if i > 1, t[i - 1].lower == "'s", let s = a.span(at: i - 2), s.kind == .country {
        country = s
        lo = s.tokens.lowerBound
      }
      var hi = i + 1
      if country == nil, i + 2 < t.count, t[i + 1].lower == "of" {
        let j = t[i + 2].lower == "the" && i + 3 < t.count ? i + 3 : i + 2
        if let s = a.span(at: j), s.kind == .country {
          country = s
          hi = s.tokens.upperBound
        }
      }
      guard let c = country, let name = c.country ?? Optional(c.name), let capital = lexicon.capitals[name] else {
        continue
      }
      a.add(Span(kind: .city, tokens: lo..<hi, name: capital, country: name, rule: "capital-of", confidence: 0.85))
    }
  }

  static let namedProjectHeads: Set<String> = [
    "corridor", "route", "initiative", "express", "trains", "project", "projects",
  ]
  /// Words that end the lower-case kind of an unnamed project ("joint", "new" ... "investment projects").
  static let projectKindStops: Set<String> = [
    "joint", "new", "major", "large", "big", "other", "several", "key", "these", "those", "such", "priority",
    "promising", "bilateral", "common", "specific", "many", "some", "all", "two", "three", "more", "further",
    "its", "their", "our", "the", "a", "an", "of", "in", "on", "for", "with", "and", "cooperation", "pilot",
    "to", "largest", "biggest", "important", "various", "ongoing", "current", "future", "first", "second",
    // words that praise a project rather than say what it is: "a truly world class infrastructure
    // project", "a strategic infrastructure project"
    "strategic", "flagship", "landmark", "ambitious", "significant", "truly", "class", "world-class", "mega",
    "signature", "vital", "crucial", "historic", "successful",
  ]
  /// Lower-case words that may sit between a named project's proper name and its head:
  /// "North–South international transport corridor", "China–Europe freight trains".
  static let namedProjectModifiers: Set<String> = [
    "international", "transport", "freight", "container", "cargo", "economic", "transit", "logistics", "trade",
    "multimodal", "construction",
  ]

  /// Hyphenated kind words that say what a project joins, not how big or good it is:
  /// "cross-border railway project" (not "large-scale", "long-term").
  static let crossingPrefixes: [String] = ["cross-", "trans-", "inter-"]

  /// Named undertakings: "Middle Corridor", "Belt and Road Initiative", "Trans-Caspian route".
  static func namedProjects(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    for i in t.indices where t[i].has(WordClass.namedProjectHead) && a.span(at: i)?.kind != .organization {
      var lo = i
      while lo > 0 && t[lo - 1].isWord && !t[lo - 1].isCapitalized && namedProjectModifiers.contains(t[lo - 1].lower) {
        lo -= 1
      }
      let modLo = lo
      while lo > 0 {
        let p = t[lo - 1]
        if p.isWord && p.isCapitalized && !isFunctionCapital(p) && a.span(at: lo - 1)?.kind != .title
          && a.span(at: lo - 1)?.kind != .person
        {
          lo -= 1
        } else if (p.isDash || p.lower == "and") && lo - 2 >= 0 && t[lo - 2].isCapitalized && lo < i {
          lo -= 1
        } else {
          break
        }
      }
      // "the A–B railway project": the undertaking about a named facility
      if lo == i, t[i].lower == "project", i > 0, var f = a.span(at: i - 1), f.kind == .facility,
        f.tokens.upperBound == i, t[f.tokens.lowerBound].isCapitalized
      {
        if f.name.isEmpty { f.name = a.cleanText(f.tokens) }
        var project = Span(
          kind: .project, tokens: f.tokens.lowerBound..<(i + 1), name: "", rule: "facility-project", confidence: 0.7)
        project.inner = [f]
        a.add(project)
        continue
      }
      // "trains" needs a kind between name and head ("China–Europe freight trains")
      if lo == i, t[i].lower.hasPrefix("project") {
        // "uranium mining projects", "hotel and cafe projects": two or more kind words
        var k = i
        while k > 0 && i - k < 4 {
          let p = t[k - 1]
          if p.isWord && !p.isCapitalized && !projectKindStops.contains(p.lower) && !endsProjectKind(p.lower)
            && (!p.text.contains("-") || crossingPrefixes.contains { p.lower.hasPrefix($0) })
            && a.span(at: k - 1)?.kind != .facility && a.span(at: k - 1)?.kind != .agreement
          {
            k -= 1
          } else if p.lower == "and" && k < i && k >= 2 && t[k - 2].isWord && !t[k - 2].isCapitalized
            && !projectKindStops.contains(t[k - 2].lower) && !endsProjectKind(t[k - 2].lower)
            && !t[k - 2].lower.hasPrefix("project")
          {
            k -= 1
          } else {
            break
          }
        }
        // "to make connectivity projects": the verb of an infinitive is no kind word
        if k > 0 && ["to", "will", "would", "can", "could", "should", "must"].contains(t[k - 1].lower) { k += 1 }
        if k < i && t[k].lower.hasSuffix("est") { k += 1 }
        if i - k >= 2 && t[k].lower != "and" {
          a.add(Span(kind: .project, tokens: k..<(i + 1), name: "", rule: "project-kind", confidence: 0.6))
        }
        continue
      }
      // "the Russian project", "a Chinese initiative": whose it is, not which
      let ownerOnly = a.span(at: lo).map { $0.kind == .demonym && $0.tokens.upperBound == modLo } ?? false
      if lo < modLo && !ownerOnly && (t[i].lower != "trains" || modLo < i) && !namesNoProject(t, lo, modLo) {
        a.add(Span(kind: .project, tokens: lo..<(i + 1), name: "", rule: "named-project", confidence: 0.7))
      }
    }
  }
}
