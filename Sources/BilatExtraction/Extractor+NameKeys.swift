/// Keys of the words of a person's name, as the in-article coreference compares them: an initial
/// glued to a surname left out, and the given name as the article wrote it.
extension ExtractionState {
  /// The key of one word of a person's name: an initial glued to the surname is left out, so
  /// that "Ozturan" refers back to "Kemal T.Ozturan".
  mutating func nameKey(_ word: String) -> String {
    if let dot = word.firstIndex(of: "."), word.distance(from: word.startIndex, to: dot) == 1 {
      let rest = word[word.index(after: dot)...]
      if rest.count >= 3, !rest.contains("."), rest.first?.isUppercase == true { return fold(String(rest)) }
    }
    return fold(word)
  }

  /// The folded first word of a person's name as written, after titles' styles and honorifics
  /// ("Prince Mohammed bin Salman" → "mohammed").
  mutating func writtenFirstWord(_ surface: String) -> String? {
    let words = surface.split(separator: " ").map(String.init)
    guard
      let first = words.first(where: {
        !People.royalStyles.contains($0.lowercased()) && !People.honorifics.contains($0.lowercased())
      })
    else { return nil }
    return fold(first)
  }
}
