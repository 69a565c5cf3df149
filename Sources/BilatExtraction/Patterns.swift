/// Pattern rules for names found in no dictionary: organizations, facilities, projects,
/// agreements, and the "the Kazakh side" / "the parties" references.
enum Patterns {
  static let facilityHeads: Set<String> = [
    "checkpoint", "refinery", "pipeline", "railway", "railroad", "plant", "port", "terminal",
    "airport", "field", "mine", "hub", "bridge", "dam", "station", "highway", "crossing", "line", "centre",
    "center", "base", "residence", "palace", "complex", "chancellery", "factory", "cosmodrome", "terminal",
    "junction", "zone", "smelter", "farm", "seaport", "hospital", "clinic", "section", "tunnel", "canal",
    "substation", "shipyard", "site", "mill", "bypass", "connector", "interconnector", "motorway", "expressway",
    "hpp", "coalfield", "oilfield", "gasfield", "road", "post",
  ]
  /// Heads that need a proper-name modifier to count as a named facility.
  static let weakFacilityHeads: Set<String> = [
    "line", "station", "crossing", "field", "bridge", "highway", "hospital", "clinic", "section", "tunnel", "canal",
    "site", "mill", "bypass", "connector", "interconnector", "motorway", "expressway", "road", "post",
  ]
  static let facilityModifiers: Set<String> = [
    "oil", "gas", "border", "vehicle", "road", "automobile", "automotive", "rail", "railway", "dry", "sea", "river",
    "logistics", "power", "coal", "copper", "gold", "thermal", "wind", "solar", "hydro", "hydroelectric", "nuclear",
    "international", "container", "grain", "cargo", "transit", "chemical", "petrochemical", "gas-chemical",
    "polyethylene", "steel", "cement", "main", "multimodal", "industrial", "trunk", "transport", "land",
    "passenger", "freight", "commercial", "combined-cycle", "heat", "heating", "processing", "fertilizer",
    "aluminum", "aluminium", "iron", "uranium", "zinc", "lithium", "condensate", "crude", "trans-caspian", "test",
    "launch",
    "high-speed", "electric", "water", "wastewater", "treatment", "mining", "ore", "smelting", "combined",
    "compressor", "logistic", "junction", "pumping", "storage", "hydropower", "windpower", "border-crossing",
    "special", "economic", "free", "fertiliser", "glass", "battery", "car", "tractor", "locomotive", "wagon",
    "desalination", "seaport", "waste-to-energy", "gas-processing", "ammonia", "methanol", "urea", "polypropylene",
    // "the X export pipeline", "the X high-voltage line", "the X offshore wind farm"
    "export", "transmission", "high-voltage", "undersea", "offshore", "overhead", "petroleum", "electricity",
    "one-stop",
  ]
  /// Units of measure written in capitals before a facility's kind ("the 1320 (2x660) MW
  /// coal-fired power plant"): no part of its name. "LNG", "HVDC" are: "the Rovuma LNG plant".
  static let measureUnits: Set<String> = [
    "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "km", "kv", "mtpa", "bcm", "tcf", "bpd", "teu",
  ]

  /// Endings of compound modifiers that tell how a facility runs: "coal-fired", "gas-powered",
  /// "diesel-fuelled" stand between a facility's name and its head as the words above do.
  static let facilityModifierEndings = ["-fired", "-powered", "-fuelled", "-fueled"]

  /// Whether a lower-cased word modifies a facility's head: a listed word or a compound of a
  /// listed ending ("the Balkhash coal-fired power plant").
  static func isFacilityModifier(_ w: String) -> Bool {
    facilityModifiers.contains(w) || facilityModifierEndings.contains { w.count > $0.count + 1 && w.hasSuffix($0) }
  }

