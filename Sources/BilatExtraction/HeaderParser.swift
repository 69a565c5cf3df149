/// Reads page header lines ("Astana, Kazakhstan • 28 November, 2023 | 14:29", "Updated: November
/// 30, 2022") and wire datelines ("BEIJING, Nov. 29 (Xinhua) -- ", "ASTANA – ").
enum HeaderParser {
  static let metaWords: Set<String> = [
    "updated", "published", "posted", "modified", "date", "at", "on", "am", "pm", "gmt", "utc", "time", "last",
    "edited", "created",
    // a byline: "By JANE DOE | November 21, 2011" names the writer, not a city
    "by",
  ]

  /// The first date of a free string (used for front matter values in other formats).
  static func date(in s: String) -> CalendarDate? {
    let u = Array(s.utf16)
    let tokens = Tokenizer.tokenize(u, 0..<u.count)
    return DateFinder.find(in: tokens).first?.date(reference: nil)
  }

  /// A header line that is essentially a date (with maybe a city and a time).
  static func metaLine(_ line: String) -> (date: DateFinder.Match, city: String?)? {
    let u = Array(line.utf16)
    var tokens = Tokenizer.tokenize(u, 0..<u.count)
    // a header set in parentheses: "(Nay Pyi Taw, 24th August 2020)"
    if tokens.count > 2, tokens.first?.text == "(", tokens.last?.text == ")" {
      tokens = Array(tokens.dropFirst().dropLast())
    }
    guard tokens.count <= 24, let m = DateFinder.find(in: tokens).first else { return nil }
    var stray = 0
    for (i, t) in tokens.enumerated() where t.isWord && !m.tokens.contains(i) {
      if t.isCapitalized || metaWords.contains(t.lower) || DateFinder.months[t.lower] != nil { continue }
      stray += 1
    }
    guard stray <= 1 else { return nil }
    // "PTI | Dushanbe | Updated: ...": a wire's initials credited first, then the city
    if tokens.count > 2, tokens[0].isWord, tokens[0].isAllCaps, (2...5).contains(tokens[0].text.count),
      tokens[1].text == "|", !m.tokens.contains(0)
    {
      let rest = Array(tokens.dropFirst(2))
      return (m, DateFinder.find(in: rest).first.flatMap { leadingCity(rest, $0) })
    }
    var city = leadingCity(tokens, m) ?? bylineCity(tokens, m)
    // the city after the date: "November 21, 2005, Tokyo"
    if city == nil, m.tokens.lowerBound == 0, m.year != nil, m.tokens.upperBound + 1 < tokens.count,
      tokens[m.tokens.upperBound].text == ","
    {
      let rest = tokens[(m.tokens.upperBound + 1)...]
      if rest.count <= 3, rest.allSatisfy({ $0.isWord && $0.isCapitalized }),
        let w = rest.first, DateFinder.weekdays[w.lower] == nil, !metaWords.contains(w.lower)
      {
        city = titleCase(rest.map(\.text).joined(separator: " "))
      }
    }
    return (m, city)
  }

  /// The city of a byline, last before the bar that leads to its date: "A and B, The Jakarta Post,
  /// Jakarta | Thu, 01/15/2009" (one to three capitalized words after a comma).
  static func bylineCity(_ tokens: [Token], _ m: DateFinder.Match) -> String? {
    guard let bar = tokens[..<m.tokens.lowerBound].lastIndex(where: { ["|", "•", "·"].contains($0.text) }),
      bar >= 2,
      tokens[(bar + 1)..<m.tokens.lowerBound].allSatisfy({
        $0.text == "," || weekdayAbbreviations.contains($0.lower) || DateFinder.weekdays[$0.lower] != nil
      })
    else { return nil }
    var lo = bar
    while lo > 0, bar - lo < 3, tokens[lo - 1].isWord, tokens[lo - 1].isCapitalized { lo -= 1 }
    guard lo < bar, lo > 0, tokens[lo - 1].text == ",",
      !tokens[lo..<bar].contains(where: { metaWords.contains($0.lower) || isOutletWord($0.text) })
    else { return nil }
    return titleCase(tokens[lo..<bar].map(\.text).joined(separator: " "))
  }

