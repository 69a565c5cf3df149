/// Agreement (document) rules.
extension Patterns {
  /// Words after which a word in -ed is a participle inside the title, not the sentence's verb.
  /// Words that follow a verb rather than an adjective in -ed ("entered into force", "signed on").
  static let verbObjects: Set<String> = [
    "into", "in", "on", "at", "by", "with", "the", "a", "an", "to", "last", "this", "earlier", "yesterday", "today",
    "its", "their", "after", "before", "since", "under",
  ]
  /// "The second document ...": a new document told by its place in a package.
  static let ordinalWords: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "another", "last"]
  static let timeNouns: Set<String> = [
    "year", "years", "week", "weeks", "month", "months", "spring", "summer", "autumn", "fall", "winter", "decade",
  ]

  /// Whether a time phrase starts at `j`: "on Monday", "in March", "next year", "in the spring".
  static func startsTime(_ t: [Token], at j: Int) -> Bool {
    guard ["on", "in", "next", "last", "this", "by", "early", "later"].contains(t[j].lower), j + 1 < t.count else {
      return false
    }
    let k = t[j + 1].lower == "the" && j + 2 < t.count ? j + 2 : j + 1
    let w = t[k].lower
    if DateFinder.weekdays[w] != nil || DateFinder.months[w] != nil { return t[j].lower != "by" || k == j + 1 }
    return timeNouns.contains(w) && (t[j].lower != "in" || k == j + 2)
  }

  /// Verbs in the past or present without -ed that follow a document's title: "took effect".
  static let titleEndingVerbs: Set<String> = [
    "took", "takes", "came", "comes", "became", "becomes", "began", "begins", "runs", "ran", "covers", "enters",
    "provides", "envisages", "foresees", "allows", "sets", "set", "remains", "expires", "gives", "gave",
  ]
  static let verbHosts: Set<String> = [
    "of", "the", "a", "an", "for", "on", "in", "to", "with", "between", "by", "and", "or", "newly", "jointly",
  ]

  /// "Agreement on ...", "Memorandum of Understanding ...", "Roadmap for ...", "Program of ...".
  static func agreements(_ a: inout SentenceAnalysis, signing: Bool) {
    let t = a.tokens
    var i = 0
    while i + 1 < t.count {
      let head = t[i]
      // "an agreement abolishing visa requirements", "a deal to build a plant": a purpose names it
      // "signed a deal on fisheries": "deal" and "pact" with a subject (`linkedLooseDocument`)
      // "the cooperation program for 2031-2034": a span of years (`yearSpannedProgram`)
      let spanned = yearSpannedProgram(t, head: i)
      let purposed =
        purposedDocument(t, head: i, signing: signing) || linkedLooseDocument(t, head: i, signing: signing) || spanned
      guard head.has(WordClass.agreementHead) || purposed else {
        i += 1
        continue
      }
      let definite =
        i > 0 && t[i - 1].lower == "the" && agreementLinks.contains(t[i + 1].lower)
        && head.lower != "plan" && head.lower != "program"
        || documentWithArticle(t, head: i)
      // "a joint statement" is a document whatever the verb
      let jointText =
        i > 0 && t[i - 1].lower == "joint" && jointTextHeads.contains(head.lower)
      let namedBefore =
        (head.isCapitalized && i > 0 && t[i - 1].isCapitalized && !isFunctionCapital(t[i - 1])) || jointText
        || (signing && i > 0 && t[i - 1].lower == "joint")
      // "a two-year contract signed with ...", "protocols were signed"
      let signedAfter =
        signing
        && (t[i + 1].lower == "signed"
          || i + 2 < t.count && ["was", "were"].contains(t[i + 1].lower) && t[i + 2].lower == "signed"
          || i + 3 < t.count && ["was", "were"].contains(t[i + 1].lower) && signingAdverbs.contains(t[i + 2].lower)
            && t[i + 3].lower == "signed")
      // a title in quotes after a capitalized head: a Protocol “on ...”, a Treaty “between A and B ...”
      let quoted =
        head.isCapitalized && i + 2 < t.count && ["“", "\"", "«"].contains(t[i + 1].text)
        && agreementLinks.contains(t[i + 2].lower)
      let link = quoted ? i + 2 : i + 1
      // a bare "the document" refers back (`documentReferredTo` only for the older heads)
      guard head.isWord, agreementHeads.contains(head.lower) || purposed,
        head.isCapitalized || signing || definite || jointText || purposed,
        head.lower != "document" || agreementLinks.contains(t[link].lower)
          || i > 0 && ordinalWords.contains(t[i - 1].lower),
        // "an MoU on tourism", "the MoU between the two agencies": the abbreviation alone or
        // before a purpose ("MoU for the segment could be signed") is too loose to name a document
        head.lower != "mou" || t[link].lower == "on" || t[link].lower == "between",
        agreementLinks.contains(t[link].lower) || head.lower == "memorandum" || head.lower == "roadmap" || namedBefore
          || communiqueHeads.contains(head.lower)
          || signedAfter || purposed
      else {
        i += 1
        continue
      }
      // capitalized modifiers before: "Intergovernmental Agreement", "Joint Action Plan", "joint statement"
      var lo = i
      while lo > 0, t[lo - 1].isWord, t[lo - 1].isCapitalized || t[lo - 1].lower == "joint",
        !isFunctionCapital(t[lo - 1]),
        a.span(at: lo - 1) == nil || [.sector, .city].contains(a.span(at: lo - 1)?.kind)
      {
        lo -= 1
        // "Enhanced Partnership and Cooperation Agreement": capitalized words joined by "and"
        if lo >= 2, lo < i, t[lo - 1].lower == "and", t[lo - 2].isCapitalized, t[lo - 2].isWord,
          !isFunctionCapital(t[lo - 2]), a.span(at: lo - 2) == nil
        {
          lo -= 1
        }
      }
      if spanned && lo == i { lo = spannedStart(t, head: i) }
      if signedAfter && lo == i {
        // lower-case kind words: "new veterinary and phytosanitary protocols"
        while lo > 0, t[lo - 1].isWord, !t[lo - 1].isCapitalized,
          a.span(at: lo - 1) == nil || a.span(at: lo - 1)?.kind == .sector,
          ![
            "the", "a", "an", "of", "in", "on", "for", "with", "by", "from", "several", "two", "three", "its", "their",
            "had", "have", "has", "were", "was", "been",
          ].contains(t[lo - 1].lower)
            || (t[lo - 1].lower == "and" && lo >= 2 && t[lo - 2].isWord && !t[lo - 2].isCapitalized)
        {
          lo -= 1
        }
        if lo < i && t[lo].lower == "and" { lo += 1 }
      }
      var j = link
      var end = i + 1
      // "a memorandum of understanding (MoU) between ...": the abbreviation is left out of the name
      var abbreviation: Range<Int>?
      var quote: Range<Int>?
      while j < t.count {
        if abbreviation == nil, j > i, let after = abbreviationEnd(t, at: j), after < t.count,
          ["on", "between", "for", "regarding", "about"].contains(t[after].lower)
        {
          abbreviation = j..<after
          j = after
          continue
        }
        let tk = t[j]
        // "an agreement on “mutual administrative assistance ...”": a quoted subject runs to its
        // closing quote, whatever it holds
        if j == link + 1, agreementLinks.contains(t[link].lower), let close = quotedSubjectEnd(t, open: j) {
          quote = j..<close
          end = close + 1
          break
        }
        // "an agreement on X and another on Y": the second document is told after the first
        if tk.lower == "and", j + 1 < t.count, t[j + 1].lower == "another" { break }
        // one document's subjects may be a list ("on extradition, legal aid and ..."); a package's
        // subjects are its documents (`distributedDocuments`)
        let listGoesOn = tk.text == "," && documentSingulars[head.lower] == nil && commaListContinues(t, at: j)
        if tk.kind == .punctuation && !tk.isDash && tk.text != "'s" && !listGoesOn {
          break
        }
        // "Memorandum of Understanding to facilitate investments": its purpose is in the title
        if stopAfterNP.contains(tk.lower)
          && !(tk.lower == "to"
            && (j == i + 1 || purposeNouns.contains(t[j - 1].lower) && purposeFollows(t, head: j - 1)))
          && !(purposed && purposeGoesOn.contains(tk.lower))
        {
          break
        }
        // "an agreement on grid links on Monday", "... in March", "... next year": the time
        // is not in the title
        if startsTime(t, at: j) { break }
        // a verb ends the title: "... between the EU and Kazakhstan entered into force", "Plan of
        // Action and exchanged notes"; a participle after a preposition stays ("of liquefied gas")
        if j > i + 1, tk.isWord, !tk.isCapitalized, tk.lower.hasSuffix("ed"),
          t[j - 1].lower == "and"
            || !verbHosts.contains(t[j - 1].lower) && !t[j - 1].isDash
              && (j + 1 == t.count || verbObjects.contains(t[j + 1].lower) || t[j + 1].kind == .punctuation)
        {
          break
        }
        // a verb without -ed ends the title too: "... between the EU and Kazakhstan took effect"
        if j > i + 1, titleEndingVerbs.contains(tk.lower) { break }
        // "... on border crossings and conclude an agreement on ...": a second document
        // (a sentence may end in "and": a cut-off line, so the window may be empty)
        if tk.lower == "and",
          (min(j + 2, t.count)..<min(t.count, j + 5)).contains(where: {
            agreementHeads.contains(t[$0].lower) && ["a", "an", "the"].contains(t[$0 - 1].lower)
          })
        {
          break
        }
        if tk.lower == "and" && j + 1 < t.count
          && (agreementHeads.contains(t[j + 1].lower)
            || j + 2 < t.count && ["the", "a", "an"].contains(t[j + 1].lower)
              && agreementHeads.contains(t[j + 2].lower))
        {
          break
        }
        j += 1
        end = j
        // a title that names its parties runs longer: "Memorandum ... between the Center for X under
        // the President of A and the Institute for Y under the President of B"
        if j - i > (t[(i + 1)..<j].contains { $0.lower == "between" } ? 32 : 20) { break }
      }
      while end > i + 1 && ["the", "and", "of", "on", "in", "for", "a"].contains(t[end - 1].lower) { end -= 1 }
      if !agreementLinks.contains(t[link].lower) && head.lower != "memorandum" && !purposed { end = i + 1 }
      if let r = abbreviation, end <= r.upperBound { end = min(end, r.lowerBound) }
      if end > i + 1
        || (head.isCapitalized || signing || jointText)
          && (head.lower == "roadmap" || head.lower == "memorandum" || communiqueHeads.contains(head.lower) || lo < i)
        || signedAfter
      {
        var doc = Span(kind: .agreement, tokens: lo..<end, name: "", rule: "agreement-phrase", confidence: 0.75)
        if let q = quote {
          doc.name = a.cleanText(lo..<q.lowerBound) + " " + a.cleanText((q.lowerBound + 1)..<q.upperBound)
        } else if let r = abbreviation, r.upperBound < end {
          doc.name = a.cleanText(lo..<r.lowerBound) + " " + a.cleanText(r.upperBound..<end)
        } else if quoted, end > link {
          doc.name = a.cleanText(lo..<(i + 1)) + " " + a.cleanText(link..<end)
        }
        // undertakings named inside the document's title keep their own entity: "agreement on building a second string of the X pipeline"
        // an organization with "and" right after "between" may be both parties read as one
        doc.inner = a.spans(in: lo..<end).filter {
          [.project, .facility, .country].contains($0.kind)
            || $0.kind == .organization
              && (!a.tokens[$0.tokens].contains { $0.lower == "and" }
                || !Patterns.followsBetween(a.tokens, $0.tokens.lowerBound))
        }
        doc.inner += doc.inner.flatMap(\.inner)
        for k in doc.inner.indices where doc.inner[k].name.isEmpty {
          doc.inner[k].name = a.cleanText(doc.inner[k].tokens)
        }
        a.add(doc)
        i = end
        // "... and another on Y": a document of the same kind
        if let other = anotherDocument(a, head: head.lower, at: end) {
          a.add(other)
          i = other.tokens.upperBound
        }
      } else {
        i += 1
      }
    }
  }
}

