/// The rest of a name a dictionary knows by its first part.
extension People {
  /// Particles that join an Arabic name's parts: "bin Rashid", "ibn Saud", "Al Maktoum".
  static let nameJoiners: Set<String> = ["bin", "ibn", "bint", "al", "el"]

  /// "Sheikh Hamdan bin Khalid Al Nasser", "Prince Faisal bin Turki bin Nasser": a dictionary
  /// name ("Hamdan bin Khalid", "Faisal bin Turki") goes on through a joining
  /// particle and the name word after it, or a prefixed family name ("al-Sabah"), on words no
  /// other span covers. The person stays the dictionary's; the whole name as written becomes
  /// the mention's surface, so an alias.
  static func dictionaryNameTails(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    for k in a.spans.indices where a.spans[k].kind == .person && a.spans[k].rule.hasPrefix("dictionary") {
      var e = a.spans[k].tokens.upperBound
      var end = e
      while e < t.count, a.cover[e] < 0 {
        if nameJoiners.contains(t[e].lower), e + 1 < t.count, a.cover[e + 1] < 0, canBeNameToken(t[e + 1], a, e + 1) {
          e += 2
        } else if isPrefixedSurname(t[e]) || isCapitalizedPrefixedSurname(t[e]) {
          e += 1
        } else {
          break
        }
        end = e
      }
      guard end > a.spans[k].tokens.upperBound else { continue }
      for i in a.spans[k].tokens.upperBound..<end { a.cover[i] = k }
      a.spans[k].tokens = a.spans[k].tokens.lowerBound..<end
    }
  }

  /// "Al-Maktoum", "El-Sisi": a capitalized article joined to a family name by a hyphen.
  static func isCapitalizedPrefixedSurname(_ t: Token) -> Bool {
    guard t.isWord, t.isCapitalized else { return false }
    let l = t.lower
    return (l.hasPrefix("al-") || l.hasPrefix("el-")) && l.count > 4
  }
}
