import BilatCore

/// The office holders' names by each word after the first, folded ("lula" → "Luiz Inacio Lula
/// da Silva"): how a title and a later word of a holder's name ("President Lula") find the
/// holder without folding every name of the table each time. Built once, on first use, from the
/// shared lexicon's holders; a lexicon without some of them filters them out itself.
enum HolderNameWords {
  static let shared: [String: [String]] = index(of: Lexicon.shared.offices.keys)

  /// Each folded word after the first of each name, with the names it is in.
  static func index(of names: some Sequence<String>) -> [String: [String]] {
    var out: [String: [String]] = [:]
    for name in names {
      for word in Set(name.split(separator: " ").dropFirst().map { NameKey.transliterationFolded(String($0)) }) {
        out[word, default: []].append(name)
      }
    }
    return out
  }
}
