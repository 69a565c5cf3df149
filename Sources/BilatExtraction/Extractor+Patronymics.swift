/// A given name with a patronymic and no surname ("Dmitry Anatolyevich", "Islam Abduganievich"):
/// how Russian-language transcripts and releases address a leader. It names the person of the
/// article with that given name ("Dmitry Medvedev", also spelled "Dmitriy"), whichever of the two
/// forms comes first.
extension ExtractionState {
  /// Endings of East Slavic and Central Asian patronymics as transliterated into English:
  /// "-ovich", "-evich" (also "-ievich", "-yevich"), "-ovna", "-evna", "Ilyich", "-ichna".
  static let patronymicEndings = ["ovich", "evich", "ovna", "evna", "yich", "ichna"]

  /// Whether a folded name word has a patronymic's ending (and more than the ending).
  static func isPatronymic(_ key: String) -> Bool {
    key.count >= 7 && patronymicEndings.contains { key.hasSuffix($0) }
  }

  /// Whether `words` (folded) are a given name and a patronymic.
  static func isGivenAndPatronymic(_ words: [String]) -> Bool {
    words.count == 2 && isPatronymic(words[1]) && !isPatronymic(words[0])
  }

  /// The earlier person a name refers to across the patronymic form: for "Dmitry Anatolyevich",
  /// the last person whose full name begins with the given name; for "Dmitry Medvedev", the last
  /// person named only "Dmitry Anatolyevich" (`upgrade`: the full name becomes that person's
  /// name). Nil when there is no such person.
  func patronymicReference(_ words: [String], _ people: [PersonInfo]) -> (index: Int, upgrade: Bool)? {
    guard words.count >= 2, let given = words.first else { return nil }
    if ExtractionState.isGivenAndPatronymic(words) {
      let i = people.lastIndex {
        $0.words.count >= 2 && $0.words.first == given && !ExtractionState.isGivenAndPatronymic($0.words)
      }
      return i.map { ($0, false) }
    }
    let i = people.lastIndex { ExtractionState.isGivenAndPatronymic($0.words) && $0.words.first == given }
    return i.map { ($0, true) }
  }
}
