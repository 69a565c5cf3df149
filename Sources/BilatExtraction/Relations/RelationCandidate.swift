/// A DISCUSSED, LOCATED_IN, SIGNED or AGREED relation the rules found, with the features the
/// learned relation model reads. Every extraction lists them (``Extraction/relationCandidates``),
/// so `bilat train relations` can label them with the gold.
public struct RelationCandidate: Sendable, Equatable {
  /// Index of the relation in ``Extraction/relations`` before the model's filter.
  public var relation: Int
  public var type: String
  public var features: [String]

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
  /// with the generic features of its rule, its ends and its evidence sentence.
  func makeRelationCandidates() -> [RelationCandidate] {
    let tokens = SentenceTokens(self)
    // relations of a type evidenced in each sentence
    var perSentence: [String: Int] = [:]
    for r in relations where RelationCandidate.types.contains(r.type) {
      for s in Set(r.evidence.map(\.sentence)) { perSentence["\(r.type)#\(s)", default: 0] += 1 }
    }
    let paragraphOf: (Int) -> Int? = { start in article.paragraphs.firstIndex { $0.contains(start) } }
    var out: [RelationCandidate] = []
    for (k, r) in relations.enumerated() where RelationCandidate.types.contains(r.type) {
      let t = r.type
      var f = ["bias", "T:" + t]
      func add(_ s: String) {
        f.append(t + "|" + s)
      }
      func both(_ s: String) {
        f.append(s)
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
      guard let ev = r.evidence.min(by: { ($0.sentence, $0.start) < ($1.sentence, $1.start) }) else {
        out.append(RelationCandidate(relation: k, type: t, features: f))
        continue
      }
      let s = ev.sentence
      add("s:" + (s == 0 ? "0" : s <= 2 ? "1-2" : s <= 6 ? "3-6" : s <= 15 ? "7-15" : "16+"))
      if sentences.count > 4, s * 4 >= sentences.count * 3 { add("lastQuarter") }
      let same = perSentence["\(t)#\(s)"] ?? 1
      add("perSentence:" + (same >= 5 ? "5+" : same >= 3 ? "3-4" : "\(same)"))
      let tk = tokens[s]
      if sentences.indices.contains(s), let p = paragraphOf(sentences[s].range.lowerBound) {
        let inParagraph = sentences.filter { article.paragraphs[p].contains($0.range.lowerBound) }.count
        if inParagraph == 1 { add("loneLine") }
      }
      f += RelationCandidate.sentenceFeatures(tk).flatMap { [$0, t + "|" + $0] }
      // the two ends in the evidence sentence: distance and clause
      func spans(_ e: ExtractedEntity) -> [Range<Int>] {
        e.mentions.filter { $0.sentence == s }.map { $0.start..<$0.end }
      }
      let a = spans(start), b = spans(end)
      add("inSentence:" + (a.isEmpty ? "-" : "s") + (b.isEmpty ? "-" : "e"))
      var best: (Int, Bool)? = nil
      for x in a {
        for y in b {
          let lo = min(x.upperBound, y.upperBound), hi = max(x.lowerBound, y.lowerBound)
          let between = tk.filter { $0.start >= lo && $0.end <= hi }
          let breaks = between.contains { RelationCandidate.clauseBreaks.contains($0.lower) }
          if best == nil || between.count < best?.0 ?? 0 { best = (between.count, breaks) }
        }
      }
      if start.label == "Meeting" { f += meetingFeatures(start, sentence: s).map { t + "|" + $0 } }
      if let (d, breaks) = best {
        add("dist:" + (d <= 1 ? "0-1" : d <= 3 ? "2-3" : d <= 7 ? "4-7" : d <= 15 ? "8-15" : "16+"))
        add(breaks ? "clause:cross" : "clause:same")
      }
      out.append(RelationCandidate(relation: k, type: t, features: f))
    }
    return out
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
