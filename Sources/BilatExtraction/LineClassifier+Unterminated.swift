/// Lines that end without a sentence's end: what of them is body text.
extension LineClassifier {
  /// The body of a line `r` of `words` words that ends without a sentence's end, if it has one:
  /// the read part of the copy's cut last sentence (`last`, after body text), or of a paragraph
  /// broken in mid-sentence by a hard line break before `next` ("... since becoming" / "Prime
  /// Minister."), of a lead that lost its final period after a dateline ("CITY, April 18 - X met
  /// Y in Z"), or of a long line that stops at a comma.
  static func unterminatedBody(
    _ u: [UInt16], _ r: Range<Int>, words: Int, last: Bool, sawBody: Bool, next: () -> Range<Int>?
  ) -> Range<Int>? {
    if sawBody, last, let cut = cutFinalSentence(u, r, words: words) { return cut }
    guard words >= 15, brokenParagraph(u, r, next: next()) || !sawBody && HeaderParser.dateline(u, r) != nil else {
      return nil
    }
    return cutFinalSentence(u, r, words: words)
  }

  /// Whether the line ends a sentence, past closing quotes and brackets, bullets and the bar a
  /// scraped table cell leaves after its text ("... Mbeki said. |").
  static func endsLikeSentence(_ u: [UInt16], _ r: Range<Int>) -> Bool {
    var i = r.upperBound - 1
    while i >= r.lowerBound {
      let c = u[i]
      if c == 0x22 || c == 0x27 || c == 0x201D || c == 0x2019 || c == 0x29 || c == 0xBB || TextClass.isSpace(c)
        || (c >= 0x25A0 && c <= 0x25FF) || c == 0x2A || c == 0x23 || c == 0x7C
      {
        i -= 1
        continue
      }
      return c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026 || c == 0x3A || c == 0x3B
    }
    return false
  }
}
