/// Splits body paragraphs into sentences, respecting abbreviations ("Nov.", "Mr.", "U.S.",
/// "No.") and initials, with UTF-16 ranges into the article text. Sentences that run together
/// without a space ("...in 2017.They agreed...", as scraped pages often have) are split too,
/// but not decimals ("2.5"), initials ("U.S."), domains ("Kazinform.kz") or times ("5 p.m.").
public enum SentenceSplitter {
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "st", "mt", "no", "nos", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "jr", "sr",
    "vs", "approx", "est", "dept", "govt", "e.g", "i.e", "art", "para", "vol", "fig", "pp", "sq", "km", "ca",
    "u.s", "u.n", "u.k", "e.u", "p.m", "a.m", "rep", "sen", "gov", "pres", "min", "bln", "mln", "mn", "bn",
    // styles and ranks before a name: "the Rt Hon. Paul Martin", "Amb. Ali Khan", "Maj. Gen. X"
    "hon", "amb", "adm", "maj", "brig",
    // abbreviated given names and styles: "Md. Shahriar Alam", "Mohd. Nasir", "Engr. Ali", "Eng. Saad",
    // "Smt. Rao"
    "md", "mohd", "muhd", "engr", "eng", "smt", "mme", "alh",
  ]

  /// Sentences of every body paragraph of `article`, numbered from 0.
  public static func sentences(of article: Article) -> [Sentence] {
    var out: [Sentence] = []
    for p in article.paragraphs {
      for r in split(article.units, p) {
        out.append(Sentence(index: out.count, range: r, text: article.slice(r)))
      }
    }
    return out
  }

  /// Sentence ranges within `range` of `u`, trimmed of surrounding white space.
  public static func split(_ u: [UInt16], _ range: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = range.lowerBound
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let c = u[i]
      if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026 {
        var j = i + 1
        while j < end && (u[j] == 0x2E || u[j] == 0x21 || u[j] == 0x3F) { j += 1 }
        while j < end && isCloser(u[j]) { j += 1 }
        if j >= end {
          break
        }
        guard TextClass.isSpace(u[j]) else {
          if runsTogether(u, range.lowerBound, mark: i, next: j, end: end) {
            let r = LineSplitter.trim(u, start..<j)
            if !r.isEmpty { out.append(r) }
            start = j
          }
          i = j
          continue
        }
        var k = j
        while k < end && TextClass.isSpace(u[k]) { k += 1 }
        if k < end && startsSentence(u[k]) && !(c == 0x2E && isAbbreviation(u, range.lowerBound, i, next: u[k]))
          && !(c == 0x2E && isListNumber(u, start, i))
        {
          let r = LineSplitter.trim(u, start..<j)
          if !r.isEmpty { out.append(r) }
          start = k
          i = k
          continue
        }
        i = j
        continue
      }
      i += 1
    }
    let r = LineSplitter.trim(u, start..<end)
    if !r.isEmpty { out.append(r) }
    return out
  }

  /// Whether the sentence mark at `mark` ends a sentence although the next one starts right at
  /// `next`, with no space: the next word is capitalized and goes on in lower case ("They"),
  /// and the word before the mark is a number or a word of two or more letters that is neither
  /// an abbreviation nor part of a dotted chain ("U.S", "p.m", "2.5", "Kazinform.kz").
  static func runsTogether(_ u: [UInt16], _ lower: Int, mark: Int, next: Int, end: Int) -> Bool {
    guard next + 1 < end, TextClass.isUpper(u[next]) else { return false }
    let nextWord =
      TextClass.isLetter(u[next + 1]) && !TextClass.isUpper(u[next + 1])
      // the one-letter words that start sentences: "A second round...", "I think..."
      || (u[next] == 0x41 || u[next] == 0x49) && TextClass.isSpace(u[next + 1])
    guard nextWord else { return false }
    var s = mark
    while s > lower && TextClass.isWordUnit(u[s - 1]) { s -= 1 }
    guard s < mark else { return false }
    if s > lower {
      let before = u[s - 1]
      // a dotted chain, an address or a path: "U.S.", "5.Mr", "site.kz/News", "@Mail"
      if before == 0x2E || before == 0x2F || before == 0x40 || before == 0x5C || before == 0x3A { return false }
    }
    if TextClass.isDigit(u[mark - 1]) { return true }
    guard mark - s >= 2 else { return false }  // an initial: "J.Smith"
    return u[mark] != 0x2E || !abbreviations.contains(UTF16Text.string(u, s..<mark).lowercased())
  }

  /// Whether `u[start..<dot]` is only a list item's number ("1." before "Agreement on ..."):
  /// the number opens its item, it is no sentence of its own.
  static func isListNumber(_ u: [UInt16], _ start: Int, _ dot: Int) -> Bool {
    (1...2).contains(dot - start) && u[start..<dot].allSatisfy(TextClass.isDigit)
  }

  @inline(__always) static func isCloser(_ c: UInt16) -> Bool {
    c == 0x22 || c == 0x27 || c == 0x201D || c == 0x2019 || c == 0x29 || c == 0x5D || c == 0xBB
  }

  static func startsSentence(_ c: UInt16) -> Bool {
    TextClass.isUpper(c) || TextClass.isDigit(c) || c == 0x22 || c == 0x201C || c == 0x2018 || c == 0x28
      || c == 0xAB || c == 0x27 || c == 0x2014 || c == 0x2013
  }

  /// Whether the word before the period at `dot` is an abbreviation or an initial.
  static func isAbbreviation(_ u: [UInt16], _ lower: Int, _ dot: Int, next: UInt16) -> Bool {
    var s = dot
    while s > lower && (TextClass.isLetter(u[s - 1]) || u[s - 1] == 0x2E) { s -= 1 }
    let word = UTF16Text.string(u, s..<dot)
    if word.isEmpty { return false }
    if word.count == 1 && TextClass.isUpper(u[s]) { return true }  // initial: "J. Smith"
    let lw = word.lowercased()
    if abbreviations.contains(lw) {
      // "Nov." before a capitalized word can still end a sentence only for month names
      // without a following number; keep them joined: datelines and dates dominate.
      return true
    }
    // Acronyms with periods (U.S., U.N.) followed by a capitalized word are usually titles.
    if word.contains(".") && word.count <= 5 { return true }
    return false
  }
}
