/// A relation the learned relation model reads: one the rules found (a DISCUSSED, LOCATED_IN,
/// SIGNED or AGREED relation it may drop) or one proposed between two entities the extraction
/// already has (``RelationProposals``: a pair of one sentence the rules did not link; it may add
/// it). Every extraction lists them (``Extraction/relationCandidates``), so `bilat train relations`
/// can label them with the gold.
public struct RelationCandidate: Sendable, Equatable {
  /// Where a candidate comes from: a rule's relation, or a proposed pair.
  public enum Origin: String, Sendable, Equatable {
    case rule, proposed
  }

  public var origin: Origin
  /// The relation: the rules' one, or the one a proposal adds when the model accepts it (its ends
  /// index ``Extraction/entities`` of the extraction as returned).
  public var relation: ExtractedRelation
  /// Index of the relation in ``Extraction/relations`` of the extraction as returned; nil when it
  /// is not there (a relation the model dropped, a proposal it did not accept).
  public var index: Int?
  public var type: String
  public var features: [String]

  /// The evidence rule of a proposal the model accepted.
  public static let proposalRule = "learned-pair"

  /// The relation types the model judges.
  public static let types: Set<String> = ["DISCUSSED", "LOCATED_IN", "SIGNED", "AGREED"]

  /// Words that tell talks, signing, agreeing or place: the features name them (with the type).
  static let cueWords: Set<String> = [
    "discussed", "discuss", "discussing", "discussion", "discussions", "talks", "talked", "exchanged", "views",
    "focused", "focus", "covered", "reviewed", "touched", "addressed", "issues", "prospects", "cooperation",
    "signed", "sign", "signing", "inked", "concluded", "ratified", "adopted", "exchange", "documents", "agreed",
    "agree", "agreement", "agreements", "memorandum", "reached", "consensus", "located", "based", "held", "in",
    "at", "near", "between", "with", "and", "on", "of", "during", "following", "after", "meeting", "met",
    "visit", "said", "noted", "stressed", "emphasized", "according", "including", "such", "also", "both", "sides",
    "parties", "expressed", "readiness", "interest", "called", "invited", "proposed", "welcomed",
  ]
  /// Cues of a negated, planned or hypothetical clause.
  static let modalWords: [String: String] = [
    "not": "neg", "no": "neg", "never": "neg", "without": "neg", "n't": "neg", "nor": "neg",
    "will": "future", "would": "modal", "could": "modal", "may": "modal", "might": "modal", "should": "modal",
    "can": "modal", "plan": "plan", "plans": "plan", "planned": "plan", "planning": "plan", "intend": "plan",
    "intends": "plan", "expected": "plan", "expects": "plan", "aim": "plan", "aims": "plan", "seek": "plan",
    "seeks": "plan", "hope": "plan", "hopes": "plan", "ready": "plan", "readiness": "plan", "possible": "modal",
    "potential": "modal", "prospects": "plan", "future": "future", "upcoming": "future", "next": "future",
    "proposed": "plan", "propose": "plan", "if": "modal", "whether": "modal",
  ]
  static let clauseBreaks: Set<String> = [",", ";", ":", "(", ")", "—", "–", "while", "which", "whereas", "but"]
  static let quoteMarks: Set<String> = ["\"", "“", "”", "«", "»"]
}