  /// Whether the facility head at token `i` names a facility here: a road is one only after a
  /// name and written in lower case ("the Kegen–Tekes road"; "Silk Road", "Belt and Road" are
  /// names of another kind, "road and rail links" no one road), and not in "road map".
  static func headNamesFacility(_ t: [Token], _ i: Int) -> Bool {
    // "the Mchinji border post", "a one-stop border post"; not "the post of minister", "post office"
    if t[i].lower == "post" || t[i].lower == "posts" {
      return i > 0 && ["border", "frontier", "customs", "one-stop"].contains(t[i - 1].lower)
        && !(i + 1 < t.count && ["office", "offices"].contains(t[i + 1].lower))
    }
    guard t[i].lower == "road" || t[i].lower == "roads" else { return true }
    return !t[i].isCapitalized && i > 0 && t[i - 1].isWord && t[i - 1].isCapitalized
      && !(i + 1 < t.count && ["map", "maps", "show", "shows"].contains(t[i + 1].lower))
  }

  /// Words that may follow an object pronoun after a meeting verb: "received him at the palace".
  static let objectPronounFollowers: Set<String> = [
    "at", "in", "on", "for", "during", "with", "and", "today", "yesterday", "separately", "briefly",
  ]

  static let projectTriggers: Set<String> = [
    "modernization", "modernisation", "construction", "expansion", "reconstruction", "building", "creation",
    "upgrade", "upgrading", "electrification", "renovation", "commissioning", "laying", "extension", "doubling",
    "development", "launch", "establishment", "increase", "completion", "opening",
    "revitalization", "revitalisation", "rehabilitation", "refurbishment",
  ]
  /// Gerunds that start a project phrase, with the noun used in the project's name.
  static let projectGerunds: [String: String] = [
    "modernizing": "modernization", "modernising": "modernization", "constructing": "construction",
    "building": "construction", "expanding": "expansion", "reconstructing": "reconstruction",
    "upgrading": "upgrade", "electrifying": "electrification", "renovating": "renovation", "extending": "extension",
    "doubling": "doubling", "developing": "development", "laying": "laying", "launching": "launch",
    "creating": "creation", "establishing": "establishment",
    // bare infinitives after "to", "help", "will": "to expand the Kazakhstan–China pipeline"
    "expand": "expansion", "modernize": "modernization", "modernise": "modernization", "build": "construction",
    "construct": "construction", "reconstruct": "reconstruction", "upgrade": "upgrade", "double": "doubling",
    "electrify": "electrification", "renovate": "renovation", "extend": "extension",
    "increasing": "increase", "increase": "increase", "completing": "completion", "complete": "completion",
  ]
  static let infinitiveMarkers: Set<String> = ["to", "help", "will", "would", "and", "jointly", "also"]
  static let agreementHeads: Set<String> = [
    "agreement", "agreements", "memorandum", "roadmap", "program", "programme", "treaty", "protocol", "plan",
    "declaration", "statement", "contract", "accord", "convention", "charter", "memoranda", "protocols", "contracts",
    "declarations", "statements", "treaties", "roadmaps", "document",
    // "a joint communique", "the communiqué signed by the two leaders"
    "communique", "communiqué", "communiques", "communiqués",
    // the abbreviation: "an MoU on ..." (see `Patterns.agreements` for the words it needs after it)
    "mou",
  ]
  /// Flows that are undertakings when they carry a sector's goods: "transit of Russian gas".
  static let flowTriggers: Set<String> = [
    "transit", "deliveries", "delivery", "supplies", "supply", "gasification", "electrification", "exports",
  ]
  /// Flows whose name says their goods.
  static let selfSectoredFlows: Set<String> = ["gasification", "electrification"]
  static let agreementLinks: Set<String> = ["on", "of", "for", "between", "to", "about", "regarding"]
  static let connectors: Set<String> = ["of", "the", "and", "for", "'s", "-", "–", "—", "&"]
  static let stopAfterNP: Set<String> = [
    "was", "were", "is", "are", "will", "would", "has", "have", "had", "which", "that", "who", "as", "by", "with",
    "at", "during", "signed", "to", "within", "after", "before", "since", "while", "through", "from", "amounting",
    "worth", "totaling", "totalling", "where", "when", "being", "should", "could", "can", "may", "must", "also",
  ]
  static let groupWords: Set<String> = ["parties", "sides", "countries", "states", "nations", "governments"]
  /// Plural people who stand for the participants: "the leaders agreed", "the Heads of State signed".
  static let groupPeople: Set<String> = [
    "leaders", "presidents", "ministers", "premiers", "delegations", "heads", "governments", "chiefs",
  ]