  /// The city a header line starts with: capitalized words (up to three) before a separator
  /// ("Astana, ...", "Lima | ..."), when they are not a meta word, a month or a weekday.
  static func leadingCity(_ tokens: [Token], _ m: DateFinder.Match) -> String? {
    guard let first = tokens.first, first.isWord, first.isCapitalized, !m.tokens.contains(0),
      !metaWords.contains(first.lower), DateFinder.months[first.lower] == nil,
      DateFinder.weekdays[first.lower] == nil,  // "Wednesday, 30.01.2019." names no city
      !weekdayAbbreviations.contains(first.lower)  // "Wed, 03 Mar 2021"
    else { return nil }
    var parts: [String] = []
    var i = 0
    while i < tokens.count && tokens[i].isWord && tokens[i].isCapitalized && parts.count < 3 {
      parts.append(tokens[i].text)
      i += 1
    }
    guard i < tokens.count, [",", "•", "|", "·"].contains(tokens[i].text) else { return nil }
    return titleCase(parts.joined(separator: " "))
  }

  /// A wire dateline at the start of a paragraph: the city (empty for a release's date alone,
  /// "November 14, 2013 - ..."), its date if any and where the body starts.
  /// `agency` tells the wire form "City (AGENCY) – ...", an agency's parenthesis and a dash,
  /// which no caption or title line takes.
  static func dateline(_ u: [UInt16], _ r: Range<Int>)
    -> (city: String, date: DateFinder.Match?, bodyStart: Int, agency: Bool)?
  {
    let head = r.lowerBound..<min(r.upperBound, r.lowerBound + 120)
    let tokens = Tokenizer.tokenize(u, head)
    guard let first = tokens.first, first.isWord, first.isCapitalized else { return nil }
    var sep: Int?
    var depth = 0
    var hasParen = false
    // where the agency's parenthesis closes: "MOSCOW (Agency - 29th April, 2021) Russia and ..."
    var closed: Int?
    // tokens inside an agency's parenthesis do not count: "SUVA, (APP - Agency / Outlet - 29th
    // Mar, 2022 ) :Fiji and ..."
    var outside = 0
    for (i, t) in tokens.enumerated() {
      if depth == 0 {
        outside += 1
        if outside > 16 { break }
      }
      if t.text == "(" {
        depth += 1
        hasParen = true
        continue
      }
      if t.text == ")" {
        depth -= 1
        if depth == 0 && closed == nil { closed = i + 1 }
        continue
      }
      if depth > 0 { continue }
      // a dash ends the dateline, and so does a colon after the agency's parenthesis or a date
      // ("New Delhi, Dec 22 : India and ...")
      if t.isDash && i > 0
        || t.text == ":" && i > 0
          && (hasParen || DateFinder.find(in: Array(tokens.prefix(i))).first != nil
            || HeaderParser.isCapsCity(tokens[..<i]) || HeaderParser.isSpacedColon(tokens, at: i))
      {
        sep = i
        break
      }
      if t.isWord && !t.isCapitalized && DateFinder.months[t.lower] == nil { break }
      if t.kind == .punctuation && t.text != "," && t.text != "." { break }
    }
    // "TASHKENT, 22 December 2022. President ..." : an all-caps city and a date ending in a period;
    // without a year only right after the city and its country ("ASHGABAT, Turkmenistan, June 25.")
    if sep == nil, first.isAllCaps, let d = DateFinder.find(in: Array(tokens.prefix(12))).first,
      d.tokens.upperBound < tokens.count, tokens[d.tokens.upperBound].text == ".",
      d.year != nil
        || d.tokens.lowerBound <= 5 && tokens[..<d.tokens.lowerBound].allSatisfy({ $0.isCapitalized || $0.text == "," })
    {
      sep = d.tokens.upperBound
    }
    // "MOSCOW (Agency - 29th April, 2021) Russia ...", "New Delhi, Oct 17 (Agency) India ...": the
    // closing parenthesis of an agency after the city (and a date) ends the dateline
    if sep == nil, let c = closed, c < tokens.count, tokens[c].isWord, tokens[c].isCapitalized,
      first.isAllCaps || DateFinder.find(in: Array(tokens.prefix(c))).first != nil
    {
      sep = c - 1
    }
    // "ASTANA. KAZINFORM – ...": an all-caps city, a period and the agency's all-caps name
    if sep == nil, first.isAllCaps, tokens.count > 3, tokens[1].text == ".", tokens[2].isWord,
      tokens[2].isAllCaps, tokens[2].text.count >= 3
    {
      sep = tokens[3].isDash ? 3 : 2
    }
    guard let s = sep else { return nil }
    // "May 7, 2024 - The minister arrived ...": a release's date and a dash, no city
    if tokens[s].isDash, let d = DateFinder.find(in: Array(tokens[..<s])).first, d.tokens == 0..<s, d.year != nil {
      return ("", d, tokens[s].end, false)
    }
    var cityParts: [String] = []
    var allCaps = true
    var i = 0
    while i < s {
      let t = tokens[i]
      guard t.isWord, t.kind == .word, DateFinder.months[t.lower] == nil, DateFinder.weekdays[t.lower] == nil else {
        // "State House, Lusaka, Zambia, ...": a venue first, then its city
        if t.text == ",", let last = cityParts.last, Patterns.venueHeads.contains(last.lowercased()) {
          cityParts = []
          allCaps = true
          i += 1
          continue
        }
        break
      }
      cityParts.append(t.text)
      if !t.isAllCaps { allCaps = false }
      i += 1
    }
    guard !cityParts.isEmpty, cityParts.count <= 3, !cityParts.contains(where: isOutletWord) else { return nil }
    var date = DateFinder.find(in: Array(tokens[..<s])).first
    var bodyStart = tokens[s].end
    // "Accra, Ghana – (May 3, 2021) The minister ...": a release's date right after the dash
    if date == nil, tokens[s].isDash, let (d, end) = dateAfterSeparator(tokens, s) {
      date = d
      bodyStart = end
    }
    // "Tashkent, MINA – ...": the agency's name in capitals after the city's comma, then the dash
    let agencyAfter =
      i < s && tokens[i].text == "," && s - i - 1 >= 1 && s - i - 1 <= 2 && tokens[s].isDash
      && tokens[(i + 1)..<s].allSatisfy { $0.isWord && $0.isAllCaps && $0.text.count >= 3 }
    guard allCaps || date != nil || hasParen || agencyAfter || isSpacedColon(tokens, at: s) else { return nil }
    let agency = hasParen && tokens[s].isDash && i < s && tokens[i].text == "("
    return (titleCase(cityParts.joined(separator: " ")), date, bodyStart, agency)
  }

