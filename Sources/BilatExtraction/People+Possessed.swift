/// A name right after a country's possessive or a demonym, with no title: "Ghana's Omar
/// al-Mensah and his Peruvian counterpart ...", "Poland's Radoslaw Sikorski", "Ghanaian
/// Kofi Mensah". Wire copy names a leader so once the title is known; the country is stated.
extension People {
  /// Gives the untitled persons of no country that follow "<Country>'s" or a demonym that
  /// country, as stated.
  static func possessedNames(_ a: inout SentenceAnalysis) {
    for k in a.spans.indices where a.spans[k].kind == .person {
      let s = a.spans[k]
      let lo = s.tokens.lowerBound
      guard s.title == nil, s.country == nil, s.organization == nil, lo > 0 else { continue }
      var country: String?
      if let d = a.span(at: lo - 1), d.kind == .demonym, d.tokens.upperBound == lo {
        country = d.country ?? d.name
      } else if let c = a.possessiveCountry(before: lo) {
        country = c.country ?? c.name
      }
      guard let country else { continue }
      a.spans[k].country = country
      a.spans[k].countryStated = true
    }
  }
}
