/// A line before the body that could be the page's headline.
struct HeadlineCandidate {
  var range: Range<Int>
  /// Navigation lines (menus, breadcrumbs, social buttons) seen before it.
  var navigationBefore: Int
}

/// Choosing the headline among the title-like lines above the body. A page's top has several:
/// the site's slogan, its name, section titles, the headline. The headline is the one that
/// repeats the body's words (names, places, the topic), and it stands below the site's
/// navigation, next to the body; a slogan or tagline stands above the menus and names none of
/// the article's words.
extension LineClassifier {
  /// Words too common to tell a headline from a slogan.
  static let headlineStopWords: Set<String> = [
    "the", "and", "for", "with", "from", "that", "this", "its", "are", "was", "were", "has", "have", "will", "into",
    "about", "over", "new", "news", "our", "your", "all", "more", "most", "latest", "today", "daily", "world",
  ]

  /// The chosen headline's range, or nil when there is no candidate or the title is known already.
  static func headline(_ candidates: [HeadlineCandidate], navigationLines: Int, article: Article) -> Range<Int>? {
    guard article.title == nil, !candidates.isEmpty else { return nil }
    if candidates.count == 1 { return candidates[0].range }
    let bodyWords = contentWords(article.units, article.paragraphs.prefix(4))
    var best: (range: Range<Int>, score: Int)?
    for candidate in candidates {
      var score = 0
      for word in contentWords(article.units, [candidate.range]) where bodyWords.contains(word) { score += 2 }
      // below every navigation line that precedes the body: where a page puts its headline
      if candidate.navigationBefore == navigationLines && navigationLines > 0 { score += 2 }
      // a later candidate wins ties: it is nearer the body
      if best == nil || score >= best?.score ?? 0 { best = (candidate.range, score) }
    }
    return best?.range
  }

  /// Lowercased words of three or more letters, without the most common function words.
  static func contentWords<C: Collection>(_ u: [UInt16], _ ranges: C) -> Set<String> where C.Element == Range<Int> {
    var words: Set<String> = []
    for r in ranges {
      for t in Tokenizer.tokenize(u, r) where t.isWord && t.lower.count >= 3 && !headlineStopWords.contains(t.lower) {
        words.insert(t.lower)
      }
    }
    return words
  }
}
