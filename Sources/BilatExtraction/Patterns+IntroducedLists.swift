/// Companies named after a plural common noun: "the German companies Integra and Vamed",
/// "major firms like Shell and Pampa Energía", "lenders such as Afreximbank". Each capitalized
/// name of the list is an organization of any country.
extension Patterns {
  static let pluralOrgIntroducers: Set<String> = [
    "companies", "firms", "corporations", "banks", "operators", "developers", "producers", "manufacturers",
    "makers", "carriers", "lenders", "conglomerates", "giants", "concerns", "enterprises", "carmakers", "automakers",
    "steelmakers", "miners", "insurers", "airlines", "industries",
  ]

  static func introducedOrganizationLists(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var i = 0
    while i + 1 < t.count {
      guard pluralOrgIntroducers.contains(t[i].lower), !t[i].isCapitalized else {
        i += 1
        continue
      }
      var j = i + 1
      // "like", "such as", "including"
      if t[j].lower == "like" || t[j].lower == "including" {
        j += 1
      } else if t[j].lower == "such", j + 1 < t.count, t[j + 1].lower == "as" {
        j += 2
      }
      var names: [Range<Int>] = []
      while j < t.count {
        var e = j
        // a name some rule already took as an organization stays in the list: "like Shell and X"
        if let known = a.span(at: j), known.kind == .organization, known.tokens.lowerBound == j {
          e = known.tokens.upperBound
        } else if let place = a.span(at: j), place.kind == .city || place.kind == .place,
          place.tokens.lowerBound == j, t[place.tokens].allSatisfy(\.isCapitalized)
        {
          // a company named after a town in a list of companies: "firms like WEG, Suzano and Randon"
          e = place.tokens.upperBound
          names.append(j..<e)
        } else {
          while e < t.count, e - j < 4, t[e].isWord, t[e].isCapitalized, !isFunctionCapital(t[e]), a.cover[e] < 0 {
            e += 1
          }
          guard e > j else { break }
          names.append(j..<e)
        }
        // ", X", "and X", ", and X"
        var n = e
        if n < t.count, t[n].text == "," { n += 1 }
        if n < t.count, t[n].lower == "and" { n += 1 }
        guard n > e, n < t.count, t[n].isCapitalized else { break }
        j = n
      }
      for r in names {
        a.add(Span(kind: .organization, tokens: r, name: "", rule: "org-introduced-list", confidence: 0.65))
      }
      i = max(i + 1, names.last?.upperBound ?? 0)
    }
  }
}