extension Patterns {
  /// Whether the comma at `c` goes on with a coordination of lower-case subjects that ends in
  /// "and": "on extradition, legal assistance and prisoner transfer". A comma followed by
  /// anything else (a clause, a name, a quote) ends the title.
  static func commaListContinues(_ t: [Token], at c: Int) -> Bool {
    var k = c + 1
    var words = 0
    while k < t.count, k - c <= 12 {
      let w = t[k]
      if w.lower == "and" { break }
      if w.text == "," {
        guard words > 0 else { return false }
        words = 0
      } else {
        guard w.isWord, !w.isCapitalized, !reportingWords.contains(w.lower), !stopAfterNP.contains(w.lower),
          !w.lower.hasSuffix("ed") || w.lower == "need"
        else { return false }
        words += 1
        if words > 3 { return false }
      }
      k += 1
    }
    // "..., Y and Z" then the end of the phrase
    guard words > 0, k + 1 < t.count, t[k].lower == "and", t[k + 1].isWord, !t[k + 1].isCapitalized else {
      return false
    }
    var e = k + 1
    // the last item may have a complement: "... and regulation of medical products"
    while e < t.count, e - k <= 5, t[e].isWord, !t[e].isCapitalized, !stopAfterNP.contains(t[e].lower) { e += 1 }
    return e == t.count || t[e].kind == .punctuation || stopAfterNP.contains(t[e].lower) || startsTime(t, at: e)
  }

