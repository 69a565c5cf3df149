/// Plural documents with one subject each: "memorandums of understanding in the energy and
/// agriculture sectors", "documents regarding visas, transit and energy", "cooperation agreements
/// in football, health and tourism". News writes a package of documents this way; each conjunct is
/// a document of its own, named by the singular head and its subject ("memorandum of
/// understanding in the energy sector", "document regarding transit").
extension Patterns {
  /// Links between a plural document word and its subjects.
  static let distributiveLinks: Set<String> = [
    "on", "in", "regarding", "concerning", "for", "covering", "cover", "covered",
  ]
  /// A head shared by the subjects, after the last one: "in the energy and agriculture sectors".
  static let sharedSubjectHeads: [String: String] = [
    "sectors": "sector", "fields": "field", "areas": "area", "spheres": "sphere", "industries": "industry",
  ]
  /// Lower-case modifiers that belong to the document's kind: "bilateral cooperation agreements".
  static let documentModifiers: Set<String> = [
    "cooperation", "co-operation", "bilateral", "intergovernmental", "inter-governmental", "governmental", "joint",
    "framework",
    "investment", "trade", "commercial", "partnership",
  ]
  /// Words before a plural that make it one package: "a number of", "several", "a series of".
  static let packageQuantifiers: Set<String> = ["number", "several", "many", "various", "series", "multilateral"]
  /// Words that put the documents in the future.
  static let plannedWords: Set<String> = [
    "upcoming", "preparing", "will", "would", "plan", "plans", "planned", "planning", "expected", "intend", "intends",
  ]
  /// Words that end a subject: a clause or a complement begins.
  static let subjectStops: Set<String> = [
    "including", "which", "that", "who", "between", "with", "by", "at", "during", "after", "before", "while",
    "as", "from", "to", "were", "was", "are", "is", "will", "would", "have", "has", "had", "said", "says",
  ]

  static func distributedDocuments(_ a: inout SentenceAnalysis) {
    addEach(&a) { a, k in distributedDocuments(a, head: k) }
  }

  /// Runs `find` at each token from the left; the spans it returns are added and the scan goes
  /// on after them.
  static func addEach(_ a: inout SentenceAnalysis, _ find: (SentenceAnalysis, Int) -> ([Span], Int)?) {
    var k = 0
    while k < a.tokens.count {
      guard let (spans, next) = find(a, k) else {
        k += 1
        continue
      }
      for s in spans { a.add(s) }
      k = next
    }
  }

