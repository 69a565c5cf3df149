/// People introduced together or by their relation to someone else, with no dictionary:
/// a plural title before several names ("Deputy Prime Ministers A and B", "the Kazakh and
/// Uzbek foreign ministers, A and B", "Presidents A of X and B of Y") and "his Japanese
/// counterpart A".
extension People {
  /// Plural title heads and their singular.
  static let pluralTitleHeads: [String: String] = [
    "ministers": "minister", "presidents": "president", "premiers": "premier", "secretaries": "secretary",
    "chairmen": "chairman", "ambassadors": "ambassador", "governors": "governor", "chancellors": "chancellor",
    "envoys": "envoy", "mayors": "mayor", "speakers": "speaker", "commissioners": "commissioner",
    "vice-presidents": "vice-president", "vice-premiers": "vice-premier", "counselors": "counselor",
    "councilors": "councilor", "counsellors": "counsellor", "heads": "head",
  ]

  /// "Deputy Prime Ministers A and B": each name gets the singular title and its country
  /// (stated after the name, or by order from the countries around the title).
  static func pluralTitles(_ a: inout SentenceAnalysis, lexicon: Lexicon) {
    var i = 0
    while i < a.tokens.count {
      let t = a.tokens
      // every plural head ends in "s" or "men": one byte test before the dictionary lookup
      let last = t[i].lower.utf8.last
      guard last == UInt8(ascii: "s") || last == UInt8(ascii: "n"), t[i].isWord, a.cover[i] < 0,
        let singular = pluralTitleHeads[t[i].lower]
      else {
        i += 1
        continue
      }
      // the title's own words before the head: modifiers, "Prime", "Foreign", portfolio words
      var lo = i
      while lo > 0, a.cover[lo - 1] < 0, t[lo - 1].isWord, !Patterns.isFunctionCapital(t[lo - 1]),
        t[lo - 1].lower != "of",
        titleModifiers.contains(t[lo - 1].lower) || portfolioWords.contains(t[lo - 1].lower)
          || t[lo - 1].lower == "prime"
      {
        lo -= 1
      }
      let words = t[lo..<i].map(\.lower) + [singular]
      // the singular must be a known title, or a known title's head after portfolio words ("Trade Ministers")
      let known = (0..<words.count).contains { k in lexicon.titleWords.contains(words[k...].joined(separator: " ")) }
      guard known else {
        i += 1
        continue
      }
      var countries = countriesBefore(a, lo)
      var j = i + 1
      // "the foreign ministers of Kazakhstan and Uzbekistan, A and B", "the heads of the foreign
      // ministries of Georgia and Armenia, A and B"
      if j < t.count, t[j].lower == "of" {
        var k = j + 1
        while k < t.count && k - j <= 8 && a.cover[k] < 0 && t[k].isWord
          && (portfolioWords.contains(t[k].lower) || t[k].lower == "ministries" || t[k].lower == "agencies")
        {
          k += 1
        }
        let (list, end) = countryList(a, from: k)
        if !list.isEmpty {
          countries = list
          j = end
        }
      }
      if j < t.count, t[j].text == "," || t[j].text == ":" { j += 1 }
      var names: [(tokens: Range<Int>, country: String?, existing: Span?)] = []
      while j < t.count {
        // "the presidents of Kyrgyzstan A and Uzbekistan B": each name after its own country
        // "the presidents of Brazil, A, and Mozambique, B": the country set off before its name
        var leading: String?
        if let s = a.span(at: j), s.kind == .country, s.tokens.lowerBound == j, s.tokens.upperBound + 1 < t.count {
          let comma = t[s.tokens.upperBound].text == ","
          let name = comma ? s.tokens.upperBound + 1 : s.tokens.upperBound
          if t[name].isCapitalized, a.span(at: name)?.kind != .country, !comma || !names.isEmpty {
            leading = s.country ?? s.name
            j = name
          }
        }
        var end = j
        let existing = a.span(at: j).flatMap { $0.kind == .person && $0.tokens.lowerBound == j ? $0 : nil }
        if let existing {
          end = existing.tokens.upperBound
        } else {
          j = skipHonorifics(a, from: j)
          end = nameEnd(a, from: j, free: true)
          // a lone surname is a name here ("Presidents Putin and Xi"), a lone given name is not
          if end - j == 1, firstNames.contains(t[j].lower) { end = j }
        }
        guard end > j else { break }
        var country = leading
        var next = end
        // "A of Kazakhstan", "A (Kazakhstan)"
        if next + 1 < t.count, t[next].lower == "of" || t[next].text == "(",
          let s = a.span(at: next + 1), s.kind == .country, s.tokens.lowerBound == next + 1
        {
          country = s.country ?? s.name
          next = s.tokens.upperBound
          if t[next - 1].text != ")" && next < t.count && t[next].text == ")" { next += 1 }
        }
        names.append((j..<end, country, existing))
        // the list goes on after "," or "and"; anything else ends it
        var separator = next
        if separator < t.count, t[separator].text == "," { separator += 1 }
        if separator < t.count, t[separator].lower == "and" { separator += 1 }
        guard separator > next else { break }
        j = separator
      }
      guard names.count >= 2 else {
        i += 1
        continue
      }
      // "Paraguay and Argentina settled their dispute after Foreign Ministers A and B met":
      // the sentence's subject lists the countries in the names' order
      if countries.isEmpty, names.allSatisfy({ $0.country == nil }) {
        let (list, end) = countryList(a, from: 0)
        if list.count == names.count, Set(list).count == list.count, end <= lo { countries = list }
      }
      let head = t[i].text
      let singularHead =
        head.first?.isUppercase == true ? singular.prefix(1).uppercased() + singular.dropFirst() : singular
      let title = (lo < i ? a.text(lo..<i) + " " : "") + singularHead
      var titleSpan = Span(
        kind: .title, tokens: lo..<(i + 1), name: title, rule: "plural-title", confidence: 0.85)
      titleSpan.attached = true
      a.add(titleSpan)
      for (k, n) in names.enumerated() {
        let country =
          n.country ?? (countries.count == names.count ? countries[k] : countries.count == 1 ? countries[0] : nil)
        var person = Span(
          kind: .person, tokens: n.tokens, name: n.existing?.name ?? "", country: country ?? n.existing?.country,
          rule: n.existing != nil ? "dictionary-person+title" : "plural-title-name", confidence: 0.85)
        person.title = title
        person.partial = n.tokens.count == 1 && n.existing == nil
        a.add(person)
      }
      i = names.last.map { $0.tokens.upperBound } ?? i + 1
    }
  }