  /// Whether token `k` follows "between" or "between the".
  static func followsBetween(_ t: [Token], _ k: Int) -> Bool {
    k > 0 && t[k - 1].lower == "between" || k > 1 && t[k - 1].lower == "the" && t[k - 2].lower == "between"
  }
}

/// Documents told with an article and their subject, whatever the verb: "renew the bilateral
/// agreement on border crossings", "conclude an agreement on exports of flour". An understanding
/// reached ("reached an agreement on ...") is an AGREED, not a document; "plan", "program" and
/// "statement" with a subject are too often no document at all.
extension Patterns {
  static let understandingVerbs: Set<String> = ["reached", "reach", "reaching", "achieved", "came", "come"]

  static func documentWithArticle(_ t: [Token], head i: Int) -> Bool {
    // "a memorandum of understanding on consular talks": the link comes after the full kind
    let link = understandingLink(t, head: i) ?? i + 1
    guard link < t.count, ["on", "between", "for", "regarding", "about"].contains(t[link].lower),
      !["plan", "plans", "program", "programs", "programme", "statement", "statements"].contains(t[i].lower)
    else { return false }
    // up to two lower-case modifiers between the article and the head: "the bilateral agreement"
    var k = i - 1
    while k >= 0, i - k <= 2, t[k].isWord, !t[k].isCapitalized, !["the", "a", "an"].contains(t[k].lower),
      !functionCapitals.contains(t[k].lower)
    {
      k -= 1
    }
    guard k >= 0, ["the", "a", "an"].contains(t[k].lower) else { return false }
    return k == 0 || !understandingVerbs.contains(t[k - 1].lower)
  }
}

