/// Facilities told by a plural kind and the places they stand in: "ports in Dar es Salaam, Mtwara
/// and Tanga", "its seaports in Karachi and Gwadar".
extension Patterns {
  /// One facility per listed city after a plural facility kind and "in": each is named by its city
  /// and kind ("Karachi seaport") and carries the city as an inner span, so that the city stays a
  /// City of the story and the facility is located in it. Two or more cities are needed, and at
  /// least one must be a known city (a lone "plants in Atyrau" stays unnamed); a capitalized name
  /// in no gazetteer between known ones is read as a city too.
  static func facilitiesInCities(_ a: inout SentenceAnalysis, head i: Int, modifiers modLo: Int, kind: String) -> Int? {
    let t = a.tokens
    guard i + 2 < t.count, t[i + 1].lower == "in" else { return nil }
    var items: [Span] = []
    var j = i + 2
    // the token after the last item (separators read past it belong to the sentence)
    var listEnd = j
    while j < t.count {
      if let s = a.span(at: j), s.tokens.lowerBound == j {
        // a region as a port's place ("ports in Mwanza, Kagera and Musoma") stands as a city does
        guard s.kind == .city || s.kind == .place && s.tokens.count == 1 else { break }
        items.append(s)
        j = s.tokens.upperBound
      } else {
        var e = j
        while e < t.count && e - j < 3 && t[e].isWord && t[e].isCapitalized && !isFunctionCapital(t[e])
          && a.cover[e] < 0 && DateFinder.months[t[e].lower] == nil
        { e += 1 }
        guard e > j else { break }
        items.append(
          Span(kind: .city, tokens: j..<e, name: a.text(j..<e), rule: "city-in-facility-list", confidence: 0.6))
        j = e
      }
      listEnd = j
      guard j + 1 < t.count else { break }
      if t[j].text == ",", t[j + 1].lower == "and" {
        j += 2
      } else if t[j].text == "," || t[j].lower == "and" {
        j += 1
      } else {
        break
      }
    }
    // the list must end where the phrase ends, not run on into a name ("in Astana, Tokayev said")
    j = listEnd
    let ends = j == t.count || t[j].kind == .punctuation || stopAfterNP.contains(t[j].lower) || t[j].lower == "and"
    guard items.count >= 2, ends, items.contains(where: { $0.rule != "city-in-facility-list" }) else { return nil }
    let mods = modLo < i ? a.text(modLo..<i) + " " : ""
    for item in items {
      var f = Span(
        kind: .facility, tokens: item.tokens, name: a.text(item.tokens) + " " + mods + kind, rule: "facility-in-cities",
        confidence: 0.7)
      f.inner = [item]
      a.add(f)
    }
    return j
  }
}
