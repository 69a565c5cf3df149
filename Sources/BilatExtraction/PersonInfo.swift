/// A person known in the article so far.
struct PersonInfo {
  var entity: Int
  var name: String
  var words: [String]
  /// The folded first word of the name as the article first wrote it, which differs from `words`
  /// for a dictionary's other spelling ("mohammed" for "Muhammad bin Salman ...").
  var writtenFirst: String? = nil
  var title: String?
  var country: String?
  var lastSentence: Int
}

extension PersonInfo {
  /// Articles written joined to a surname by a hyphen ("al-Sisi", "El-Sisi"), which fold to a
  /// word of their own ("al sisi").
  static let joinedArticles: Set<Substring> = ["al", "el", "ul", "as", "ash", "ad", "at", "az", "ar", "an"]

  /// Whether `key` (one folded word) is the surname: the last word, or the last word without an
  /// article joined to it ("Sisi" for "Abdel Fattah al-Sisi").
  func hasSurname(_ key: String) -> Bool {
    guard let last = words.last else { return false }
    return last == key || PersonInfo.withoutJoinedArticle(last) == key
  }

  /// A folded word without the article joined to it ("al sisi" → "sisi"), nil when it has none.
  static func withoutJoinedArticle(_ folded: String) -> String? {
    guard let space = folded.firstIndex(of: " "), joinedArticles.contains(folded[..<space]) else { return nil }
    return String(folded[folded.index(after: space)...])
  }
}