  /// A full date (with its year) right after the dash at `s`, in parentheses or not, and where
  /// the text after it begins.
  static func dateAfterSeparator(_ tokens: [Token], _ s: Int) -> (DateFinder.Match, Int)? {
    var k = s + 1
    let paren = k < tokens.count && tokens[k].text == "("
    if paren { k += 1 }
    guard k < tokens.count else { return nil }
    let rest = Array(tokens[k..<min(tokens.count, k + 6)])
    guard let d = DateFinder.find(in: rest).first, d.tokens.lowerBound == 0, d.year != nil else { return nil }
    var e = k + d.tokens.upperBound
    if paren {
      guard e < tokens.count, tokens[e].text == ")" else { return nil }
      e += 1
    } else if e < tokens.count, tokens[e].isDash {
      e += 1  // "Oslo, Norway - 3 March 2021 - The minister ...": the date's own dash
    }
    return (d, tokens[e - 1].end)
  }

  /// The place a short line names alone: "Lusaka", "Lima.", "Oslo, Norway", "ZNA Lusaka
  /// (Zambia)" give the capitalized words before a comma or a parenthesis (one to four); nil for
  /// any other line.
  static func placeLine(_ u: [UInt16], _ r: Range<Int>) -> String? {
    let tokens = Tokenizer.tokenize(u, r)
    guard let first = tokens.first, first.isWord, first.isCapitalized, tokens.count <= 18 else { return nil }
    var end = tokens.last?.text == "." ? tokens.count - 1 : tokens.count
    // "Benghazi (Libya), August 30, 2008", "Suva, Fiji, 12 March 2019": a date line's place
    if let d = DateFinder.find(in: Array(tokens[..<end])).last, d.tokens.upperBound == end, d.tokens.lowerBound > 0 {
      end = d.tokens.lowerBound
      if tokens[end - 1].text == "," { end -= 1 }
    }
    guard end > 0, end <= 10 else { return nil }
    var i = 0
    while i < end, tokens[i].isWord, tokens[i].isCapitalized { i += 1 }
    guard (1...4).contains(i) else { return nil }
    if i < end {
      // only the country after it: ", Japan", "(Ghana)"
      let rest = tokens[(i + 1)..<end]
      let closed = tokens[i].text == "(" && rest.last?.text == ")"
      let words = closed ? rest.dropLast() : rest
      guard tokens[i].text == "," || closed, (1...3).contains(words.count),
        words.allSatisfy({ $0.isWord && $0.isCapitalized })
      else { return nil }
    }
    return UTF16Text.string(u, tokens[0].start..<tokens[i - 1].end)
  }

