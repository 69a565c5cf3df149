/// Ministries named in lower case after their owner: "India's foreign ministry", "the German
/// economy ministry".
extension Patterns {
  /// Words that cannot be a ministry's portfolio: determiners and words that describe rather than
  /// name ("the new ministry", "its own ministry").
  static let ministryKindStops: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "own", "new", "relevant", "respective", "said", "that", "this",
    "whose", "which", "and", "or", "of",
  ]

  /// A lower-case ministry with one or two portfolio words, owned by a country or capital
  /// ("Japan's foreign ministry", "Seoul's foreign ministry") or a demonym ("the German economy
  /// ministry"): an Organization of that country, named with its owner. The owner stays a span of
  /// its own (the country is still mentioned), so the organization covers only the kind words.
  static func ownedMinistries(_ a: inout SentenceAnalysis, lexicon: Lexicon) {
    let t = a.tokens
    // the word-class bit first: most tokens are skipped without a string comparison
    for i in t.indices
    where t[i].has(WordClass.orgHead) && t[i].lower == "ministry" && !t[i].isCapitalized
      && a.cover[i] < 0
    {
      var k = i
      while k > 0 && i - k < 2 && t[k - 1].isWord && !t[k - 1].isCapitalized && t[k - 1].lower != "'s"
        && !ministryKindStops.contains(t[k - 1].lower) && !stopAfterNP.contains(t[k - 1].lower)
        && a.span(at: k - 1).map({ $0.kind == .sector }) ?? true
      {
        k -= 1
      }
      guard k < i, k > 0 else { continue }
      var owner: Span?
      var ownerCountry: String?
      if t[k - 1].lower == "'s", k >= 2, let s = a.span(at: k - 2), s.tokens.upperBound == k - 1,
        s.kind == .country || s.kind == .city
      {
        owner = s
        ownerCountry = s.kind == .country ? s.name : s.country ?? lexicon.countryOf[s.name]
      } else if let s = a.span(at: k - 1), s.kind == .demonym, s.tokens.upperBound == k {
        owner = s
        ownerCountry = s.country
      }
      guard let o = owner else { continue }
      let name = a.text(o.tokens.lowerBound..<i + 1)
      a.add(
        Span(
          kind: .organization, tokens: k..<(i + 1), name: name, country: ownerCountry, rule: "org-owned-ministry",
          confidence: 0.7))
    }
  }
}
