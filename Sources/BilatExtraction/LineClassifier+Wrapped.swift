/// Hard-wrapped paragraphs: mailing-list and wire copies break a paragraph into lines of about
/// seventy characters ("... signed between the Ministry\nof Justice of Kyrgyzstan and ..."). Read
/// line by line, the broken lines look like headlines or clutter and their names are lost; joined,
/// they are the paragraph they were.
extension LineClassifier {
  /// Words that never end a sentence: a line that ends in one runs on in the next line.
  static let runOnWords: Set<String> = [
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "with", "between", "by", "for", "from", "its", "his",
    "her", "their", "as", "that", "which", "who", "was", "were", "is", "are", "has", "have", "had", "will", "said",
    "into", "over", "under", "after", "before", "during", "about", "also", "both", "two", "this", "these",
  ]

  /// The lines, with each hard-wrapped paragraph's lines joined into one range (the line breaks
  /// inside it are white space to the tokenizer).
  static func joinWrapped(_ u: [UInt16], _ lines: [Range<Int>]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    let trimmed = lines.map { LineSplitter.trim(u, $0) }
    let width = wrapWidth(u, trimmed)
    var i = 0
    while i < lines.count {
      var j = i
      while j + 1 < lines.count,
        runsOn(u, trimmed[j], trimmed[j + 1])
          || width.map({ fillsWidth(u, trimmed[j], trimmed[j + 1], after: trimmed[(j + 2)...].first, width: $0) })
            == true
      {
        j += 1
      }
      out.append(j > i ? lines[i].lowerBound..<lines[j].upperBound : lines[i])
      i = j + 1
    }
    return out
  }

  /// Whether line `a` (a long one, not ending like a sentence) runs on in line `b`: `b` goes on in
  /// lower case, or `a` ends in a comma or a word that never ends a sentence and `b` is long or
  /// ends a sentence.
  static func runsOn(_ u: [UInt16], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
    guard a.count >= 30, !b.isEmpty, wordCount(u, a) >= 5, !endsLikeSentence(u, a), !startsWithBullet(u, b),
      u[b.lowerBound] != 0x23
    else { return false }
    let last = u[a.upperBound - 1]
    let first = u[b.lowerBound]
    let isLower = { (c: UInt16) in c >= 0x61 && c <= 0x7A }
    if isLower(first), isLower(last) || last == 0x2C { return true }
    // a capitalized line after a cut-off lead may be a page's clutter ("Related news"): a
    // paragraph's next line is long or ends its sentence
    guard wordCount(u, b) >= 4 || endsLikeSentence(u, b) else { return false }
    if last == 0x2C { return true }
    guard isLower(last) else { return false }
    var k = a.upperBound
    while k > a.lowerBound, TextClass.isWordUnit(u[k - 1]) { k -= 1 }
    return runOnWords.contains(UTF16Text.string(u, k..<a.upperBound).lowercased())
  }

  /// The width a hard-wrapped copy was broken at, or nil when its lines are paragraphs: most
  /// lines of five words or more end in mid-sentence and none is much longer than a terminal
  /// line. The width is the length most full lines reach (the 80th percentile), so that one
  /// longer header line does not set it.
  static func wrapWidth(_ u: [UInt16], _ lines: [Range<Int>]) -> Int? {
    let long = lines.filter { wordCount(u, $0) >= 5 }
    guard long.count >= 6, let widest = long.map(\.count).max(), widest <= 100 else { return nil }
    let open = long.filter { !endsLikeSentence(u, $0) }.count
    guard open * 2 >= long.count else { return nil }
    let lengths = long.map(\.count).sorted()
    return lengths[lengths.count * 4 / 5]
  }

  /// Whether line `a` of a copy wrapped at `width` was broken because the first word of `b`
  /// did not fit: "... near the capital" / "Ulaanbaatar." and "... President" / "Batbold
  /// Ganzorig ...", a break before a capital that ``runsOn(_:_:_:)`` cannot tell from a
  /// headline. `b` then ends the sentence or is full itself (a headline above a dated line is
  /// neither).
  static func fillsWidth(_ u: [UInt16], _ a: Range<Int>, _ b: Range<Int>, after c: Range<Int>?, width: Int) -> Bool {
    guard !a.isEmpty, !b.isEmpty, !endsLikeSentence(u, a), !startsWithBullet(u, b), u[b.lowerBound] != 0x23,
      isFull(u, a, before: b, width: width)
    else { return false }
    return endsLikeSentence(u, b) || c.map { isFull(u, b, before: $0, width: width) } == true
  }

  /// Whether line `a` and the first word of the next line `b` would not fit in `width`, less an
  /// eighth: a copy set in a proportional font and justified breaks its lines at widths that
  /// vary by several characters ("... by H.E President" / "Tomas IBARRA, ...").
  static func isFull(_ u: [UInt16], _ a: Range<Int>, before b: Range<Int>, width: Int) -> Bool {
    guard !b.isEmpty else { return false }
    var k = b.lowerBound
    while k < b.upperBound, !TextClass.isSpace(u[k]) { k += 1 }
    return a.count + 1 + (k - b.lowerBound) > width - width / 8
  }
}
