/// A nickname in quotes inside a person's name: "Paulo “Paulinho” da Costa", "Joseph “Joe”
/// Biden". A quote mark ends a name for the tagger and the patterns, so the words after the
/// closing quote would be lost or read as another name; they belong to the person before it.
extension People {
  /// Quotation marks around a nickname inside a person's name.
  static let nicknameQuotes: Set<String> = ["“", "”", "\"", "«", "»"]

  /// Lower-case particles inside a person's name after a nickname: "da Silva", "van der Berg".
  static let nameParticlesAfterNickname: Set<String> = [
    "da", "de", "do", "dos", "das", "del", "van", "von", "der", "bin",
  ]

  /// Extends each person span followed by a quoted nickname (one or two capitalized words) and
  /// more words of the name over them; the name leaves the quote marks out.
  static func quotedNicknames(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var extended: [Span] = []
    for s in a.spans where s.kind == .person {
      let open = s.tokens.upperBound
      guard open + 3 < t.count, nicknameQuotes.contains(t[open].text),
        let close = (open + 2..<min(t.count, open + 4)).first(where: { nicknameQuotes.contains(t[$0].text) }),
        t[(open + 1)..<close].allSatisfy({ $0.isWord && $0.isCapitalized })
      else { continue }
      var end = close + 1
      while end < t.count, t[end].isWord, end - close <= 4,
        t[end].isCapitalized && a.span(at: end).map({ $0.kind == .person }) ?? true
          || nameParticlesAfterNickname.contains(t[end].text) && end + 1 < t.count && t[end + 1].isCapitalized
      {
        end += 1
      }
      // the name goes on after the nickname with a capitalized word (not a particle alone)
      guard end > close + 1, t[end - 1].isCapitalized else { continue }
      var person = s
      person.tokens = s.tokens.lowerBound..<end
      person.name = t[person.tokens].filter { !nicknameQuotes.contains($0.text) }.map(\.text).joined(
        separator: " ")
      extended.append(person)
    }
    for p in extended { a.add(p) }
  }
}
