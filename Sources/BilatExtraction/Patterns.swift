/// Pattern rules for names found in no dictionary: organizations, facilities, projects,
/// agreements, and the "the Kazakh side" / "the parties" references.
enum Patterns {
  static let orgHeads: Set<String> = [
    "ministry", "ministries", "embassy", "consulate", "committee", "agency", "council", "chamber", "bank", "fund",
    "administration", "office", "service", "department", "commission", "academy", "university", "institute",
    "corporation", "company", "holding", "group", "association", "union", "parliament", "senate", "government",
    "akimat", "secretariat", "foundation", "authority", "inspectorate", "jsc", "llp", "ltd", "inc", "plc",
    "organization", "organisation", "alliance", "forum", "cabinet", "industries", "ministerie",
  ]
  /// Common nouns that introduce an organization's name: "the state company Kazakhstan Engineering".
  static let orgIntroducers: Set<String> = [
    "company", "corporation", "operator", "firm", "group", "developer", "producer", "manufacturer", "maker",
    "holding", "bank", "carrier", "giant", "fund", "agency", "concern",
  ]

  /// "the state company Kazakhstan Engineering", "national gas company QazaqGaz".
  static func introducedOrganizations(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var i = 0
    while i + 1 < t.count {
      guard t[i].has(WordClass.orgIntroducer), !t[i].isCapitalized, t[i + 1].isCapitalized,
        a.isFree((i + 1)..<(i + 2)), !isFunctionCapital(t[i + 1])
      else {
        i += 1
        continue
      }
      var j = i + 1
      while j < t.count && t[j].isWord && t[j].isCapitalized && a.cover[j] < 0 && j - i <= 4 { j += 1 }
      a.add(Span(kind: .organization, tokens: (i + 1)..<j, name: "", rule: "org-introduced", confidence: 0.7))
      i = j
    }
  }
  /// Heads that name an organization only when followed by "of ..." (not with left modifiers alone).
  static let orgNeedsComplement: Set<String> = ["government", "office", "department", "service", "cabinet", "forum"]
  static let facilityHeads: Set<String> = [
    "checkpoint", "refinery", "pipeline", "railway", "railroad", "plant", "port", "terminal",
    "airport", "field", "mine", "hub", "bridge", "dam", "station", "highway", "crossing", "line", "centre",
    "center", "base", "residence", "palace", "complex", "chancellery", "factory", "cosmodrome", "terminal",
  ]
  /// Heads that need a proper-name modifier to count as a named facility.
  static let weakFacilityHeads: Set<String> = ["line", "station", "crossing", "field", "bridge", "highway"]
  static let facilityModifiers: Set<String> = [
    "oil", "gas", "border", "vehicle", "road", "automobile", "automotive", "rail", "railway", "dry", "sea", "river",
    "logistics", "power", "coal", "copper", "gold", "thermal", "wind", "solar", "hydro", "hydroelectric", "nuclear",
    "international", "container", "grain", "cargo", "transit", "chemical", "petrochemical", "gas-chemical",
    "polyethylene", "steel", "cement", "main", "multimodal", "industrial", "trunk", "transport", "land",
    "passenger", "freight", "commercial", "combined-cycle", "heat", "heating", "processing", "fertilizer",
    "aluminum", "aluminium", "iron", "uranium", "zinc", "lithium", "condensate", "crude", "trans-caspian",
    "high-speed", "electric", "water", "wastewater", "treatment", "mining", "ore", "smelting", "combined",
    "compressor", "logistic", "junction", "pumping", "storage", "hydropower", "windpower", "border-crossing",
  ]
  static let projectTriggers: Set<String> = [
    "modernization", "modernisation", "construction", "expansion", "reconstruction", "building", "creation",
    "upgrade", "upgrading", "electrification", "renovation", "commissioning", "laying", "extension", "doubling",
    "development", "launch", "establishment",
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
  ]
  static let infinitiveMarkers: Set<String> = ["to", "help", "will", "would", "and", "jointly", "also"]
  static let agreementHeads: Set<String> = [
    "agreement", "agreements", "memorandum", "roadmap", "program", "programme", "treaty", "protocol", "plan",
    "declaration", "statement", "contract", "accord", "convention", "charter", "memoranda",
  ]
  /// Flows that are undertakings when they carry a sector's goods: "transit of Russian gas".
  static let flowTriggers: Set<String> = [
    "transit", "deliveries", "delivery", "supplies", "supply", "gasification", "electrification", "exports",
  ]
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
  ]

  static func isFunctionCapital(_ t: Token) -> Bool { functionCapitals.contains(t.lower) }

  /// "Ministry of Foreign Affairs", "Kazakh Invest", "China Development Bank", "Government of Kazakhstan".
  static func organizations(_ a: inout SentenceAnalysis, lexicon: Lexicon) {
    let t = a.tokens
    var i = 0
    while i < t.count {
      // "the government of Kazakhstan" also counts in lower case
      let lowerGovernment =
        t[i].lower == "government" && i + 2 < t.count && t[i + 1].lower == "of" && a.span(at: i + 2)?.kind == .country
      guard t[i].has(WordClass.orgHead), t[i].isCapitalized || lowerGovernment, a.span(at: i)?.kind != .organization,
        a.span(at: i)?.kind != .person
      else {
        i += 1
        continue
      }
      var lo = i
      while lo > 0, t[lo - 1].isWord, t[lo - 1].isCapitalized, !isFunctionCapital(t[lo - 1]),
        a.span(at: lo - 1).map({ $0.kind == .sector }) ?? true,
        !(lo - 1 == 0 && DateFinder.weekdays[t[lo - 1].lower] != nil)
      {
        lo -= 1
      }
      var hi = i + 1
      var country: String?
      if hi + 1 < t.count, t[hi].lower == "of" || t[hi].lower == "for" {
        var j = hi + 1
        var lastGood = hi
        while j < t.count {
          let tk = t[j]
          if let s = a.span(at: j), s.kind == .country || s.kind == .city {
            country = s.kind == .country ? s.name : lexicon.countryOf[s.name]
            j = s.tokens.upperBound
            lastGood = j
            continue
          }
          // "Council of Foreign Ministers of the Shanghai Cooperation Organisation": the body it
          // belongs to stays an organization of its own
          if let s = a.span(at: j), s.kind != .sector { break }
          if tk.isWord && tk.isCapitalized && !isFunctionCapital(tk) || tk.lower == "the" && j == hi + 1 {
            j += 1
            if tk.lower != "the" { lastGood = j }
            continue
          }
          if (tk.lower == "and" || tk.lower == "of" || tk.lower == "the" || tk.lower == "'s") && j + 1 < t.count
            && (t[j + 1].isCapitalized || t[j + 1].lower == "the")
          {
            j += 1
            continue
          }
          break
        }
        if lastGood > hi { hi = lastGood }
      }
      let hasComplement = hi > i + 1
      let hasModifier = lo < i
      if (hasComplement || hasModifier && !orgNeedsComplement.contains(t[i].lower))
        && !(t[i].lower == "union" && !hasComplement && !hasModifier)
      {
        // a demonym right before names the country ("Kazakh Ministry of Energy")
        if country == nil, lo > 0, let s = a.span(at: lo - 1), s.kind == .demonym || s.kind == .country {
          country = s.country ?? s.name
        }
        for s in a.spans(in: lo..<hi) where s.kind == .country && country == nil { country = s.name }
        a.add(
          Span(
            kind: .organization, tokens: lo..<hi, name: "", country: country, rule: "org-pattern", confidence: 0.75))
        i = hi
      } else {
        i += 1
      }
    }
  }

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
      // a bare verb ("upgrade") is only a project phrase after "to"/"help"/... and before its object
      if gerund != nil, !t[i].lower.hasSuffix("ing"),
        i == 0 || !infinitiveMarkers.contains(t[i - 1].lower) || !["the", "a", "an", "its", "their"].contains(t[i + 1].lower)
      {
        gerund = nil
      }
      let flow = flowTriggers.contains(t[i].lower) && t[i + 1].lower == "of"
      guard t[i].isWord, projectTriggers.contains(t[i].lower) && t[i + 1].lower == "of" || gerund != nil || flow else {
        i += 1
        continue
      }
      let objectStart = gerund == nil ? i + 2 : i + 1
      var j = objectStart
      var end = -1
      var facility = false
      while j < t.count {
        let tk = t[j]
        if let s = a.span(at: j), s.kind == .facility {
          facility = true
          j = s.tokens.upperBound
          end = j
          // a list of facilities continues ("the Dostyk and Khorgos checkpoints"); otherwise the facility ends the phrase
          if j + 1 < t.count, t[j].text == "," || t[j].lower == "and", a.span(at: j + 1)?.kind == .facility {
            j += 1
            continue
          }
          break
        }
        if tk.kind == .punctuation && !tk.isDash { break }
        if stopAfterNP.contains(tk.lower) { break }
        if tk.lower == "and" && j + 1 < t.count && (projectTriggers.contains(t[j + 1].lower) || projectGerunds[t[j + 1].lower] != nil) {
          break
        }
        if tk.lower == "in" && j + 1 < t.count && (a.span(at: j + 1)?.kind == .sector || !t[j + 1].isCapitalized) {
          break
        }
        if facilityHead(tk.lower) != nil {
          facility = true
          end = j + 1
        } else if flow, let sp = a.span(at: j), sp.kind == .sector || sp.kind == .country || sp.kind == .demonym {
          if sp.kind == .sector { facility = true }
          end = sp.tokens.upperBound
        }
        j += 1
        if j - i > 14 { break }
      }
      if facility && end > objectStart {
        var project = Span(kind: .project, tokens: i..<end, name: "", rule: "project-phrase", confidence: 0.7)
        project.inner = a.spans(in: i..<end).filter { $0.kind == .facility }
        for k in project.inner.indices where project.inner[k].name.isEmpty {
          project.inner[k].name = a.cleanText(project.inner[k].tokens)
        }
        if let noun = gerund { project.name = noun + " of " + a.text(objectStart..<end) }
        a.add(project)
        i = end
      } else {
        i += 1
      }
    }
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
      } else if groupPeople.contains(t[i].lower), i > 0, ["the", "two", "both"].contains(t[i - 1].lower), a.cover[i] < 0 {
        a.add(Span(kind: .group, tokens: (i - 1)..<(i + 1), name: "", rule: "group-reference", confidence: 0.75))
      } else if t[i].text == "They" && i == 0 && a.cover[i] < 0 {
        a.add(Span(kind: .group, tokens: i..<(i + 1), name: "", rule: "group-reference", confidence: 0.6))
      } else if (t[i].lower == "he" || t[i].lower == "she") && a.cover[i] < 0 {
        a.add(Span(kind: .pronoun, tokens: i..<(i + 1), name: "", rule: "pronoun", confidence: 0.6))
      }
    }
  }
}