  /// Abbreviated weekdays, which begin header lines ("Wed, 03 Mar 2021") and name no city.
  static let weekdayAbbreviations: Set<String> = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]
  /// Words of an outlet's name, which a wire sets where a dateline's city stands
  /// ("NORDIC-NEWS. March 3, 2021."): such a dateline names no city.
  static let outletWords: Set<String> = ["news", "press", "agency", "wire", "media", "info", "daily", "times"]

  /// Whether a dateline word is, or ends in, an outlet's word ("NORDIC-NEWS", "Daily").
  static func isOutletWord(_ word: String) -> Bool {
    let last = word.split(whereSeparator: { $0 == "-" }).last.map { $0.lowercased() } ?? ""
    return outletWords.contains(last)
  }

  /// Labels set in capitals before a colon that name no city: "UPDATE: ...", "BREAKING: ...".
  static let capsLabels: Set<String> = [
    "update", "updated", "breaking", "note", "exclusive", "watch", "video", "photos", "analysis", "opinion",
    "editorial", "comment", "interview", "factbox", "explainer", "live", "urgent", "flash", "correction",
  ]

  /// "Washington : As the ...": one to three capitalized words, a colon set apart by spaces and a
  /// capitalized word, as some agencies write a dateline (a label takes its colon right after it).
  static func isSpacedColon(_ tokens: [Token], at i: Int) -> Bool {
    guard i >= 1, i <= 3, i + 1 < tokens.count, tokens[i].text == ":", tokens[i].start > tokens[i - 1].end,
      tokens[i + 1].start > tokens[i].end, tokens[i + 1].isCapitalized
    else { return false }
    return tokens[..<i].allSatisfy { $0.isWord && $0.isCapitalized }
  }

  /// "ASHGABAT: ...": one to three words in capitals before a colon, which name no label.
  static func isCapsCity(_ words: ArraySlice<Token>) -> Bool {
    (1...3).contains(words.count) && words.allSatisfy { $0.isWord && $0.isAllCaps && $0.text.count >= 2 }
      && !words.contains { capsLabels.contains($0.lower) }
  }

  /// A leading "date YYYY-MM-DD" stamp, as stored copies of pages carry: its date and the rest
  /// of the line (trimmed, maybe empty).
  static func dateStamp(_ u: [UInt16], _ r: Range<Int>) -> (date: CalendarDate, rest: Range<Int>)? {
    let prefix: [UInt16] = Array("date ".utf16)
    guard r.count >= prefix.count + 10, u[r.lowerBound] == prefix[0],
      u[r.lowerBound..<(r.lowerBound + prefix.count)].elementsEqual(prefix)
    else { return nil }
    let start = r.lowerBound + prefix.count
    guard let date = CalendarDate(iso: UTF16Text.string(u, start..<(start + 10))) else { return nil }
    let end = start + 10
    guard end == r.upperBound || TextClass.isSpace(u[end]) else { return nil }
    return (date, LineSplitter.trim(u, end..<r.upperBound))
  }

  /// "NUR-SULTAN" → "Nur-Sultan"; mixed-case input is kept.
  static func titleCase(_ s: String) -> String {
    guard s == s.uppercased() else { return s }
    var out = ""
    var startOfWord = true
    for ch in s {
      out += startOfWord ? String(ch) : ch.lowercased()
      startOfWord = !(ch.isLetter)
    }
    return out
  }
}
