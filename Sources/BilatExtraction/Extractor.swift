import BilatCore

/// Turns an ``Article`` into entities and relations with evidence. Pure, offline, and
/// deterministic: the same article and lexicon give the same extraction.
public struct Extractor: Sendable {
  public let lexicon: Lexicon
  /// Which recognizers run: the rules, the statistical tagger, or both (the default).
  public let options: Options
  let tagger: EntityTagger?
  /// The learned meeting model (``MeetingModel``): the bundled one by default; nil runs the rules alone.
  public var meetingModel: MeetingModel? = MeetingModel.bundled
  /// The learned document model (``LinearModel``, `Data/models/documents.tsv`): it drops the
  /// projects, agreements and facilities without relations it doubts. Off (nil: all the rules
  /// find are kept) until it beats the rules leave-one-set-out (session 10: even, EVALUATION.md);
  /// ``bundledDocumentModel()`` loads the bundled one.
  public var documentModel: LinearModel? = nil
  /// The learned relation model (``LinearModel``, `Data/models/relations.tsv`, the bundled one by
  /// default): it drops the relations of the types it judges (DISCUSSED) that it doubts; entities
  /// stay. nil keeps all the rules find.
  public var relationModel: LinearModel? = Extractor.bundledRelationModel() {
    didSet { proposals = RelationProposals(model: relationModel) }
  }
  /// The pairs offered to the relation model as new relations (``RelationProposals``): those of
  /// the relation model's `K:` entries; set after `relationModel` to propose others (training).
  public var proposals = RelationProposals(model: Extractor.bundledRelationModel())

  /// An extractor with the given dictionaries (the bundled ones by default) and the bundled tagger.
  public init(lexicon: Lexicon = .shared, options: Options = .both) {
    self.init(lexicon: lexicon, options: options, tagger: options.tagger ? Extractor.bundledTagger() : nil)
  }

  /// Reads and extracts one file.
  public func extract(path: String) throws(ReaderError) -> Extraction {
    extract(try ArticleReader.read(path: path))
  }

  /// Extracts entities and relations from an article's body.
  public func extract(_ article: Article) -> Extraction {
    let sentences = SentenceSplitter.sentences(of: article)
    var analyses = sentences.map { analyze($0, article) }
    var state = ExtractionState(article: article, lexicon: lexicon)
    state.meetingModel = meetingModel
    state.resolve(&analyses)
    state.relations(analyses)
    var x = Extraction(
      article: article, sentences: sentences, entities: state.table.entities, relations: state.relationList)
    // a package whose documents are named is no document of its own
    x.removeEntities(state.packagesNamedByMembers())
    x.meetingCandidates = state.meetingCandidates
    x.relationCandidates = x.makeRelationCandidates(proposals)
    x.documentCandidates = x.makeDocumentCandidates()
    // relations first: the document filter renumbers entities and relations
    if let relationModel { x.keepLearnedRelations(relationModel) }
    if let documentModel { x.keepLearnedDocuments(documentModel) }
    return x
  }

  /// Evidence rule names of dictionary matches, by `Lexicon.Kind` raw value (no string
  /// interpolation of an enum per match).
  static let dictionaryRules: [String] = [
    "dictionary-person", "dictionary-organization", "dictionary-country", "dictionary-city", "dictionary-place",
    "dictionary-facility", "dictionary-demonym", "dictionary-title", "dictionary-sector", "dictionary-project",
  ]

  /// Evidence rules of matches from the generated open gazetteers (`Data/gazetteers`), told apart
  /// from hand-dictionary matches because a generated one-word name can also be a person's name.
  static let gazetteerRules: [String] = dictionaryRules.map {
    "dictionary-gazetteer-" + $0.dropFirst("dictionary-".count)
  }

  static let signingWords: Set<String> = [
    "signed", "sign", "signing", "inked", "concluded", "ink", "ratified", "adopted", "exchanged", "adopt",
    "penned", "formalized", "formalised",
  ]

  /// A country's code glued to a currency sign names a currency, not the country: "US$10 billion",
  /// "A$5 million", "HK$ 3 billion".
  static func isCurrencyPrefix(_ r: Range<Int>, _ t: [Token]) -> Bool {
    r.count == 1 && r.upperBound < t.count && t[r.upperBound].text == "$"
      && t[r.upperBound].start == t[r.lowerBound].end
  }

  /// Currencies named by a country ("86 million U.S. dollars", "Singapore dollars").
  static let currencyWords: Set<String> = ["dollar", "dollars", "yuan", "rouble", "roubles", "ruble", "rubles"]
  /// Words that make "America" and "American" a continent's part: "Latin America", "South American".
  static let continentParts: Set<String> = ["latin", "south", "north", "central", "pan"]

