/// One person written twice with a slip of the keyboard: "Narendre Modi" and "Narendra Modi",
/// "Vladimir Puti" and "Vladimir Putin", "Shahym" and "Shakhym". Real pages have such typos; each
/// had made a second, false person of the same official.
extension ExtractionState {
  /// Whether two folded words differ by one letter added, dropped or changed, both being at least
  /// four letters long (short words one letter apart are often different names: "Kim", "Kin").
  static func isOneEditApart(_ a: String, _ b: String) -> Bool {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    guard min(x.count, y.count) >= 4, abs(x.count - y.count) <= 1, x != y else { return false }
    var i = 0
    while i < min(x.count, y.count) && x[i] == y[i] { i += 1 }
    if x.count == y.count { return x[(i + 1)...] == y[(i + 1)...] }
    // one letter more in the longer word at the first difference
    let (long, short) = x.count > y.count ? (x, y) : (y, x)
    return long[(i + 1)...] == short[i...]
  }

  /// Whether `country` is one whose names are written surname first (their romanized given names
  /// are short syllables that differ by one letter between different people).
  static func writesSurnameFirst(_ country: String?) -> Bool {
    country.map(surnameFirstCountries.contains) ?? false
  }

  /// Whether one word is the other with a Slavic feminine ending ("Karimova" of "Karimov"): a
  /// relative, not a slip.
  static func isFeminineForm(_ a: String, _ b: String) -> Bool {
    a == b + "a" || b == a + "a"
  }

  /// The last earlier person named in full whose surname is one edit apart from the lone word
  /// `word` (folded; both at least five letters): "President Santo" after "Juan Manuel Santos".
  func misspelledSurname(_ word: String, country: String?, _ people: [PersonInfo]) -> Int? {
    guard word.count >= 5, !ExtractionState.writesSurnameFirst(country) else { return nil }
    return people.lastIndex { p in
      guard p.words.count >= 2, let last = p.words.last, last.count >= 5,
        !ExtractionState.writesSurnameFirst(p.country), !ExtractionState.isFeminineForm(last, word)
      else { return false }
      return ExtractionState.isOneEditApart(last, word)
    }
  }

  /// The last earlier person whose name has the same number of words as `words` (folded), each
  /// equal or one edit apart, with at least one word equal: the same person misspelled. Not for
  /// names of countries that write the surname first: their romanized given names are short
  /// syllables that differ by one letter between different people ("Li Qiang", "Li Xiang").
  func misspelledReference(_ words: [String], country: String?, _ people: [PersonInfo]) -> Int? {
    guard words.count >= 2, !ExtractionState.writesSurnameFirst(country) else { return nil }
    return people.lastIndex { p in
      guard p.words.count == words.count, p.words != words, !ExtractionState.writesSurnameFirst(p.country)
      else { return false }
      var equal = 0
      for (a, b) in zip(p.words, words) {
        if a == b {
          equal += 1
        } else if !ExtractionState.isOneEditApart(a, b) || ExtractionState.isFeminineForm(a, b) {
          return false
        }
      }
      return equal > 0
    }
  }
}
