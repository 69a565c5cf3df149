/// Titles that are also given names or name parts ("Amir", "Sultan") inside a person's name:
/// "Hossein Amir Abdollahian", "Maqbul bin Ali bin Sultan" are one name each, not a title
/// before a shorter name.
extension Patterns {
  /// Head titles that are also personal names.
  static let titlesAlsoNames: Set<String> = ["amir", "sultan", "emir", "malik", "shah"]
  /// Particles after which every word belongs to the name: "bin", "ibn".
  static let nameParticles: Set<String> = ["bin", "ibn", "bint", "binti", "al", "el"]

  /// Drops the title spans of such words where they stand inside a name: after a name particle,
  /// or between two capitalized words that no dictionary knows.
  static func titlesInNames(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    func isBareName(_ i: Int) -> Bool {
      i >= 0 && i < t.count && t[i].isWord && t[i].isCapitalized && a.span(at: i) == nil
        && !nameParticles.contains(t[i].lower)
    }
    let inside = a.spans.indices.filter { k in
      let s = a.spans[k]
      guard s.kind == .title, s.tokens.count == 1, titlesAlsoNames.contains(t[s.tokens.lowerBound].lower) else {
        return false
      }
      let i = s.tokens.lowerBound
      guard i > 0 else { return false }
      return nameParticles.contains(t[i - 1].lower) || isBareName(i - 1) && isBareName(i + 1)
    }
    guard !inside.isEmpty else { return }
    for k in inside.reversed() { a.spans.remove(at: k) }
    a.reindex()
  }
}
