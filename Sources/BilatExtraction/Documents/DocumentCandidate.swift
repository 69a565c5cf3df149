/// A project, agreement or facility the rules found, with the features the learned document
/// model reads. Every extraction lists them (``Extraction/documentCandidates``), so `bilat train
/// documents` can label them with the gold.
public struct DocumentCandidate: Sendable, Equatable {
  /// Entity index of the candidate in the extraction before the model's filter.
  public var entity: Int
  /// Its label (Project, Agreement or Facility) and name.
  public var label: String
  public var name: String
  public var features: [String]

  /// The labels the document model judges.
  public static let labels: Set<String> = ["Project", "Agreement", "Facility"]

  /// Words around a candidate that tell signing, building or planning: the features name them
  /// (any other context word is a hashed bag-of-words feature).
  static let triggerWords: Set<String> = [
    "signed", "sign", "signing", "inked", "concluded", "ratified", "adopted", "memorandum", "agreement", "agreed",
    "launch", "launched", "construct", "construction", "build", "building", "built", "plant", "line", "corridor",
    "project", "projects", "programme", "program", "implement", "implementation", "joint", "worth", "billion",
    "million", "commissioned", "opened", "completed", "plans", "planned", "discussed", "exchanged", "documents",
    "package", "framework", "roadmap", "including", "such",
  ]
}

extension Extraction {
  /// The document candidates of this extraction: each Project, Agreement and Facility entity with
  /// the generic features of its name, its mentions and its relations.
  func makeDocumentCandidates() -> [DocumentCandidate] {
    let tokens = SentenceTokens(self)
    var relationsOf: [Int: [String]] = [:]
    for r in relations {
      relationsOf[r.start, default: []].append(r.type + ":s:" + entities[r.end].label)
      relationsOf[r.end, default: []].append(r.type + ":e:" + entities[r.start].label)
    }
    // each place's name as lower-case words between spaces, built once: the name of a document
    // that contains it ("the Peru-Ghana trade agreement") gets an `in:` feature
    let places = entities.filter { ["Country", "City", "Organization", "Person"].contains($0.label) }
      .map { (label: $0.label, words: Array((" " + $0.name.lowercased() + " ").utf8)) }
    var out: [DocumentCandidate] = []
    for e in entities where DocumentCandidate.labels.contains(e.label) {
      var f = ["bias", "L:" + e.label]
      func add(_ s: String) {
        f.append(s)
        f.append(e.label + "|" + s)
      }
      f += DocumentCandidate.nameFeatures(e.name).flatMap { [$0, e.label + "|" + $0] }
      for rule in Set(e.mentions.map(\.rule)) { add("r:" + rule) }
      add("m:" + (e.mentions.count >= 3 ? "3+" : "\(e.mentions.count)"))
      for r in Set(relationsOf[e.id] ?? []) { add("rel:" + r) }
      if (relationsOf[e.id] ?? []).isEmpty { add("rel:none") }
      let lowerName = Array((" " + e.name.lowercased() + " ").utf8)
      for p in places where DocumentCandidate.contains(lowerName, p.words) { add("in:" + p.label) }
      if let first = e.mentions.min(by: { ($0.sentence, $0.start) < ($1.sentence, $1.start) }) {
        let s = first.sentence
        add("s:" + (s == 0 ? "0" : s <= 2 ? "1-2" : s <= 6 ? "3-6" : "7+"))
        f += DocumentCandidate.contextFeatures(tokens[s], start: first.start, end: first.end)
      }
      out.append(DocumentCandidate(entity: e.id, label: e.label, name: e.name, features: f))
    }
    return out
  }
}