  /// The documents of a plural head at `k` and the index after its list, when two or more
  /// subjects follow it.
  static func distributedDocuments(_ a: SentenceAnalysis, head k: Int) -> ([Span], Int)? {
    let t = a.tokens
    // "MoUs", "MOUs": the abbreviation is capitalized without being all capitals; "concluded
    // Memorandums on ...", as some ministries write them: a capital alone, not after a name
    // ("the Minsk Agreements")
    let capitalOnly = k > 0 && !t[k - 1].isCapitalized && t[k - 1].isWord
    // "MOU's on A, B and C": a plural written with an apostrophe
    let apostrophePlural = t[k].lower == "mou" && k + 1 < t.count && t[k + 1].lower == "'s"
    // "Agreements also covered ...": a plural that opens the sentence
    let opening = k == 0 && !t[k].isAllCaps
    guard t[k].isWord, !t[k].isCapitalized || t[k].isAllCaps || t[k].lower == "mous" || capitalOnly || opening,
      let singular = apostrophePlural ? "memorandum" : documentSingulars[t[k].lower],
      a.span(at: k).map({ $0.kind == .agreement }) ?? true
    else { return nil }
    var kind = singular
    var j = apostrophePlural ? k + 2 : k + 1
    // "memorandums of understanding", "MoUs"
    if singular == "memorandum" {
      if j + 1 < t.count, t[j].lower == "of", t[j + 1].lower == "understanding" {
        kind += " of understanding"
        j += 2
      } else if t[k].lower == "mous" || apostrophePlural {
        // named as written ("MoU on tourism"), as the abbreviation is the name the text uses
        kind = apostrophePlural ? t[k].text : String(t[k].text.dropLast())
      }
    }
    var lo = k
    while lo > 0, k - lo < 2, t[lo - 1].isWord, documentModifiers.contains(t[lo - 1].lower),
      a.span(at: lo - 1).map({ $0.kind == .sector || $0.kind == .agreement }) ?? true
    {
      lo -= 1
    }
    if lo < k { kind = t[lo..<k].map(\.lower).joined(separator: " ") + " " + kind }
    // "a number of documents on trade, customs and education": a package told by its fields;
    // "documents on trade and energy for the upcoming visit": not (yet) documents
    var link: String
    let headEnd = j
    j = listLinkAfterHead(t, from: j, counted: countBefore(t, lo) != nil)
    // "agreements, including on trade and energy": the documents are named one by one, even in
    // "several agreements"
    let inclusion = isInclusionLink(t, from: headEnd, to: j)
    if !inclusion && (max(0, lo - 3)..<lo).contains(where: { packageQuantifiers.contains(t[$0].lower) })
      || t[..<lo].contains(where: { plannedWords.contains($0.lower) })
    {
      return nil
    }
    var ranging = false
    if j + 1 < t.count, ["related", "relating"].contains(t[j].lower), t[j + 1].lower == "to" {
      link = t[j].lower + " to"  // "agreements related to energy, railways and finance"
      j += 2
    } else if j + 1 < t.count, rangeVerbs.contains(t[j].lower), t[j + 1].lower == "from" {
      link = "on"  // "MoUs ranging from education and tourism to trade"
      ranging = true
      j += 2
    } else {
      guard j < t.count, distributiveLinks.contains(t[j].lower) || concernVerbs.contains(t[j].lower) else {
        return nil
      }
      // "the agreements cover trade and media": documents on trade and on media
      let covers = concernVerbs.contains(t[j].lower)
      link = covers ? "on" : t[j].lower
      j += 1
      // "The memoranda cover work in fields such as sports, health and culture": each field
      // is one document's when the plural refers back to a package told before ("signing of
      // documents covering sectors such as ..." is one package told by its fields)
      if covers, lo > 0, ["the", "these", "those", "other"].contains(t[lo - 1].lower) {
        j = fieldsPreambleEnd(t, from: j)
      }
    }
    // "in the fields of energy and transport"
    if link == "in", j + 2 < t.count, t[j].lower == "the", sharedSubjectHeads[t[j + 1].lower] != nil,
      t[j + 2].lower == "of"
    {
      link = "in the " + (sharedSubjectHeads[t[j + 1].lower] ?? "field") + " of"
      j += 3
    }
    // "trade deals in the areas of health and technology": fields named before their list make one
    // package with several sectors, not one document per field (real pages' gold keeps it whole)
    let fieldsFirst = link.hasPrefix("in the ")
    let listStart = j
    var items: [Range<Int>] = []
    // whether a comma came before each subject ("on A and B, C, and on D": three subjects when
    // the text counts three documents)
    var commaBefore: [Bool] = []
    var comma = false
    // whether "and" came before each subject (", and nuclear energy": a serial comma)
    var andBefore: [Bool] = []
    var and = false
    var s = j
    var e = j
    var shared: String?
    while e <= t.count {
      let atEnd =
        e == t.count || t[e].kind == .punctuation && t[e].text != "-" && !t[e].isDash && t[e].text != "'s"
        || t[e].lower == "and" || subjectStops.contains(t[e].lower) || e > listStart && startsTime(t, at: e)
      guard atEnd else {
        e += 1
        continue
      }
      var hi = e
      // the shared head after the last subject: "... and agriculture sectors"
      if hi - s >= 2, let h = sharedSubjectHeads[t[hi - 1].lower] {
        shared = h
        hi -= 1
      }
      var from = s
      // "agreements on mining and on fisheries": the link said again
      if !items.isEmpty, from < hi - 1, t[from].lower == link { from += 1 }
      if from < hi, t[from].lower == "the", items.isEmpty, hi - from > 1 { from += 1 }
      guard hi > from, hi - from <= 7, isDistributedSubject(a, from..<hi) else { break }
      // "..., and cooperation in energy": a subject with a link of its own starts another item
      if fieldsFirst, !items.isEmpty, t[from..<hi].contains(where: { distributiveLinks.contains($0.lower) }) { break }
      items.append(from..<hi)
      commaBefore.append(comma)
      andBefore.append(and)
      if shared != nil { break }
      guard e < t.count else { break }
      // ", and", "and": the list goes on; a comma goes on only when a subject follows
      var n = e
      comma = t[n].text == ","
      if comma { n += 1 }
      // "ranging from education and tourism to trade": "to" goes on as "and" does
      and = n < t.count && (t[n].lower == "and" || ranging && t[n].lower == "to")
      if and { n += 1 }
      guard n > e, n < t.count, t[n].isWord || t[n].kind == .number, !subjectStops.contains(t[n].lower) else {
        break
      }
      s = n
      e = n
    }
    // "ones on science and technology, customs, trade and investment, and health": a serial
    // comma before the last subject tells that a bare "and" joins words of one subject
    var listed = inclusion || ranging ? 8 : 6
    if items.count >= 3, countBefore(t, lo) == nil, commaBefore[items.count - 1], andBefore[items.count - 1],
      commaBefore.dropFirst().contains(false)
    {
      items = commaGroups(items, commaBefore: commaBefore)
      listed = 8
    }
    // "documents on trade, space and other areas": a package told by its fields, one document
    guard items.count >= 2, items.count <= listed,
      !["other", "many", "various"].contains(t[items[items.count - 1].lowerBound].lower)
    else { return nil }
    let end = items[items.count - 1].upperBound + (shared == nil ? 0 : 1)
    // "three agreements, one on seed testing and plant quarantine, cooperation in customs and
    // tax, and on consular matters": the count tells that "and"
    // joins words of one subject, and the commas part the documents
    if let n = countBefore(t, lo), n < items.count,
      commaBefore.filter({ $0 }).count + 1 == n
    {
      items = commaGroups(items, commaBefore: commaBefore)
    }
    // "11 agreements on trade, health, fisheries and roads": a count well above the
    // number of subjects tells a package by its fields, one document (as "in the areas of"); one
    // more than the subjects is often a subject read as two ("on gas and oil resources"). A list
    // after "including" or a range ("ranging from A to B") names some of the documents only.
    if !inclusion, !ranging, let n = countBefore(t, lo), n >= items.count + 2 {
      let whole = Span(
        kind: .agreement, tokens: (lo - 1)..<end, name: a.text((lo - 1)..<end), rule: "agreement-fields",
        confidence: 0.6)
      return ([whole], end)
    }
    // "four agreements ... in the areas of A, B, C and D": as many fields as documents, one each
    if fieldsFirst, countBefore(t, lo) == items.count {
      link = "on"
    } else if fieldsFirst {
      let whole = Span(
        kind: .agreement, tokens: lo..<end, name: a.text(lo..<end), rule: "agreement-fields", confidence: 0.6)
      return ([whole], end)
    }
    var docs: [Span] = []
    for r in items {
      let subject = a.text(r)
      let name = shared.map { "\(kind) \(link) the \(subject) \($0)" } ?? "\(kind) \(link) \(subject)"
      var doc = Span(kind: .agreement, tokens: r, name: name, rule: "agreement-distributed", confidence: 0.6)
      doc.inner = a.spans(in: r).filter { [.project, .facility].contains($0.kind) }
      for n in doc.inner.indices where doc.inner[n].name.isEmpty {
        doc.inner[n].name = a.cleanText(doc.inner[n].tokens)
      }
      docs.append(doc)
    }
    return (docs, end)
  }

