/// Lead paragraphs and attributions. Copied pages often end the lead with the outlet's credit
/// ("..., Kazinform reports." or, cut off by the copy, "..., QazMonitor reports citing"); a line
/// cut like that is still the article's first paragraph, not clutter.
extension LineClassifier {
  /// Verbs with which an outlet credits itself or its source at the end of a paragraph.
  static let reportVerbs: Set<String> = [
    "reports", "reported", "writes", "wrote", "informs", "relays",
  ]
  /// Words that follow a report verb when the copy cut the attribution short.
  static let citingWords: Set<String> = ["citing", "quoting", "with", "from", "via"]

  /// Last words of a line that may end an attribution; any other line is passed over untokenized.
  static let attributionEndings: Set<String> = reportVerbs.union(citingWords).union(["to", "the", "a"])

  /// The last word of the line, lowercased (ASCII letters only: the attribution words are).
  static func lastWord(_ u: [UInt16], _ r: Range<Int>) -> String {
    var end = r.upperBound
    while end > r.lowerBound && !TextClass.isLetter(u[end - 1]) { end -= 1 }
    var start = end
    while start > r.lowerBound && end - start < 12 && TextClass.isLetter(u[start - 1]) { start -= 1 }
    return String(
      decoding: u[start..<end].map { UInt8(truncatingIfNeeded: LineClassifier.lowerASCII($0)) }, as: UTF8.self)
  }

  /// The paragraph without a trailing outlet attribution (", Outlet reports." or a cut one),
  /// and the outlet it names, if the line ends with one.
  static func cutAttribution(_ u: [UInt16], _ r: Range<Int>) -> (body: Range<Int>, outlet: String?)? {
    guard attributionEndings.contains(lastWord(u, r)) else { return nil }
    let tail = max(r.lowerBound, r.upperBound - 120)
    var t = Tokenizer.tokenize(u, tail..<r.upperBound)
    while let last = t.last, !last.isWord, last.kind != .number { t.removeLast() }
    var k = t.count
    if k > 0 && (t[k - 1].lower == "the" || t[k - 1].lower == "a") { k -= 1 }
    var outlet: String?
    if k >= 2 && t[k - 2].lower == "according" && t[k - 1].lower == "to" {
      k -= 2  // "..., according to" with its source cut off
    } else {
      if k > 0 && citingWords.contains(t[k - 1].lower) {
        k -= 1
        if k > 0 && t[k - 1].text == "," { k -= 1 }  // "..., Outlet reported, citing"
      }
      guard k > 0, reportVerbs.contains(t[k - 1].lower) else { return nil }
      k -= 1
      var o = k
      while o > 0 && k - o < 4 && t[o - 1].isWord && t[o - 1].isCapitalized { o -= 1 }
      guard o < k else { return nil }
      outlet = UTF16Text.string(u, t[o].start..<t[k - 1].end)
      k = o
    }
    guard k > 1, t[k - 1].text == "," else { return nil }
    let body = LineSplitter.trim(u, r.lowerBound..<t[k - 1].start)
    guard !body.isEmpty else { return nil }
    return (body, outlet)
  }

  /// A long line without final punctuation that is nevertheless a paragraph: it ends in a cut
  /// attribution ("..., QazMonitor reports citing", "..., according to"), or it holds complete
  /// sentences and only its last one was cut. Headlines, menus and link titles do neither.
  static func leadParagraph(_ u: [UInt16], _ r: Range<Int>, words: Int) -> (body: Range<Int>, outlet: String?)? {
    guard words >= 10 else { return nil }
    if let cut = cutAttribution(u, r) { return cut }
    guard words >= 14 else { return nil }
    let sentences = SentenceSplitter.split(u, r)
    guard sentences.count >= 2, let first = sentences.first, endsLikeSentence(u, first),
      wordCount(u, first) >= 6
    else { return nil }
    return (r, nil)
  }

  /// The last line of a copy cut off in mid-sentence ("The two ministers stressed the need to
  /// develop the Trans-Caspian route (TI"): a sentence start and a third of its words or more in
  /// lower case, with lower-case words other than connectors (a verb, an adverb), unlike a
  /// footer, a sign-off ("Press Service of the Ministry of Foreign Affairs"), a menu or a title-case
  /// headline. Returns the line without a parenthesis the cut left open.
  static func cutFinalSentence(_ u: [UInt16], _ r: Range<Int>, words: Int) -> Range<Int>? {
    // a numbered paragraph ("3. Both sides agreed ...") starts after its number
    let first = numberedParagraphStart(u, r)
    guard words >= 8, TextClass.isUpper(u[first]) || u[first] == 0x22 || u[first] == 0x201C
    else { return nil }
    var end = r.upperBound
    for i in r {
      let c = u[i]
      if c == 0x7C || c == 0x2022 { return nil }  // "|" and "•" separate menu items
      if c == 0x28 { end = i } else if c == 0x29 { end = r.upperBound }
    }
    let tokens = Tokenizer.tokenize(u, r).filter(\.isWord)
    let lower = tokens.filter { !$0.isCapitalized }
    let content = lower.filter { !connectors.contains($0.lower) }
    guard content.count >= 2, lower.count * 3 >= tokens.count else { return nil }
    let body = LineSplitter.trim(u, r.lowerBound..<end)
    return wordCount(u, body) >= 8 ? body : nil
  }

  /// Where the text of a numbered paragraph begins: after "3. ", "3) " or "(3) " at the start of
  /// the line; the line's start when it has no such number.
  static func numberedParagraphStart(_ u: [UInt16], _ r: Range<Int>) -> Int {
    let open = u[r.lowerBound] == 0x28
    let digits = open ? r.lowerBound + 1 : r.lowerBound
    var i = digits
    while i < r.upperBound, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
    guard i > digits, i - digits <= 3, i + 1 < r.upperBound, u[i + 1] == 0x20,
      open ? u[i] == 0x29 : (u[i] == 0x2E || u[i] == 0x29)
    else { return r.lowerBound }
    var j = i + 1
    while j < r.upperBound, u[j] == 0x20 { j += 1 }
    return j < r.upperBound ? j : r.lowerBound
  }

  /// Whether line `r` stops inside a sentence that goes on: at a comma, or before a line that
  /// reads as the rest of it (`next` starts in lower case, or is a few words that end the
  /// sentence: "Prime Minister.").
  static func brokenParagraph(_ u: [UInt16], _ r: Range<Int>, next: Range<Int>?) -> Bool {
    if u[r.upperBound - 1] == 0x2C { return true }
    guard let next, let first = next.first else { return false }
    if u[first] >= 0x61 && u[first] <= 0x7A { return true }
    return wordCount(u, next) <= 6 && endsLikeSentence(u, next) && u[next.upperBound - 1] != 0x3A
  }

  /// Lower-case words that also join the words of names and titles.
  static let connectors: Set<String> = ["of", "and", "the", "for", "in", "on", "to", "a", "an", "at", "by", "de"]
}
