/// Where and between what an undertaking's unnamed facility runs: "construction of a railway
/// linking the Volta and Ashanti regions", "a bridge across the Gulf", "a hospital in
/// Kumasi", "a hotel on the bank of the Volta river", "railways from Takoradi to Tema". Real
/// pages name an unnamed facility's undertaking by its place or route; without it "construction
/// of a railway" is every railway of the article.
extension Patterns {
  /// Words that open a place complement: a named place follows, after "the" at most.
  static let placeComplementOpeners: Set<String> = ["in", "across", "around", "along", "near", "on", "at"]
  /// Words that open a route complement: two or more named places follow.
  static let routeComplementOpeners: Set<String> = ["linking", "connecting", "between", "from"]
  /// Lower-case heads that end or carry a geographic name: "Lake Volta region", "the bank of".
  static let complementHeads: Set<String> = [
    "lake", "sea", "coast", "coasts", "shore", "bank", "river", "valley", "region", "regions", "district",
    "province", "department", "oblast", "county", "state", "city", "village", "island", "islands", "border", "gulf",
    "bay", "port", "capital", "area",
  ]

  /// The end of a place or route complement starting at `k` (the token after the facility's
  /// head), or nil when none starts there. At most two complements are taken ("in the eastern
  /// part of the Volta region").
  static func projectComplementEnd(_ a: SentenceAnalysis, from k: Int) -> Int? {
    let t = a.tokens
    guard k + 1 < t.count else { return nil }
    let opener = t[k].lower
    var end: Int?
    if placeComplementOpeners.contains(opener) {
      end = placePhraseEnd(a, at: k + 1)
    } else if routeComplementOpeners.contains(opener) {
      end = routeEnd(a, at: k + 1, from: opener == "from")
    }
    guard let first = end else { return nil }
    if first + 1 < t.count, t[first].lower == "of", let more = placePhraseEnd(a, at: first + 1) { return more }
    return first
  }

  /// "(the) Gulf", "Kumasi", "(the) bank of the Volta river", "the Volta region": a name
  /// (a geographic span or capitalised words) with an optional geographic head; or a geographic
  /// head with "of" and a name.
  static func placePhraseEnd(_ a: SentenceAnalysis, at start: Int) -> Int? {
    let t = a.tokens
    var k = start
    if k < t.count, t[k].lower == "the" { k += 1 }
    guard k < t.count else { return nil }
    if complementHeads.contains(t[k].lower), k + 2 < t.count, t[k + 1].lower == "of" {
      return placeNameEnd(a, at: k + 2)
    }
    return placeNameEnd(a, at: k)
  }

  /// The end of a place's name at `k` with its trailing geographic head ("Rocha department").
  static func placeNameEnd(_ a: SentenceAnalysis, at k: Int) -> Int? {
    let t = a.tokens
    var e: Int
    if let s = a.span(at: k) {
      guard s.tokens.lowerBound == k, [.city, .place, .country, .facility].contains(s.kind) else { return nil }
      e = s.tokens.upperBound
    } else {
      e = k
      while e < t.count, e - k < 4, t[e].isWord, t[e].isCapitalized, a.span(at: e) == nil,
        !isFunctionCapital(t[e]), DateFinder.month(t[e]) == nil, DateFinder.weekdays[t[e].lower] == nil
      {
        e += 1
      }
      guard e > k else { return nil }
    }
    if e < t.count, complementHeads.contains(t[e].lower) { e += 1 }
    return e
  }

  /// "(the) Volta and Ashanti regions", "Ghana, Togo and Benin", "Takoradi to Tema":
  /// two or more names joined by commas and "and" (by "to" after "from").
  static func routeEnd(_ a: SentenceAnalysis, at start: Int, from: Bool) -> Int? {
    let t = a.tokens
    var k = start
    if k < t.count, t[k].lower == "the" { k += 1 }
    var names = 0
    var end = start
    while let e = placeNameEnd(a, at: k) {
      names += 1
      end = e
      guard e < t.count else { break }
      let joint = t[e].lower
      if from ? joint == "to" : joint == "and" || t[e].text == "," {
        k = e + 1
        if k < t.count, t[k].lower == "the" { k += 1 }
        continue
      }
      break
    }
    // "the Volta and Ashanti regions": the head after the last name belongs to all
    if names >= 2, end < t.count, complementHeads.contains(t[end].lower) { end += 1 }
    return names >= 2 ? end : nil
  }
}