  /// Countries named just before a title, in order: "the Kazakh and Chinese", "Russia's".
  static func countriesBefore(_ a: SentenceAnalysis, _ lo: Int) -> [String] {
    var out: [String] = []
    var k = lo
    while k > 0 {
      var p = k - 1
      if a.tokens[p].lower == "'s" && p > 0 { p -= 1 }
      guard let s = a.span(at: p), s.kind == .demonym || s.kind == .country else { break }
      out.insert(s.country ?? s.name, at: 0)
      k = s.tokens.lowerBound
      guard k > 1, a.tokens[k - 1].lower == "and" || a.tokens[k - 1].text == "," else { break }
      k -= 1
    }
    return out
  }

  /// Countries listed from token `i` ("Kazakhstan and Uzbekistan", "the UAE, Qatar and Oman"), and where the list ends.
  static func countryList(_ a: SentenceAnalysis, from i: Int) -> ([String], Int) {
    var out: [String] = []
    var j = i
    var end = i
    while j < a.tokens.count {
      if a.tokens[j].lower == "the" { j += 1 }
      guard j < a.tokens.count, let s = a.span(at: j), s.kind == .country || s.kind == .demonym else { break }
      out.append(s.country ?? s.name)
      j = s.tokens.upperBound
      end = j
      guard j < a.tokens.count, a.tokens[j].lower == "and" || a.tokens[j].text == "," else { break }
      j += 1
      if j < a.tokens.count, a.tokens[j].lower == "and" { j += 1 }
    }
    return (out, end)
  }

  /// "his Japanese counterpart Fumio Kishida", "her counterpart from Argentina, Diana Mondino":
  /// a person of the named country; the title is the one of the person they meet (filled in
  /// when the article's people are resolved).
  static func counterparts(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    for i in t.indices where t[i].lower == "counterpart" || t[i].lower == "counterparts" {
      var country: String?
      if i > 0, let s = a.span(at: i - 1), s.kind == .demonym || s.kind == .country {
        country = s.country ?? s.name
      } else if i > 1, t[i - 1].lower == "'s", let s = a.span(at: i - 2), s.kind == .country {
        country = s.country ?? s.name
      }
      var j = i + 1
      if j + 1 < t.count, t[j].lower == "from" || t[j].lower == "of" || t[j].lower == "in" {
        var k = j + 1
        if t[k].lower == "the" && k + 1 < t.count { k += 1 }
        if let s = a.span(at: k), s.kind == .country {
          country = s.country ?? s.name
          j = s.tokens.upperBound
        }
      }
      // "her Chilean counterpart to Peru B": the post's host says nothing of B's country
      if j + 1 < t.count, t[j].lower == "to", let s = a.span(at: j + 1), s.kind == .country {
        j = s.tokens.upperBound
      }
      if j < t.count, t[j].text == "," { j += 1 }
      // "his Brazilian counterpart, President B": the counterpart's own title before the name
      if j < t.count, let title = a.span(at: j), title.kind == .title { j = title.tokens.upperBound }
      // a known person's country read from an office of another time ("his South Sudanese
      // counterpart Salva Kiir", whom the open data knows as Sudan's vice president): the text's
      if j < t.count, let country, let k = a.cover[j] >= 0 ? a.cover[j] : nil, a.spans[k].kind == .person,
        a.spans[k].rule.hasPrefix("dictionary"), a.spans[k].tokens.lowerBound == j, a.spans[k].title == nil
      {
        a.spans[k].country = country
        a.spans[k].countryStated = true
        continue
      }
      // a name no rule has found yet, or one a rule other than the dictionaries found
      guard j < t.count,
        a.cover[j] < 0 || a.span(at: j).map({ $0.kind == .person && !$0.rule.hasPrefix("dictionary") }) == true
      else { continue }
      j = skipHonorifics(a, from: j)
      let end = nameEnd(a, from: j)
      guard nameWordCount(a, j..<end) >= 2, end == t.count || !t[end].isCapitalized || t[end].lower == "'s" else {
        continue
      }
      var person = Span(
        kind: .person, tokens: j..<end, name: a.cleanText(j..<end), country: country, rule: "counterpart-name",
        confidence: 0.8)
      person.countryStated = country != nil
      a.add(person)
    }
  }
}