extension Extraction {
  /// The relation candidates of this extraction: each relation of ``RelationCandidate/types``
  /// with the generic features of its rule, its ends and its evidence sentence, then the pairs
  /// `proposals` proposes (none by default).
  func makeRelationCandidates(_ proposals: RelationProposals = .none) -> [RelationCandidate] {
    let builder = RelationFeatures(self)
    // relations of a type evidenced in each sentence
    var perSentence: [String: Int] = [:]
    for r in relations where RelationCandidate.types.contains(r.type) {
      for s in Set(r.evidence.map(\.sentence)) { perSentence["\(r.type)#\(s)", default: 0] += 1 }
    }
    var out: [RelationCandidate] = []
    for (k, r) in relations.enumerated() where RelationCandidate.types.contains(r.type) {
      let t = r.type
      var f = ["bias", "T:" + t]
      func add(_ s: String) {
        f.append(t + "|" + s)
      }
      let start = entities[r.start], end = entities[r.end]
      add("ends:" + start.label + ">" + end.label)
      if end.label == "Sector" { add("sector:" + end.name.lowercased()) }
      for rule in Set(r.evidence.map(\.rule)) { add("r:" + rule) }
      add("ev:" + (r.evidence.count >= 3 ? "3+" : "\(r.evidence.count)"))
      add("endMentions:" + (end.mentions.count >= 4 ? "4+" : "\(end.mentions.count)"))
      add("startMentions:" + (start.mentions.count >= 4 ? "4+" : "\(start.mentions.count)"))
      let confidence = r.evidence.map(\.confidence).max() ?? 0
      add("conf:" + (confidence >= 0.9 ? "0.9+" : confidence >= 0.75 ? "0.75+" : confidence >= 0.6 ? "0.6+" : "low"))
      for p in r.properties.keys.sorted() { add("prop:" + p) }
      let candidate = { RelationCandidate(origin: .rule, relation: r, index: k, type: t, features: f) }
      guard let ev = r.evidence.min(by: { ($0.sentence, $0.start) < ($1.sentence, $1.start) }) else {
        out.append(candidate())
        continue
      }
      let s = ev.sentence
      builder.position(s).forEach(add)
      let same = perSentence["\(t)#\(s)"] ?? 1
      add("perSentence:" + (same >= 5 ? "5+" : same >= 3 ? "3-4" : "\(same)"))
      f += builder.shape(s).flatMap { [$0, t + "|" + $0] }
      // the two ends in the evidence sentence: distance and clause
      let named = (start.mentions.contains { $0.sentence == s }, end.mentions.contains { $0.sentence == s })
      add("inSentence:" + (named.0 ? "s" : "-") + (named.1 ? "e" : "-"))
      if start.label == "Meeting" { f += meetingFeatures(start, sentence: s).map { t + "|" + $0 } }
      if let g = builder.geometry(start, end, s) { RelationFeatures.distanceFeatures(g).forEach(add) }
      out.append(candidate())
    }
    return out + proposedCandidates(proposals, builder)
  }
}

extension Extraction {
  /// Features of a topic's meeting seen from the topic's sentence `s`: how far the sentence is
  /// from the meeting's first report and from its participants' nearest mention, how many
  /// meetings the article has.
  func meetingFeatures(_ meeting: ExtractedEntity, sentence s: Int) -> [String] {
    var f: [String] = []
    func bucket(_ d: Int) -> String { d <= 0 ? "0" : d == 1 ? "1" : d <= 3 ? "2-3" : d <= 8 ? "4-8" : "9+" }
    if let first = meeting.mentions.map(\.sentence).min() { f.append("fromMeeting:" + bucket(s - first)) }
    let names: [String] =
      meeting.properties["participants"].flatMap { v -> [String]? in
        if case .list(let l) = v { return l.compactMap(\.stringValue) }
        return nil
      } ?? []
    let people = entities.filter { $0.label == "Person" && names.contains($0.name) }
    let gaps = people.flatMap { $0.mentions.map { abs($0.sentence - s) } }
    f.append("fromParticipant:" + (gaps.min().map(bucket) ?? "none"))
    let meetings = entities.filter { $0.label == "Meeting" }.count
    f.append("meetings:" + (meetings >= 3 ? "3+" : "\(meetings)"))
    return f
  }
}

extension RelationCandidate {
  /// A token as a feature word: numbers and capitalized words abstracted.
  static func word(_ t: Token) -> String {
    t.kind == .number ? "<num>" : t.isCapitalized ? "<cap>" : t.lower
  }

  /// Features of the evidence sentence: cue and modal words, quotes, headline, list and clutter
  /// shapes, length.
  static func sentenceFeatures(_ t: [Token]) -> [String] {
    var f: [String] = []
    let lowers = Set(t.map(\.lower))
    for w in lowers where cueWords.contains(w) { f.append("cue:" + w) }
    for m in Set(lowers.compactMap { modalWords[$0] }) { f.append("mod:" + m) }
    if t.contains(where: { quoteMarks.contains($0.text) }) { f.append("quote") }
    let words = t.filter(\.isWord)
    let caps = words.filter(\.isCapitalized).count
    if !words.isEmpty, Double(caps) > 0.6 * Double(words.count) { f.append("clutter") }
    if let last = t.last, ![".", "!", "?", "\"", "”", "»", ")"].contains(last.text) { f.append("noEndStop") }
    if let first = t.first, ["•", "-", "–", "—", "*", "·"].contains(first.text) { f.append("bullet") }
    let commas = t.filter { $0.text == "," || $0.text == ";" }.count
    f.append("commas:" + (commas >= 6 ? "6+" : commas >= 3 ? "3-5" : "\(commas)"))
    f.append("len:" + (t.count < 12 ? "short" : t.count < 30 ? "mid" : t.count < 60 ? "long" : "vlong"))
    return f
  }
}