  static let functionCapitals: Set<String> = [
    "the", "a", "an", "in", "on", "at", "this", "that", "these", "during", "according", "he", "she", "it", "they",
    "we", "his", "her", "their", "its", "also", "however", "meanwhile", "today", "yesterday", "both", "as", "for",
    "with", "after", "before", "under", "by", "while", "mr", "mrs", "ms", "and", "but", "there", "following",
    "earlier", "later", "then", "since", "when", "if", "our", "my", "your", "all", "each", "every", "no", "not",
    "several", "many", "some", "numerous", "various",
    // sentence adverbs that open a sentence before its subject's name: "Afterward Merkel said"
    "afterward", "afterwards", "subsequently", "separately", "additionally", "moreover", "furthermore",
    "nevertheless", "nonetheless", "thereafter", "likewise", "similarly", "finally", "initially",
  ]

  static func isFunctionCapital(_ t: Token) -> Bool { functionCapitals.contains(t.lower) }

  /// "modernization of the Shymkent oil refinery", "construction of a second track of the X railway".
  static func projects(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var i = 0
    while i + 2 < t.count {
      guard t[i].has(WordClass.projectTrigger) else {
        i += 1
        continue
      }
      var gerund = Patterns.projectGerunds[t[i].lower]
      let triggerWord = t[i].lower
      // a bare verb ("upgrade") is only a project phrase after "to"/"help"/... and before its object
      if gerund != nil, !t[i].lower.hasSuffix("ing"),
        i == 0 || !infinitiveMarkers.contains(t[i - 1].lower)
          || !objectOpeners.contains(t[i + 1].lower) && !bareFacilityObject(t, at: i + 1)
      {
        gerund = nil
      }
      // an increase is an undertaking only of a flow: "the increase of oil transit", not "of the capacity"
      if gerund == "increase" || triggerWord == "increase",
        !t[(i + 1)..<min(t.count, i + 5)].contains(where: { flowTriggers.contains($0.lower) })
      {
        i += 1
        continue
      }
      let flow = flowTriggers.contains(t[i].lower) && t[i + 1].lower == "of"
      // "joint production of ANKA unmanned aerial vehicles": a named product
      let production = t[i].lower == "production" && i > 0 && t[i - 1].lower == "joint" && t[i + 1].lower == "of"
      guard t[i].isWord,
        projectTriggers.contains(t[i].lower) && t[i + 1].lower == "of" || gerund != nil || flow || production
      else {
        i += 1
        continue
      }
      let objectStart = gerund == nil ? i + 2 : i + 1
      var j = objectStart
      var end = -1
      var facility = false
      // whether the phrase ends at an unnamed facility's head word ("a railway"), which may take a place
      var unnamedHead = false
      while j < t.count {
        let tk = t[j]
        if let s = a.span(at: j), s.kind == .facility {
          facility = true
          unnamedHead = false
          j = s.tokens.upperBound
          end = j
          // a list of facilities continues ("the Dostyk and Khorgos checkpoints"); otherwise the facility ends the phrase
          if j + 1 < t.count, t[j].text == "," || t[j].lower == "and", a.span(at: j + 1)?.kind == .facility {
            j += 1
            continue
          }
          break
        }
        if tk.kind == .punctuation && !tk.isDash {
          if production && end > 0 { j = t.count }
          break
        }
        // a flow runs through its facility: "the increase of oil transit through the X pipeline"
        let route = (tk.lower == "through" || tk.lower == "via") && (flow || triggerWord == "increase")
        if stopAfterNP.contains(tk.lower) && !route { break }
        // "construction of X and (the) opening of Y": a second undertaking begins
        if tk.lower == "and", j + 1 < t.count {
          let k = determiners.contains(t[j + 1].lower) ? j + 2 : j + 1
          if k < t.count,
            projectGerunds[t[k].lower] != nil && k == j + 1
              || projectTriggers.contains(t[k].lower) && (k == j + 1 || k + 1 < t.count && t[k + 1].lower == "of")
          {
            break
          }
        }
        if tk.lower == "in" && j + 1 < t.count && (a.span(at: j + 1)?.kind == .sector || !t[j + 1].isCapitalized) {
          break
        }
        if facilityHead(tk.lower) != nil && headNamesFacility(t, j)
          || (capacityHeads.contains(tk.lower) && j > objectStart)
        {
          facility = true
          unnamedHead = true
          end = j + 1
          // a locative complement of an unnamed facility: "new terminals near the border"
          if a.span(at: j) == nil, j + 3 < t.count, ["near", "along", "at"].contains(t[j + 1].lower),
            t[j + 2].lower == "the",
            t[j + 3].isWord, !t[j + 3].isCapitalized,
            j + 4 == t.count || !t[j + 4].isWord || t[j + 4].lower == "and" || stopAfterNP.contains(t[j + 4].lower)
          {
            end = j + 4
            break
          }
        } else if production && tk.isCapitalized && tk.isWord {
          facility = true
          end = j + 1
        } else if flow, let sp = a.span(at: j), sp.kind == .sector || sp.kind == .country || sp.kind == .demonym {
          // gasification and electrification carry their own sector: "gasification of Kazakhstan's regions"
          if sp.kind == .sector || selfSectoredFlows.contains(triggerWord) { facility = true }
          end = sp.tokens.upperBound
        }
        j += 1
        if j - i > 14 { break }
      }
      if production && facility {
        // the product phrase runs to the end of the noun phrase: "ANKA unmanned aerial vehicles"
        var e = end
        while e < t.count && t[e].isWord && !stopAfterNP.contains(t[e].lower) && t[e].lower != "in"
          && t[e].lower != "at" && e - i < 10
        { e += 1 }
        end = e
      }
      if facility && end > objectStart {
        let lo = production ? i - 1 : i
        // "construction of a cement plant and a solar plant": one undertaking per facility
        if let k = coordinatedKindObjects(a, objectStart: objectStart, end: end),
          a.spans(in: i..<k).allSatisfy({ $0.kind != .facility })
        {
          addCoordinatedProjects(&a, from: lo, objectStart: objectStart, and: k, end: end, noun: gerund ?? triggerWord)
          i = end
          continue
        }
        var project = Span(kind: .project, tokens: lo..<end, name: "", rule: "project-phrase", confidence: 0.7)
        // the place or route is part of the undertaking's name, not of its span: the place's own
        // span (a city, a country) stays
        let named = unnamedHead && !production ? projectComplementEnd(a, from: end) : nil
        project.inner = a.spans(in: i..<end).filter { $0.kind == .facility }
        if project.inner.isEmpty, let f = unnamedObjectFacility(a, objectStart: objectStart, end: end) {
          project.inner = [f]
        }
        for k in project.inner.indices where project.inner[k].name.isEmpty {
          project.inner[k].name = a.cleanText(project.inner[k].tokens)
        }
        if let noun = gerund {
          project.name = noun + " of " + a.text(objectStart..<(named ?? end))
        } else if let named {
          project.name = a.cleanText(lo..<named)
        }
        a.add(project)
        i = end
        // a coordinated facility takes the same undertaking: "construction of the X line ..., as well as the Y line"
        let noun = gerund ?? triggerWord
        if let (f, k) = coordinatedFacility(a, after: end), projectTriggers.contains(noun) {
          var next = Span(
            kind: .project, tokens: f.tokens, name: noun + " of the " + a.cleanText(f.tokens),
            rule: "project-coordinated", confidence: 0.65)
          next.inner = [f]
          if next.inner[0].name.isEmpty { next.inner[0].name = a.cleanText(f.tokens) }
          a.add(next)
          i = k
        }
      } else {
        i += 1
      }
    }
  }

