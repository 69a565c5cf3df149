/// Documents named by what they do rather than by a preposition: "an agreement abolishing visa
/// requirements", "a pact awarding a stake in an offshore field", "a deal to build a cement
/// plant". News often names a signed document this way; the purpose belongs to the title (gold
/// names keep it), and it is what the document's sector is read from.
extension Patterns {
  /// Heads that name a document only with a told purpose in a signing sentence: "deal" and "pact"
  /// are too loose alone ("a great deal", "the pact between the parties" as a metaphor). Their
  /// plurals with a purpose are a counted package ("15 pacts to boost cooperation").
  static let purposeOnlyHeads: Set<String> = ["deal", "pact"]

  /// Adverbs that may stand in a passive signing: "was also signed (between ...)".
  static let signingAdverbs: Set<String> = ["also", "jointly", "formally", "officially", "today", "yesterday"]

  /// Words that name a document or a package of them after a verb of signing other than "sign".
  static let documentWords: Set<String> = agreementHeads.union(documentPlurals).union([
    "deal", "pact", "mous", "notes", "instruments", "accord", "accords",
  ])

  /// Whether a document word follows the verb at `v` within five words: "penned two
  /// memoranda", "exchanged the instruments of ratification", not "exchanged views on trade".
  static func documentFollows(_ t: [Token], after v: Int) -> Bool {
    t[(v + 1)..<min(t.count, v + 6)].contains { $0.isWord && documentWords.contains($0.lower) }
  }

  /// Heads too loose to be a document by a purpose alone: "a plan to forge closer ties", "a
  /// statement stressing the need for stability", "a declaration to appease critics".
  static let looseHeads: Set<String> = [
    "plan", "plans", "program", "programs", "programme", "programmes", "statement", "statements", "declaration",
    "declarations", "document", "communique", "communiqué",
  ]

  /// Last words of a document's title that its purpose may follow: "Memorandum of Understanding
  /// to facilitate investments", "declaration of intent to work together on clean energy".
  static let purposeNouns: Set<String> = ["understanding", "intent", "intention", "intentions"]

  /// Words that go on with a purpose rather than end the title: "a pact to provide X with crude
  /// oil", "a deal to build a pipeline to export gas to Y".
  static let purposeGoesOn: Set<String> = ["with", "to"]

  /// Words in -ing after a head that are no participle of its title: prepositions, nouns, and the
  /// signing itself ("agreement signing ceremony").
  static let nonParticiples: Set<String> = [
    "signing", "being", "during", "including", "following", "according", "meeting", "building", "morning",
    "evening", "ceremony", "thing", "something", "nothing", "anything", "everything", "king", "spring", "bring",
    "ongoing", "outstanding", "existing", "remaining", "pending", "upcoming", "binding", "understanding",
    "relating", "concerning", "regarding", "starting", "beginning", "ending", "using", "setting",
  ]

  /// Words after "to" that are no verb of a purpose: determiners and pronouns ("a protocol to the
  /// agreement" is a protocol of another document, told by `agreementLinks`).
  static let nonPurposeVerbs: Set<String> = [
    "the", "a", "an", "be", "its", "their", "this", "that", "these", "those", "his", "her", "our", "all", "both",
    "each", "date", "which", "it", "them", "take", "make",
  ]

  /// Whether a purpose follows the document head at `i`: "to" and a lower-case verb ("a deal to
  /// build"), or a participle in -ing ("an agreement abolishing ..."). A capitalized word after
  /// "to" is a destination ("a deal to China").
  static func purposeFollows(_ t: [Token], head i: Int) -> Bool {
    guard i + 2 < t.count else { return false }
    let next = t[i + 1]
    if next.lower == "to" {
      let verb = t[i + 2]
      return verb.isWord && !verb.isCapitalized && !nonPurposeVerbs.contains(verb.lower) && !verb.lower.hasSuffix("ing")
        && !verb.lower.hasSuffix("ed") && verb.lower.count > 2
    }
    return participleFollows(t, head: i)
  }

  /// Whether a participle in -ing follows the head at `i` and takes an object: "an agreement
  /// abolishing visa requirements", "a declaration marking the anniversary".
  static func participleFollows(_ t: [Token], head i: Int) -> Bool {
    guard i + 2 < t.count else { return false }
    let next = t[i + 1]
    return next.isWord && !next.isCapitalized && next.lower.hasSuffix("ing") && next.lower.count > 5
      && !nonParticiples.contains(next.lower) && t[i + 2].isWord
  }

  /// Whether a document with a purpose at head `i` is told as a document: in a signing sentence,
  /// or with an article before it ("an agreement abolishing ...", "the deal to build ..."), not
  /// as an understanding reached ("reached an agreement to cooperate" is an AGREED).
  static func purposedDocument(_ t: [Token], head i: Int, signing: Bool) -> Bool {
    guard t[i].isWord, agreementHeads.contains(t[i].lower) || purposeOnlyHeads.contains(t[i].lower),
      !looseHeads.contains(t[i].lower), purposeFollows(t, head: i)
    else { return false }
    if purposeOnlyHeads.contains(t[i].lower) { return signing && !reachedBefore(t, i) }
    if signing { return true }
    // "an agreement to consider flights as domestic" is an understanding; a participle names a text
    guard participleFollows(t, head: i) else { return false }
    var k = i - 1
    while k >= 0, i - k <= 3, t[k].isWord, !["the", "a", "an"].contains(t[k].lower) { k -= 1 }
    guard k >= 0, ["the", "a", "an"].contains(t[k].lower) else { return false }
    return !reachedBefore(t, i)
  }

  /// Whether a verb of understanding governs the head at `i` ("reached a deal to ...").
  static func reachedBefore(_ t: [Token], _ i: Int) -> Bool {
    t[max(0, i - 4)..<i].contains { understandingVerbs.contains($0.lower) }
  }

  /// The parenthesized abbreviation at `j` inside a title, "(MoU)", "(FTA)": the index after it,
  /// or nil. The title goes on after it ("a memorandum of understanding (MoU) between ...").
  static func abbreviationEnd(_ t: [Token], at j: Int) -> Int? {
    guard j + 2 < t.count, t[j].text == "(", t[j + 2].text == ")" else { return nil }
    let w = t[j + 1]
    guard w.isWord, w.text.count <= 8, w.text.filter(\.isUppercase).count >= 2 else { return nil }
    return j + 3
  }
}