  /// Words after a news outlet that make it the report's source: "Kazinform has learned from ...",
  /// "Xinhua reported".
  static let sourceVerbs: Set<String> = ["learned", "learnt", "reports", "reported", "reporting", "quoted", "quotes"]
  /// Words of a government body's name, which stays an entity when it reports.
  static let governmentWords: Set<String> = [
    "ministry", "ministries", "government", "department", "embassy", "council",
  ]

  /// Whether an organization span is credited as the report's source, not a party to the news:
  /// "Kazinform has learned from the press service", "according to the state news agency Xinhua",
  /// "BEIJING, May 5 (Xinhua) --". The gold of real pages leaves such credits out, as it does a
  /// photo credit.
  static func isReportSource(_ s: Span, _ t: [Token]) -> Bool {
    guard s.kind == .organization else { return false }
    let lo = s.tokens.lowerBound
    let hi = s.tokens.upperBound
    var k = hi
    if k < t.count, ["has", "had"].contains(t[k].lower) { k += 1 }
    // (a ministry that reports is a party: "the Ministry of Energy reported")
    if k < t.count, sourceVerbs.contains(t[k].lower),
      !t[s.tokens].contains(where: { governmentWords.contains($0.lower) })
    {
      return true
    }
    // a wire's credit line: "BEIJING, May 5 (Xinhua) -- ..."
    if lo > 0, hi + 1 < t.count, t[lo - 1].text == "(", t[hi].text == ")",
      ["-", "--", "—", "–"].contains(t[hi + 1].text)
    {
      return true
    }
    var j = lo - 1
    while j >= 0, lo - j <= 5, !["to", ","].contains(t[j].lower) { j -= 1 }
    return j >= 1 && t[j].lower == "to" && t[j - 1].lower == "according"
      && t[(j + 1)..<lo].contains { ["agency", "news", "media"].contains($0.lower) }
  }

  /// Whether a country or demonym span names no country: a currency ("U.S. dollars") or a part
  /// of the Americas ("Latin America", "the two South American countries").
  static func namesNoCountry(_ s: Span, _ t: [Token]) -> Bool {
    guard s.kind == .country || s.kind == .demonym else { return false }
    if s.tokens.upperBound < t.count, currencyWords.contains(t[s.tokens.upperBound].lower) { return true }
    let first = t[s.tokens.lowerBound].lower
    guard s.tokens.lowerBound > 0, first == "america" || first == "american" || first == "americans" else {
      return false
    }
    return continentParts.contains(t[s.tokens.lowerBound - 1].lower)
  }

  /// Pass 1: dictionary matches, then pattern rules, within one sentence.
  func analyze(_ sentence: Sentence, _ article: Article) -> SentenceAnalysis {
    let tokens = Tokenizer.tokenize(article.units, sentence.range)
    var a = SentenceAnalysis(sentence: sentence, tokens: tokens, units: article.units)
    let matches = lexicon.matches(in: tokens)
    guard options.rules else { return analyzeWithTaggerOnly(a, matches) }
    for m in matches {
      let e = m.best
      if Extractor.isVariantInsideName(m, tokens) || Extractor.isBodyInsideLongerName(m, tokens)
        || Extractor.isPersonInsideInstitutionName(m, tokens)
      {
        continue
      }
      let kind: Span.Kind
      switch e.kind {
      case .person: kind = .person
      case .organization: kind = .organization
      case .country: kind = .country
      case .city: kind = .city
      case .place: kind = .place
      case .facility: kind = .facility
      case .demonym: kind = .demonym
      case .title: kind = .title
      case .sector: kind = .sector
      case .project: kind = .project
      }
      a.spans.append(
        Span(
          kind: kind, tokens: m.tokens, name: e.canonical, country: e.country,
          rule: (e.generated ? Extractor.gazetteerRules : Extractor.dictionaryRules)[e.kind.rawValue],
          confidence: 0.95))
    }
    a.reindex()
    Patterns.seatBodies(&a)
    Patterns.titlesInNames(&a)
    Patterns.capitals(&a, lexicon: lexicon)
    Patterns.capitalMetonyms(&a, lexicon: lexicon)
    let signing = tokens.contains { Extractor.signingWords.contains($0.lower) }
    Patterns.organizations(&a, lexicon: lexicon)
    Patterns.legislatures(&a)
    Patterns.ownedMinistries(&a, lexicon: lexicon)
    Patterns.introducedOrganizations(&a)
    Patterns.namesBeforeSuffixes(&a)
    Patterns.introducedOrganizationLists(&a)
    Patterns.facilities(&a)
    Patterns.venues(&a)
    Patterns.projects(&a)
    Patterns.namedProjects(&a)
    Patterns.places(&a)
    Patterns.agreements(&a, signing: signing)
    if signing { Patterns.signedObjects(&a) }
    Patterns.mentionedDocuments(&a)
    Patterns.countedDocuments(&a, signing: signing)
    Patterns.valuedPackages(&a, signing: signing)
    Patterns.distributedDocuments(&a)
    Patterns.dropComparedDocuments(&a)
    Patterns.quotedCompanies(&a)
    Patterns.companySuffixes(&a)
    Patterns.commissions(&a)
    for k in a.spans.indices where a.spans[k].name.isEmpty {
      a.spans[k].name = a.cleanText(a.spans[k].tokens)
    }
    People.dictionaryNameTails(&a)
    let taggedNames = addTaggedPeople(&a, matches)
    People.find(&a, lexicon: lexicon, date: article.published)
    addTaggedNames(&a, taggedNames, matches)
    Patterns.citiesInNames(&a)
    Patterns.joinedRegions(&a)
    Patterns.regionsInNames(&a)
    Patterns.references(&a)
    Patterns.pairPronouns(&a)
    let noEntity = { (s: Span) in
      Extractor.isCurrencyPrefix(s.tokens, tokens) || Extractor.namesNoCountry(s, tokens)
        || Extractor.isReportSource(s, tokens)
    }
    if a.spans.contains(where: noEntity) {
      a.spans.removeAll(where: noEntity)
      a.reindex()
    }
    for k in a.spans.indices where a.spans[k].name.isEmpty && a.spans[k].kind == .person {
      a.spans[k].name = a.cleanText(a.spans[k].tokens)
    }
    return a
  }
}

