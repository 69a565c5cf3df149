/// The facility an undertaking is about when the text names it only by its kind ("construction
/// of a cement factory"), and two such facilities joined in one undertaking ("construction of a
/// cement plant and a solar plant").
extension Patterns {
  /// The facility an undertaking is about when the text names it only by its kind: "construction
  /// of a cement factory", "the building of an electrolysis plant", "the launch of the
  /// construction of a fertilizer plant", "construction of a 330 kV transmission line". An
  /// indefinite article, one or more kind words and a facility head ending the object make one
  /// new thing of the graph; a bare head ("construction of a pipeline"), a plural ("of new
  /// plants") or a definite one ("of the oil pipeline", told before by its name) does not.
  static func unnamedObjectFacility(_ a: SentenceAnalysis, objectStart: Int, end: Int) -> Span? {
    let t = a.tokens
    let objectStart = nestedObjectStart(t, objectStart, end)
    // the head ends the object, or comes before its locative complement ("... factory near the border")
    guard
      let h = stride(from: end - 1, through: max(objectStart + 1, end - 4), by: -1).first(where: {
        facilityHead(t[$0].lower) != nil
      }), a.span(at: h) == nil, let (_, plural) = facilityHead(t[h].lower), !plural
    else { return nil }
    let end = h + 1
    var lo = h
    while lo > objectStart && isKindWord(a, lo - 1) { lo -= 1 }
    // "the oil pipeline" refers back to one named before; "a ..." introduces a new one
    guard lo < end - 1, lo == objectStart + 1, ["a", "an"].contains(t[objectStart].lower) else { return nil }
    return Span(kind: .facility, tokens: lo..<end, name: a.text(lo..<end), rule: "project-object-kind", confidence: 0.6)
  }

  /// Past an undertaking named inside the object: "the launch of [the construction of] a plant".
  static func nestedObjectStart(_ t: [Token], _ objectStart: Int, _ end: Int) -> Int {
    var k = objectStart
    if k < end && t[k].lower == "the" { k += 1 }
    guard k + 2 < end, projectTriggers.contains(t[k].lower), t[k + 1].lower == "of" else { return objectStart }
    return k + 2
  }

  /// A word of a facility's kind: lower-case words that are not determiners, ordinals,
  /// prepositions or clause words; a number and its unit ("330 kV"); a capitalized facility word
  /// inside the kind ("a metre gauge Railway line").
  static func isKindWord(_ a: SentenceAnalysis, _ k: Int) -> Bool {
    let t = a.tokens
    let w = t[k]
    if w.kind == .number { return true }
    guard w.isWord else { return false }
    if w.isCapitalized {
      let facilityWord = isFacilityModifier(w.lower) || facilityHead(w.lower) != nil
      guard facilityWord, k > 0, !t[k - 1].isCapitalized || t[k - 1].kind == .number else { return false }
    }
    return (!determiners.contains(w.lower) || w.lower == "new") && !ordinals.contains(w.lower)
      && !stopAfterNP.contains(w.lower) && !["of", "and", "or", "for", "in", "on", "at"].contains(w.lower)
      && a.span(at: k).map({ $0.kind == .sector }) ?? true
  }

  /// Where a second kind-named facility starts in an object of two joined by "and a/an": "a
  /// cement grinding plant and a solar power plant". Both halves must name one by its kind.
  static func coordinatedKindObjects(_ a: SentenceAnalysis, objectStart: Int, end: Int) -> Int? {
    let t = a.tokens
    guard ["a", "an"].contains(t[objectStart].lower) else { return nil }
    for k in (objectStart + 2)..<max(objectStart + 2, end - 2)
    where t[k].lower == "and" && ["a", "an"].contains(t[k + 1].lower) {
      guard facilityHead(t[k - 1].lower) != nil, unnamedObjectFacility(a, objectStart: objectStart, end: k) != nil,
        kindFacility(a, objectStart: k + 1, end: end) != nil
      else { return nil }
      return k
    }
    return nil
  }

  /// The facility of a kind-named object: one the facility rules found ending the object ("a gas
  /// plant near Ilo"), else one named by its kind.
  static func kindFacility(_ a: SentenceAnalysis, objectStart: Int, end: Int) -> Span? {
    if let f = a.spans(in: objectStart..<end).last(where: { $0.kind == .facility }) {
      var f = f
      if f.name.isEmpty { f.name = a.cleanText(f.tokens) }
      return f
    }
    return unnamedObjectFacility(a, objectStart: objectStart, end: end)
  }

  /// One undertaking per joined kind-named facility, each about its own: "construction of a
  /// cement plant" and "construction of a solar plant".
  static func addCoordinatedProjects(
    _ a: inout SentenceAnalysis, from lo: Int, objectStart: Int, and k: Int, end: Int, noun: String
  ) {
    for (pLo, oLo, pEnd) in [(lo, objectStart, k), (k + 1, k + 1, end)] {
      guard let f = kindFacility(a, objectStart: oLo, end: pEnd) else { continue }
      var project = Span(
        kind: .project, tokens: pLo..<pEnd, name: noun + " of " + a.text(oLo..<pEnd), rule: "project-phrase",
        confidence: 0.7)
      project.inner = [f]
      a.add(project)
    }
  }
}
