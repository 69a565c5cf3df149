/// A title set off after a name by a comma: "Alikhan Smailov, Prime Minister of Kazakhstan,".
extension People {
  /// Letters of honours and seats written after a name, as written: "MP", "QC", "OBE".
  static let postnominals: Set<String> = [
    "MP", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "DBE", "GBE", "CMG", "KCMG", "GCMG", "AO", "AC", "MLA", "MEP",
    "MNA", "MSP", "TD",
  ]

  /// "Alikhan Smailov, Prime Minister of Kazakhstan," and "Ding Xuexiang, a member of ... and Vice Premier".
  static func appositives(_ a: inout SentenceAnalysis, lexicon: Lexicon) {
    let t = a.tokens
    var i = 0
    while i < t.count {
      var nameEnd = i
      let isDictPerson = a.span(at: i)?.kind == .person
      if isDictPerson, let s = a.span(at: i) {
        nameEnd = s.tokens.upperBound
      } else {
        // "Prince Khalid bin Turki, Minister of ...": the style is not part of the name
        if t[i].isCapitalized, a.cover[i] < 0, royalStyles.contains(t[i].lower) || honorifics.contains(t[i].lower) {
          let start = skipHonorifics(a, from: i)
          if start > i, start < t.count, a.cover[start] < 0 {
            i = start
            continue
          }
        }
        nameEnd = People.nameEnd(a, from: i)
      }
      // postnominal letters between the name and its comma: "Tom Reeves MP, Assistant Minister ..."
      var comma = nameEnd
      while comma < t.count, comma - nameEnd < 2, People.postnominals.contains(t[comma].text) { comma += 1 }
      guard nameEnd - i >= 2 || isDictPerson, comma + 1 < t.count, t[comma].text == "," else {
        i = max(i + 1, nameEnd)
        continue
      }
      if a.span(at: i)?.kind == .person && a.span(at: i)?.title != nil {
        i = nameEnd
        continue
      }
      // scan the appositive clause for a title
      var j = comma + 1
      var found: Int?
      while j < t.count && j - comma < 25 {
        let tk = t[j]
        if tk.text == "," || tk.text == "." || tk.text == ";" || tk.text == "(" { break }
        if let s = a.span(at: j), s.kind == .title {
          found = a.cover[j]
          break
        }
        if tk.isWord && !tk.isCapitalized
          && !["the", "a", "an", "of", "and", "member", "head", "chief", "for", "'s"].contains(
            tk.lower)
          // a lower-case modifier right before the title: "project director of ..."
          && !(j == comma + 1 && j + 1 < t.count && a.span(at: j + 1)?.kind == .title)
        {
          break
        }
        j += 1
      }
      // a title that already introduces the name after it ("..., US President Donald Trump
      // announced") is not an appositive of the words before the comma
      guard let ti = found, !a.spans[ti].attached, !nonPersonHeads.contains(t[nameEnd - 1].lower) else {
        i = nameEnd
        continue
      }
      var titleSpan = a.spans[ti]
      // extend the title like titled() does, without taking a name after it
      var lo = titleSpan.tokens.lowerBound
      while lo > 0 && t[lo - 1].isWord && titleModifiers.contains(t[lo - 1].lower) && a.cover[lo - 1] < 0 { lo -= 1 }
      var country: String?
      var organization: String?
      if lo > 0, let s = a.span(at: lo - 1), s.kind == .demonym || s.kind == .country {
        country = s.country ?? s.name
      } else if lo > 1, t[lo - 1].lower == "'s", let s = a.span(at: lo - 2), s.kind == .country {
        country = s.country ?? s.name  // "Rajesh Kumar, India's external affairs minister,"
      }
      var hi = titleSpan.tokens.upperBound
      if hi + 1 < t.count, t[hi].lower == "of" || t[hi].lower == "for" {
        // "a US Special Envoy for Yemen and Oman", "Envoy for Sudan": a country
        // right after "for" is the portfolio, and the demonym before the title says whose
        let stated = country != nil
        let portfolio = t[hi].lower == "for" ? hi + 1 : -1
        var k = hi + 1
        while k < t.count {
          if let s = a.span(at: k), s.kind != .person, s.kind != .title {
            // ("spokesman for Egypt's presidency" is Egypt's)
            let end = s.tokens.upperBound
            let possessed = end < t.count && (t[end].lower == "'s" || t[end].lower == "’s")
            if s.kind == .country || s.kind == .demonym, !stated, s.tokens.lowerBound != portfolio || possessed {
              country = s.country ?? s.name
            }
            if s.kind == .organization { organization = s.name }
            k = s.tokens.upperBound
            hi = k
            continue
          }
          if t[k].isWord && (t[k].isCapitalized || ["the", "and", "of", "'s"].contains(t[k].lower)) {
            k += 1
            if t[k - 1].isCapitalized { hi = k }
            continue
          }
          break
        }
      }
      titleSpan.tokens = lo..<a.titleEnd(lo..<hi)
      titleSpan.country = country
      titleSpan.organization = organization
      let existing = a.span(at: i).flatMap { $0.kind == .person ? $0 : nil }
      var person = Span(
        kind: .person, tokens: i..<nameEnd, name: existing?.name ?? "", country: country ?? existing?.country,
        rule: "name-appositive-title", confidence: 0.85)
      person.title = a.text(lo..<a.titleEnd(lo..<hi))
      person.organization = organization
      person.countryStated = country != nil
      titleSpan.attached = true
      a.add(titleSpan)
      a.add(person)

      i = hi
    }
  }
}