/// Pass 2 state: entities of the article, people registry, relations.
struct ExtractionState {
  let article: Article
  let lexicon: Lexicon
  var table = EntityTable()
  var relationList: [ExtractedRelation] = []
  struct RelationKey: Hashable {
    var type: String
    var start: Int
    var end: Int
    var extra: String
  }
  var relationIndex: [RelationKey: Int] = [:]
  /// Documents reported signed or adopted, and documents mentioned (not as a wish) with the
  /// sentence of their first mention: a mentioned document still binds its parties (AGREED).
  var signedDocuments: Set<Int> = []
  /// Sectors of names already looked at (names recur across sentences).
  var sectorCache: [String: [String]] = [:]
  /// The parties a document names ("Agreement between the EU and Kazakhstan"), if two.
  var mentionedDocuments: [(entity: Int, sentence: Int, evidence: Mention, parties: [Int])] = []
  /// Joint texts told as made without a signing verb (``madeJointTextSignings(_:)``).
  var madeJointTexts: [(entity: Int, sentence: Int, evidence: Mention, parties: [Int])] = []
  var foldCache: [String: String] = [:]
  var meetingModel: MeetingModel?
  /// Pairs of people named in one sentence, with their features (``MeetingCandidate``).
  var meetingCandidates: [MeetingCandidate] = []
  /// The city the article's visitor arrives in or visits (``visitedCity(_:visited:)``), if any.
  var visitCity: Int?
  /// Every country a visit goes to, with the sentence that tells it (``visitedCountries(_:)``).
  var visits: [(name: String, sentence: Int)] = []
  /// Ministries named only as the parties of a document ("between the Ministry of X of A and the
  /// Ministry of Y of B"): their ministers' roles go to the country (``documentPartyBodies(_:)``).
  var partyOnlyBodies: Set<Int> = []

  init(article: Article, lexicon: Lexicon) {
    self.article = article
    self.lexicon = lexicon
  }

  func mention(_ a: SentenceAnalysis, _ r: Range<Int>, _ rule: String, _ confidence: Double) -> Mention {
    let u = a.utf16(r)
    return Mention(
      sentence: a.sentence.index, start: u.lowerBound, end: u.upperBound, rule: rule, confidence: confidence)
  }

  /// Adds a relation or, when the same one exists, its evidence. A symmetric type
  /// (`RelationshipType.isSymmetric`) keeps its ends in one order, so A–B and B–A are one relation.
  mutating func relate(
    _ type: String, _ start: Int, _ end: Int, _ props: [String: PropertyValue], _ evidence: Mention,
    key extra: String = ""
  ) {
    guard start != end else { return }
    let (s, e) = RelationshipType.isSymmetric(type) && start > end ? (end, start) : (start, end)
    let k = RelationKey(type: type, start: s, end: e, extra: extra)
    if let i = relationIndex[k] {
      if !relationList[i].evidence.contains(evidence) { relationList[i].evidence.append(evidence) }
      for (pk, pv) in props where relationList[i].properties[pk] == nil { relationList[i].properties[pk] = pv }
      return
    }
    relationIndex[k] = relationList.count
    relationList.append(ExtractedRelation(type: type, start: s, end: e, properties: props, evidence: [evidence]))
  }
}
