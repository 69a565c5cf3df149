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
    var i = 0
    while i < lines.count {
      var j = i
      while j + 1 < lines.count, runsOn(u, LineSplitter.trim(u, lines[j]), LineSplitter.trim(u, lines[j + 1])) {
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
}