extension DocumentCandidate {
  /// Features of the name alone: head word and its word class, first word, capitalization shape,
  /// length, digits, quotes.
  static func nameFeatures(_ name: String) -> [String] {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    var f: [String] = []
    // the head word, unless it is a name's ("<cap>": capitalized and of no known word class) or a number
    let last = words.last?.lowercased() ?? "-"
    let bits = WordClass.table[last] ?? 0
    let head =
      last.first?.isNumber == true ? "<num>" : bits == 0 && words.last?.first?.isUppercase == true ? "<cap>" : last
    f.append("h:" + head)
    let classes: [(UInt32, String)] = [
      (WordClass.facilityHead, "facility"), (WordClass.orgHead, "org"), (WordClass.projectTrigger, "project"),
      (WordClass.agreementHead, "agreement"), (WordClass.placeHead, "place"), (WordClass.namedProjectHead, "named"),
      (WordClass.agreementTrigger, "trigger"),
    ]
    var anyClass = false
    for (bit, n) in classes where bits & bit != 0 {
      f.append("hc:" + n)
      anyClass = true
    }
    if !anyClass { f.append("hc:none") }
    f.append("w1:" + (words.first.map { $0.first?.isUppercase == true ? "<cap>" : $0.lowercased() } ?? "-"))
    var shape = ""
    for w in words {
      let c: Character =
        w.first?.isNumber == true
        ? "d"
        : w.count > 1 && w.allSatisfy { !$0.isLowercase }
          ? "A"
          : w.first?.isUppercase == true ? "C" : "l"
      if shape.last != c { shape.append(c) }
    }
    f.append("sh:" + shape)
    f.append("n:" + (words.count >= 8 ? "8+" : words.count >= 5 ? "5-7" : "\(words.count)"))
    if words.contains(where: { $0.first?.isUppercase == false && $0.first?.isLetter == true && $0.count > 3 }) {
      f.append("lowerContent")
    }
    if name.unicodeScalars.contains(where: { $0 == "\"" || $0 == "“" || $0 == "«" }) { f.append("quoted") }
    return f
  }

  /// Whether `bytes` contains `part` as a run (names are short: a plain scan, no Foundation
  /// string search per pair of entities).
  static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
    guard let first = part.first, bytes.count >= part.count else { return false }
    for i in 0...(bytes.count - part.count) where bytes[i] == first {
      if bytes[i..<(i + part.count)].elementsEqual(part) { return true }
    }
    return false
  }

  /// Features of the sentence around a mention at UTF-16 `start..<end`: trigger words nearby,
  /// context words (capitalized words and numbers abstracted), list and clutter cues, quotes.
  static func contextFeatures(_ t: [Token], start: Int, end: Int) -> [String] {
    var f: [String] = []
    guard let lo = t.firstIndex(where: { $0.end > start }) else { return ["ctx:none"] }
    let hi = t[lo...].firstIndex(where: { $0.start >= end }) ?? t.count
    func word(_ i: Int) -> String {
      let tk = t[i]
      if tk.kind == .number { return "<num>" }
      if tk.isCapitalized && i > 0 { return "<cap>" }
      return tk.lower
    }
    let before = (max(0, lo - 6)..<lo).map(word)
    let after = (hi..<min(t.count, hi + 6)).map(word)
    f.append("b1:" + (before.last ?? "^"))
    f.append("a1:" + (after.first ?? "$"))
    if before.count >= 2 { f.append("b2:" + before.suffix(2).joined(separator: " ")) }
    for w in Set(before) { f.append("b:" + w) }
    for w in Set(after) { f.append("a:" + w) }
    for w in Set(t.map(\.lower)) where DocumentCandidate.triggerWords.contains(w) { f.append("t:" + w) }
    let commas = t.filter { $0.text == "," || $0.text == ";" }.count
    f.append("commas:" + (commas >= 4 ? "4+" : "\(commas)"))
    let words = t.filter(\.isWord)
    let caps = words.filter(\.isCapitalized).count
    if words.count < 6 { f.append("short") }
    if !words.isEmpty, Double(caps) > 0.6 * Double(words.count) { f.append("clutter") }
    if lo == 0 { f.append("sentenceStart") }
    if hi >= t.count - 1 { f.append("sentenceEnd") }
    let listMark: Set<String> = [",", ";", "and", "•", "-", "–"]
    if lo > 0, listMark.contains(t[lo - 1].lower), hi < t.count, listMark.contains(t[hi].lower) { f.append("list") }
    f.append("len:" + (t.count < 12 ? "short" : t.count < 30 ? "mid" : "long"))
    return f
  }
}
