import BilatCore

extension ExtractionState {
  /// Words that open the complement telling what a counted package of documents covers.
  static let packageCoverWords: Set<String> = ["on", "in", "covering", "concerning", "regarding", "for", "across"]
  /// Words of a package's title before its complement: "of understanding", "and two executive
  /// programmes".
  static let packageTitleWords: Set<String> = [
    "of", "understanding", "mous", "and", "executive", "programmes", "programs", "plans", "other",
  ]
  /// Verbs of a package's purpose before what it covers: "to strengthen cooperation in ...".
  static let cooperationPurposeVerbs: Set<String> = [
    "strengthen", "boost", "expand", "deepen", "enhance", "promote", "develop", "intensify", "increase", "advance",
    "bolster", "broaden", "foster",
  ]
  /// Whether "to" and a verb of ``cooperationPurposeVerbs`` start at `i`.
  static func isCooperationPurpose(_ t: [Token], at i: Int) -> Bool {
    i + 1 < t.count && t[i].lower == "to" && cooperationPurposeVerbs.contains(t[i + 1].lower)
  }
  /// Words that end that complement: a new clause or circumstance.
  static let packageCoverStops: Set<String> = [
    "during", "while", "which", "that", "who", "after", "before", "when", "where", "between", "with", "at", "by",
  ]

  /// The sectors a counted package of documents covers, told after it: "23 agreements on
  /// cooperation in trade, energy and tourism", "a series of accords on cooperation in energy,
  /// defence and education", "six memoranda covering health and culture".
  func packageSectors(_ a: SentenceAnalysis, after end: Int) -> [String] {
    let t = a.tokens
    var i = end
    // "five memoranda of understanding (MoUs) on ...": past the rest of the title, and past
    // a second counted kind told with it ("seven memoranda and two executive programmes in ...")
    while i < t.count && i - end < 10 && !ExtractionState.packageCoverWords.contains(t[i].lower) {
      if ExtractionState.isCooperationPurpose(t, at: i) { break }
      guard
        ExtractionState.packageTitleWords.contains(t[i].lower) || t[i].text == "(" || t[i].text == ")"
          || t[i].isAllCaps || Patterns.documentPlurals.contains(t[i].lower)
          || Patterns.countWords.contains(t[i].lower) || t[i].text.allSatisfy(\.isNumber)
      else { return [] }
      i += 1
    }
    // "signed three MoUs to deepen their cooperation across fields such as fisheries and trade":
    // the purpose tells what the documents cover
    if ExtractionState.isCooperationPurpose(t, at: i) {
      var k = i + 2
      while k < t.count, k - i < 6, !ExtractionState.packageCoverWords.contains(t[k].lower), t[k].isWord { k += 1 }
      i = k
    }
    guard i < t.count, ExtractionState.packageCoverWords.contains(t[i].lower) else { return [] }
    var j = i + 1
    while j < t.count && t[j].text != "." && t[j].text != ";" && !ExtractionState.packageCoverStops.contains(t[j].lower)
    { j += 1 }
    var out: [String] = []
    for m in lexicon.matches(in: Array(t[i..<j])) where m.best.kind == .sector && !out.contains(m.best.canonical) {
      out.append(m.best.canonical)
    }
    return out
  }

  /// Plural heads that refer back to a package in the sentence after it: "The pacts cover ...".
  static let packageBackReferences: Set<String> = Patterns.documentPlurals.union(["pacts", "agreements", "documents"])

  /// The sectors the sentence after a counted package gives it when that sentence is about the
  /// package: "India and Chile signed nine agreements. The pacts cover mining, health and
  /// culture." Its subject refers back with a plural document word ("The pacts", "These
  /// documents", "The new agreements") or "They" at the start.
  func followingPackageSectors(_ next: SentenceAnalysis, pronoun: Bool = true) -> [String] {
    let t = next.tokens
    // "According to the press office, the agreements span ...": the subject after a fronted source
    let start = ExtractionState.frontedSourceEnd(t)
    guard start < t.count else { return [] }
    let first = t[start]
    var subjectEnd: Int?
    if first.lower == "they" {
      guard pronoun else { return [] }
      subjectEnd = start + 1
    } else if ExtractionState.packageReferrers.contains(first.lower) || first.lower == "all" {
      // "The pacts", "These five documents", "The new cooperation agreements"
      for k in (start + 1)..<min(t.count, start + 5) where t[k].isWord {
        if ExtractionState.packageBackReferences.contains(t[k].lower) {
          subjectEnd = k + 1
          break
        }
        if t[k].isCapitalized { break }
      }
    }
    guard let subjectEnd else { return [] }
    // "The texts were signed during an investment forum ...": the circumstances of the
    // signing, whose sector words (of the forum, of a delegation) are not the documents'
    if subjectEnd + 1 < t.count, ["were", "was", "had", "have"].contains(t[subjectEnd].lower),
      Extractor.signingWords.contains(t[subjectEnd + 1].lower) || t[subjectEnd + 1].lower == "been"
    {
      return []
    }
    // sector words of the sentence itself, not those inside a name or a title
    var out: [String] = []
    for sp in next.spans where sp.kind == .sector && sp.tokens.lowerBound >= subjectEnd && !out.contains(sp.name) {
      out.append(sp.name)
    }
    return out
  }

  /// A fronted source before the subject, "According to the press office," or "As the ministry
  /// said,": the index after its comma (0 when there is none).
  static func frontedSourceEnd(_ t: [Token]) -> Int {
    guard let first = t.first, first.lower == "according" || first.lower == "as" && t.count > 1 && !t[1].isCapitalized
    else { return 0 }
    for k in 1..<min(t.count, 14) where t[k].text == "," { return k + 1 }
    return 0
  }

  /// IN_SECTOR for a counted package from a sentence after it that refers back to it
  /// (``followingPackageSectors(_:pronoun:)``): the next one, or one of the three after it whose
  /// subject names the documents ("the signed agreements reach into ..."), when the package's own
  /// sentence names no sector of it and no other package is told in between.
  mutating func packageFollowUps(_ analyses: [SentenceAnalysis]) {
    for (k, a) in analyses.enumerated() where k + 1 < analyses.count {
      let packages = a.spans.filter { ExtractionState.isCountedPackage($0) }
      guard packages.count == 1, let id = packages[0].entity,
        let last = packages[0].name.split(separator: " ").last,
        ExtractionState.packageBackReferences.contains(last.lowercased()),
        !relationList.contains(where: { $0.type == "IN_SECTOR" && $0.start == id })
      else { continue }
      for next in analyses[(k + 1)...].prefix(4) {
        let distance = next.sentence.index - a.sentence.index
        guard distance <= 4 else { break }
        let sectors = followingPackageSectors(next, pronoun: distance == 1)
        for x in sectors {
          relate(
            "IN_SECTOR", id, table.entity("Sector", x), [:],
            mention(next, 0..<next.tokens.count, "package-follow-up", 0.6))
        }
        if !sectors.isEmpty || next.spans.contains(where: { ExtractionState.isCountedPackage($0) }) { break }
      }
    }
  }

  /// A counted or signed package of documents with its entity: "23 agreements", "signed nine pacts".
  static func isCountedPackage(_ s: Span) -> Bool {
    s.kind == .agreement && (s.rule == "agreement-count" || s.rule == "agreement-signed-object") && s.entity != nil
  }
}
