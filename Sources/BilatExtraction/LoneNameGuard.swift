/// Words a one-word person must not be: common given names, words the article also writes in
/// lower case ("nation"), and words of the article's organization names.
struct LoneNameGuard {
  /// Lower-case words of the article and words of its organization names, computed when first
  /// needed (most articles never need them).
  var articleWords: (lowercase: Set<String>, organization: Set<String>)?

  mutating func rejects(_ token: Token, _ analyses: [SentenceAnalysis]) -> Bool {
    let w = token.lower
    if People.firstNames.contains(w) || People.notNameWords.contains(w) { return true }
    if articleWords == nil {
      var lowercase = Set<String>()
      var organization = Set<String>()
      for a in analyses {
        for t in a.tokens where t.isWord && !t.isCapitalized && t.text.utf8.count > 3 { lowercase.insert(t.lower) }
        for s in a.spans where s.kind == .organization { for k in s.tokens { organization.insert(a.tokens[k].lower) } }
      }
      articleWords = (lowercase, organization)
    }
    return articleWords.map { $0.lowercase.contains(w) || $0.organization.contains(w) } ?? false
  }
}