  /// Words that open the object of a bare infinitive project verb ("to build new terminals").
  static let objectOpeners: Set<String> = [
    "the", "a", "an", "its", "their", "new", "more", "additional", "second", "two",
  ]
  /// Plural heads of unnamed undertakings: "new gas processing capacities".
  static let capacityHeads: Set<String> = ["capacities", "facilities", "silos", "sites"]

  /// A bare plural object of an infinitive: "to build processing plants".
  static func bareFacilityObject(_ t: [Token], at k: Int) -> Bool {
    guard k + 1 < t.count, t[k].isWord, !t[k].isCapitalized, isFacilityModifier(t[k].lower),
      let (_, plural) = facilityHead(t[k + 1].lower)
    else { return false }
    return plural
  }

  /// A named facility after "as well as" / "and" within a few words of a project phrase: the
  /// facility span and the token after it.
  static func coordinatedFacility(_ a: SentenceAnalysis, after end: Int) -> (Span, Int)? {
    let t = a.tokens
    var j = end
    while j < t.count && j - end < 14 && t[j].text != ";" && t[j].text != "." {
      if t[j].lower == "as", j + 2 < t.count, t[j + 1].lower == "well", t[j + 2].lower == "as" {
        var k = j + 3
        if k < t.count && t[k].lower == "the" { k += 1 }
        if let f = a.span(at: k), f.kind == .facility, f.tokens.lowerBound == k { return (f, f.tokens.upperBound) }
        return nil
      }
      if let s = a.span(at: j), [.facility, .project, .agreement, .person, .organization].contains(s.kind) {
        return nil
      }
      j += 1
    }
    return nil
  }

