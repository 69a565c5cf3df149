/// Delegations met without their head named in the sentence: "A delegation led by Minister X
/// toured the port. ... Later, the delegation was hosted by Prime Minister Y": Y met X.
extension ExtractionState {
  /// The delegation head a sentence names ("a delegation led by X", "the delegation, headed by
  /// X") with the delegation's country, or the head's own when the delegation has none.
  func delegationHead(_ a: SentenceAnalysis) -> (person: Int, country: String?)? {
    let t = a.tokens
    for i in t.indices where t[i].lower == "delegation" {
      var j = i + 1
      while j + 1 < t.count, j - i <= 12 {
        if ["led", "headed"].contains(t[j].lower), t[j + 1].lower == "by",
          let p = a.spans.first(where: { $0.kind == .person && $0.tokens.lowerBound > j + 1 }),
          p.tokens.lowerBound <= j + 16, let e = p.entity
        {
          return (e, delegationCountry(a, i) ?? country(of: e))
        }
        if t[j].kind == .punctuation && t[j].text != "," { break }
        j += 1
      }
    }
    return nil
  }

  /// The country of the delegation at token `i`: "the Turkmen delegation", "the Turkmen
  /// government delegation", "a delegation of the Russian Federation".
  func delegationCountry(_ a: SentenceAnalysis, _ i: Int) -> String? {
    for k in stride(from: i - 1, through: max(0, i - 3), by: -1) {
      guard let s = a.span(at: k) else { continue }
      if [.country, .demonym, .side].contains(s.kind) { return s.country ?? s.name }
      // "the Turkmen government delegation": the government's country
      if s.kind == .organization, let c = s.country { return c }
    }
    var k = i + 1
    guard k < a.tokens.count, a.tokens[k].lower == "of" else { return nil }
    k += 1
    if k < a.tokens.count, a.tokens[k].lower == "the" { k += 1 }
    guard let s = a.span(at: k), s.kind == .country else { return nil }
    return s.country ?? s.name
  }

  func country(of e: Int) -> String? { table.entities[e].properties["country"]?.stringValue }

  /// The head of the delegation a sentence's one named person met ("the delegation was hosted
  /// by Y", "Y received the Turkmen delegation", "the guest was welcomed by Y"): the last head
  /// named before, of another country than Y's (both known), and of the sentence's delegation's
  /// country when it has one.
  func metDelegationHead(
    _ a: SentenceAnalysis, _ people: [(entity: Int, tokens: Range<Int>)], heads: [(person: Int, country: String?)]
  ) -> Int? {
    guard people.count == 1, let p = people.first, let own = country(of: p.entity),
      let i = a.tokens.firstIndex(where: { $0.lower == "delegation" || $0.lower == "guest" })
    else { return nil }
    let named = delegationCountry(a, i)
    guard let head = heads.last(where: { $0.person != p.entity }), let theirs = head.country, theirs != own,
      named.map({ $0 == theirs }) ?? true
    else { return nil }
    return head.person
  }

  /// Records the delegation head the sentence names, who is of the delegation's country when
  /// the text gives none of his own ("a delegation of the Russian Federation led by X").
  mutating func noteDelegationHead(_ a: SentenceAnalysis, _ heads: inout [(person: Int, country: String?)]) {
    guard let head = delegationHead(a) else { return }
    table.fill(head.person, "country", head.country)
    heads.append(head)
  }

  /// False when the trigger is a joint signing ("the two leaders signed") and its people are not
  /// two of known, different countries: a joint signing is a meeting of two sides, and a pair
  /// reference may stand for two officials of one side.
  func isJointActionOfSides(_ a: SentenceAnalysis, _ people: [(entity: Int, tokens: Range<Int>)], trigger: Int) -> Bool
  {
    guard ExtractionState.jointActionVerbs.contains(a.tokens[trigger].lower) else { return true }
    guard people.count == 2, let x = country(of: people[0].entity), let y = country(of: people[1].entity) else {
      return false
    }
    return x != y
  }
}