/// Documents signed by number: "signed six MoUs", "the signing of seven bilateral instruments",
/// "12 intergovernmental agreements were signed". The count is the package's name; a vague one
/// ("more than a dozen documents", "several deals") names no package.
extension Patterns {
  static let documentPlurals: Set<String> = [
    "agreements", "mous", "memoranda", "memorandums", "documents", "instruments", "deals", "contracts", "protocols",
    "treaties", "accords",
  ]
  /// Words of a count ("six agreements"), with their values in ``countValues``.
  static let countWords: Set<String> = Set(countValues.keys)

  /// Words that name a signed package without a count: "signed several agreements", "a series of
  /// agreements" (only when signing; "more than a dozen documents" still names none).
  static let vaguePackages: Set<String> = ["several", "series"]

  static func countedDocuments(_ a: inout SentenceAnalysis, signing: Bool) {
    guard signing else { return }
    let t = a.tokens
    // a year is no count ("in 2023 agreements were signed")
    for n in t.indices
    where t[n].kind == .number && t[n].text.count < 4 || countWords.contains(t[n].lower)
      || vaguePackages.contains(t[n].lower)
    {
      // up to two lower-case modifiers: "bilateral", "cooperation", "intergovernmental"
      var k = n + 1
      while k < t.count, k - n <= 3, t[k].isWord, !t[k].isCapitalized || t[k].isAllCaps,
        !documentPlurals.contains(t[k].lower), !functionCapitals.contains(t[k].lower),
        // "two nations signed memorandums": the count is of the signers
        !groupWords.contains(t[k].lower), !packageVerbs.contains(t[k].lower)
      {
        k += 1
      }
      guard k < t.count, documentPlurals.contains(t[k].lower),
        (n..<k).allSatisfy({ a.span(at: $0).map { $0.kind == .sector } ?? true })
      else { continue }
      if listedDocuments(&a, after: k + 1, plural: t[k].lower) { continue }
      let itemized = itemizedPackage(a, after: k + 1)
      addItemizedKindDocument(&a, after: k + 1)
      if itemized {
        // nor does the plural's own title ("agreements of cooperation and MoUs, including ...")
        a.spans.removeAll { $0.kind == .agreement && $0.tokens.lowerBound == k && $0.rule == "agreement-phrase" }
        a.reindex()
        continue
      }
      // "a series of memoranda of understanding": the documents are named by their kind, the
      // quantifier is no part of it ("a series of agreements" keeps it: a bare plural names nothing)
      var lo = n
      var hi = k + 1
      if t[n].lower == "series", n + 1 < k, t[n + 1].lower == "of", hi + 1 < t.count, t[hi].lower == "of",
        t[hi + 1].lower == "understanding"
      {
        lo = n + 2
        hi += 2
      }
      a.add(Span(kind: .agreement, tokens: lo..<hi, name: "", rule: "agreement-count", confidence: 0.6))
    }
  }
}