  /// The subjects joined into one wherever no comma came before a subject: the commas part
  /// the documents, a bare "and" joins words of one subject.
  static func commaGroups(_ items: [Range<Int>], commaBefore: [Bool]) -> [Range<Int>] {
    var groups: [Range<Int>] = []
    for (r, c) in zip(items, commaBefore) {
      if let last = groups.last, !c {
        groups[groups.count - 1] = last.lowerBound..<r.upperBound
      } else {
        groups.append(r)
      }
    }
    return groups
  }

  /// Values of the count words (``countWords``).
  static let countValues: [String: Int] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
  ]

  /// The count right before the token at `lo` ("13", "eight"), if one is there.
  static func countBefore(_ t: [Token], _ lo: Int) -> Int? {
    guard lo > 0 else { return nil }
    let w = t[lo - 1]
    return w.kind == .number && w.text.count < 4 ? Int(w.text) : countValues[w.lower]
  }

  /// Whether tokens `r` read as one subject of a package: no person, title, country, city or
  /// organization (those are parties or places, not subjects), no verb in -ed or -ing first.
  static func isDistributedSubject(_ a: SentenceAnalysis, _ r: Range<Int>) -> Bool {
    let t = a.tokens
    guard t[r.lowerBound].isWord || t[r.lowerBound].kind == .number else { return false }
    if ["the", "a", "an", "their", "its", "his", "her"].contains(t[r.lowerBound].lower) && r.count == 1 {
      return false
    }
    for i in r {
      if reportingWords.contains(t[i].lower) { return false }
      if let s = a.span(at: i),
        [.person, .title, .country, .demonym, .city, .organization, .group, .side]
          .contains(s.kind)
      {
        return false
      }
    }
    return true
  }
}