  /// "the Kazakh side" → a country; "the parties", "both countries", "the two sides" → a group.
  static func references(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    for i in t.indices where t[i].has(WordClass.reference) {
      if t[i].lower == "side" || t[i].lower == "delegation", i > 0, let s = a.span(at: i - 1),
        s.kind == .demonym || s.kind == .country, s.tokens.upperBound == i
      {
        a.add(
          Span(
            kind: .side, tokens: s.tokens.lowerBound..<(i + 1), name: s.country ?? s.name, country: s.country ?? s.name,
            rule: "side-reference", confidence: 0.9))
      } else if groupWords.contains(t[i].lower) || t[i].lower == "sides" {
        guard i > 0 else { continue }
        let p = t[i - 1].lower
        if ["the", "both", "two", "our", "all"].contains(p) && (t[i].lower != "states" || p != "the") {
          if a.cover[i] < 0 {
            a.add(Span(kind: .group, tokens: (i - 1)..<(i + 1), name: "", rule: "group-reference", confidence: 0.8))
          }
        }
      } else if groupPeople.contains(t[i].lower), i > 0, ["the", "two", "both"].contains(t[i - 1].lower), a.cover[i] < 0
      {
        a.add(Span(kind: .group, tokens: (i - 1)..<(i + 1), name: "", rule: "group-reference", confidence: 0.75))
      } else if t[i].text == "They" && i == 0 && a.cover[i] < 0 {
        a.add(Span(kind: .group, tokens: i..<(i + 1), name: "", rule: "group-reference", confidence: 0.6))
      } else if (t[i].lower == "he" || t[i].lower == "she") && a.cover[i] < 0 {
        a.add(Span(kind: .pronoun, tokens: i..<(i + 1), name: "", rule: "pronoun", confidence: 0.6))
      } else if t[i].lower == "him" || t[i].lower == "her", i > 0, People.meetingVerbs.contains(t[i - 1].lower),
        a.cover[i] < 0,
        i + 1 == t.count || t[i + 1].kind == .punctuation || objectPronounFollowers.contains(t[i + 1].lower)
      {
        // "X received him at ...": the person met, told before ("her" before a noun is a possessive)
        a.add(Span(kind: .pronoun, tokens: i..<(i + 1), name: "", rule: "object-pronoun", confidence: 0.6))
      }
    }
  }
}
