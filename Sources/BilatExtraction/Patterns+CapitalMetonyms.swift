/// A capital named for its government: "Beijing appreciates ...", "Seoul's foreign ministry",
/// "relations between Astana and Tokyo", "ties with Moscow". News writes a capital for its
/// country's government; the real pages' gold reads such a mention as the country (an alias of
/// it), and a mention where something happens ("talks in Beijing") as the city.
extension Patterns {
  /// Words after a capital that make it the subject of a statement or a decision.
  static let governmentVerbs: Set<String> = [
    "is", "was", "has", "had", "have", "would", "will", "can", "could", "should", "may", "might", "must", "wants",
    "said", "says", "hopes", "sees", "insists", "considers", "believes", "appreciates", "objected", "objects",
    "accused", "accuses", "agreed", "signed", "aims", "aspires", "puts", "remains", "continues", "supports",
    "opposes", "claims", "claimed", "plans", "intends", "welcomed", "welcomes", "rejected", "rejects",
    "backed", "backs",
  ]
  /// Adverbs that may stand between a capital and its verb: "Doha and Bishkek also signed".
  static let verbAdverbs: Set<String> = [
    "also", "then", "now", "already", "today", "yesterday", "further", "later", "subsequently", "thus", "still",
  ]
  /// Nouns of a stance before "of" and a pair of capitals: "the mutual desire of Lima and
  /// Oslo", "the attitude of Lusaka and Santiago".
  static let stanceNouns: Set<String> = [
    "desire", "attitude", "position", "positions", "stance", "interests", "policy", "policies", "views",
  ]
  /// Nouns of a government before "in" and its capital: "the new government in Lusaka".
  static let governmentNouns: Set<String> = ["government", "regime", "authorities", "leadership"]
  /// Nouns of a relation between countries, before "between" or "with" and their capitals.
  static let relationNouns: Set<String> = [
    "relations", "ties", "cooperation", "partnership", "dialogue", "trade", "rapprochement", "contacts", "relationship",
  ]

  /// Verbs whose object is a government, not a place: "thanked Ankara", "accused Caracas".
  static let governmentObjectVerbs: Set<String> = [
    "thanked", "thanks", "accused", "accuses", "urged", "urges", "alarmed", "criticized", "criticised", "warned",
    "pressed", "pressured", "blamed", "condemned", "allowing", "allowed", "gives", "gave", "giving",
  ]

  /// Words before a place where something happens or someone goes.
  static let locativeWords: Set<String> = [
    "in", "to", "at", "from", "into", "near", "outside", "around", "via", "visit", "visited", "visiting", "toward",
    "towards",
  ]

  /// Turns the capital city mentions read as their government into mentions of the country.
  static func capitalMetonyms(_ a: inout SentenceAnalysis, lexicon: Lexicon) {
    let t = a.tokens
    func isCapital(_ s: Span) -> Bool {
      s.kind == .city && s.country.map { lexicon.capitals[$0] == s.name } == true
    }
    func possessive(_ k: Int) -> Bool { k < t.count && (t[k].lower == "'s" || t[k].lower == "’s") }
    func statement(after k: Int) -> Bool {
      // "Seoul's foreign ministry", "Beijing's encroachment" (not "Beijing's Great Hall")
      if possessive(k) { return k + 1 < t.count && t[k + 1].isWord && !t[k + 1].isCapitalized }
      // "Beijing highly appreciates", "Doha and Bishkek also signed": up to two adverbs before the verb
      var v = k
      while v < t.count, v - k < 2, t[v].isWord, !t[v].isCapitalized,
        t[v].lower.hasSuffix("ly") || verbAdverbs.contains(t[v].lower)
      {
        v += 1
      }
      return v < t.count && governmentVerbs.contains(t[v].lower)
    }
    func relationBefore(_ k: Int) -> Bool {
      k > 0 && (k - 4..<k).contains { $0 >= 0 && relationNouns.contains(t[$0].lower) }
    }
    var turned: [Span] = []
    for (k, s) in a.spans.enumerated() where isCapital(s) {
      let lo = s.tokens.lowerBound
      let hi = s.tokens.upperBound
      // part of a longer name: "Beijing Summit", "Expo Astana 2017", "Doha Municipality"
      if hi < t.count, t[hi].isWord, t[hi].isCapitalized { continue }
      if lo > 0, t[lo - 1].isWord, t[lo - 1].isCapitalized { continue }
      let prev = lo > 0 ? t[lo - 1].lower : ""
      // "a visit to Moscow would ...", "the mosque in Dushanbe was ...": the place, not its government
      var metonym = statement(after: hi) && (possessive(hi) || !locativeWords.contains(prev))
      // "claimed by Beijing", "backed by Washington", "official Bishkek", "thanked Ankara"
      if prev == "by", lo > 1, t[lo - 2].lower.hasSuffix("ed") { metonym = true }
      if prev == "official" || governmentObjectVerbs.contains(prev) { metonym = true }
      // "between Astana and Tokyo", "ties with Moscow"
      if prev == "between" || prev == "with", relationBefore(lo - 1) { metonym = true }
      // "the government in Lusaka"; "Lima supports Oslo": the object of a capital's statement
      if prev == "in", lo > 1, governmentNouns.contains(t[lo - 2].lower) { metonym = true }
      if lo > 1, governmentVerbs.contains(prev), k > 0, a.spans[k - 1].tokens.upperBound == lo - 1,
        isCapital(a.spans[k - 1]) || a.spans[k - 1].kind == .country
      {
        metonym = true
      }
      // "Doha and Astana signed", "between Astana and Beijing": the second capital of a pair
      if prev == "and", k > 0, isCapital(a.spans[k - 1]) || a.spans[k - 1].kind == .country,
        a.spans[k - 1].tokens.upperBound == lo - 1
      {
        let first = a.spans[k - 1].tokens.lowerBound
        let stance = first > 1 && t[first - 1].lower == "of" && stanceNouns.contains(t[first - 2].lower)
        if statement(after: hi) || stance || first > 0 && t[first - 1].lower == "between" && relationBefore(first - 1) {
          metonym = true
        }
      }
      // "Warsaw and Berlin have", "the attitude of Lusaka and Santiago": the first capital of a
      // pair that makes a statement or holds a stance
      if hi + 1 < t.count, t[hi].lower == "and", let next = a.span(at: hi + 1),
        isCapital(next) || next.kind == .country, next.tokens.lowerBound == hi + 1,
        statement(after: next.tokens.upperBound) || prev == "of" && lo > 1 && stanceNouns.contains(t[lo - 2].lower)
      {
        metonym = true
      }
      guard metonym, let country = s.country else { continue }
      var c = s
      c.kind = .country
      c.name = country
      c.rule = "capital-metonym"
      turned.append(c)
    }
    for c in turned { a.add(c) }
  }
}
