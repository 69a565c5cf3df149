/// A second document told by "another" after the first: "signed an agreement on customs
/// assistance and another on combating customs crimes". News names a pair of documents this way;
/// the second is of the first one's kind ("agreement on combating customs crimes"). Subjects may
/// be quoted titles: "an agreement on “...”".
extension Patterns {
  /// The index of the closing quote of a quoted subject opening at `open`, when it closes within
  /// the sentence after at least one word and at most 40 tokens.
  static func quotedSubjectEnd(_ t: [Token], open: Int) -> Int? {
    guard open < t.count, openingQuotes.contains(t[open].text) else { return nil }
    var k = open + 1
    while k < t.count, k - open <= 40 {
      if closingQuotes.contains(t[k].text) { return k > open + 1 ? k : nil }
      k += 1
    }
    return nil
  }

  /// The index of the link word when "another" and a link follow at `k`: "another on", "another
  /// between".
  static func anotherDocumentLink(_ t: [Token], at k: Int) -> Int? {
    guard k + 1 < t.count, t[k].lower == "another",
      ["on", "for", "between", "about", "regarding"].contains(t[k + 1].lower)
    else { return nil }
    return k + 1
  }

  /// The document "and another on Y" names right after a document of kind `head` ending at
  /// `end`, if the text goes on that way.
  static func anotherDocument(_ a: SentenceAnalysis, head: String, at end: Int) -> Span? {
    let t = a.tokens
    guard end < t.count, t[end].lower == "and", let link = anotherDocumentLink(t, at: end + 1) else { return nil }
    let start = link + 1
    var subject: Range<Int>
    var last: Int
    if let close = quotedSubjectEnd(t, open: start) {
      subject = (start + 1)..<close
      last = close + 1
    } else {
      var k = start
      while k < t.count, k - start < 20, !(t[k].kind == .punctuation && !t[k].isDash),
        !stopAfterNP.contains(t[k].lower) || k == start, !startsTime(t, at: k)
      {
        k += 1
      }
      while k > start, ["the", "and", "of", "on", "in", "for", "a"].contains(t[k - 1].lower) { k -= 1 }
      subject = start..<k
      last = k
    }
    guard !subject.isEmpty, isDistributedSubject(a, subject) else { return nil }
    let name = "\(head) \(t[link].lower) \(a.cleanText(subject))"
    return Span(kind: .agreement, tokens: (end + 1)..<last, name: name, rule: "agreement-another", confidence: 0.7)
  }
}
