/// Legislatures named by their own word, which needs no modifier to be a body: "the Senate
/// ratified it", "a joint session of Parliament", "the Kazakh Parliament", "Papua New Guinea's
/// Parliament", "the House of Representatives". Other heads ("Council", "Committee") name a body
/// only with words of their own (``organizations(_:lexicon:)``).
extension Patterns {
  /// Words that are a legislature by themselves when capitalized.
  static let legislatureHeads: Set<String> = [
    "parliament", "senate", "congress", "duma", "knesset", "mazhilis", "majilis", "majlis", "mejlis", "kenesh",
    "bundestag", "sejm", "storting", "riksdag", "seimas", "saeima", "riigikogu", "khural", "hural",
  ]
  /// Capitalized words that belong to a legislature's own name before its word.
  static let legislatureModifiers: Set<String> = ["jogorku", "jokorgu", "zhogorku", "oliy", "milli", "halk", "state"]
  /// Chambers told as "House of ...".
  static let chamberComplements: Set<String> = [
    "representatives", "commons", "lords", "counselors", "councillors", "councilors", "delegates", "deputies",
  ]
  /// Capitalized words after a legislature's word that make it a building or a title's part, not the body:
  /// "Parliament House", "Parliament Building".
  static let legislatureBuildingWords: Set<String> = ["house", "building", "buildings", "hill", "square", "street"]

  /// Adds an Organization for each legislature named by its own word, with the country word
  /// right before it ("Kazakh", "Papua New Guinea's") as part of its name.
  static func legislatures(_ a: inout SentenceAnalysis) {
    let t = a.tokens
    var i = 0
    while i < t.count {
      guard let end = legislatureEnd(t, at: i), a.isFree(i..<end) else {
        i += 1
        continue
      }
      var lo = i
      var country: String?
      var hi = end
      if i > 0, let s = a.span(at: i - 1), s.kind == .demonym || s.kind == .country {
        lo = s.tokens.lowerBound
        country = s.country ?? s.name
      } else if i > 1, t[i - 1].text == "'s", let s = a.span(at: i - 2), s.kind == .country {
        lo = s.tokens.lowerBound
        country = s.name
      } else if i > 0, legislatureModifiers.contains(t[i - 1].lower), t[i - 1].isCapitalized {
        lo = i - 1  // "Jogorku Kenesh", "State Duma": the body's own name
      } else if i > 0, t[i - 1].isWord, t[i - 1].isCapitalized,
        !isFunctionCapital(t[i - 1])
          || i > 2 && t[i - 1].lower == "s" && t[i - 2].kind == .punctuation && t[i - 3].isCapitalized
      {
        // a longer name ("National People's Congress", "20th National Congress"), not the body alone
        i = end
        continue
      } else if i > 1, t[i - 1].lower == "of", t[i - 2].isCapitalized {
        // "the Upper House of Parliament", "Member of Parliament": part of another name
        i = end
        continue
      }
      // "the Parliament of Australia"
      var k = end
      if k + 1 < t.count, t[k].lower == "of", t[k + 1].lower == "the" { k += 1 }
      if k + 1 < t.count, t[end].lower == "of", let s = a.span(at: k + 1), s.kind == .country {
        hi = s.tokens.upperBound
        country = s.name
      }
      // lower case ("the Iraqi parliament") only with its country before it
      if !t[i].isCapitalized, country == nil {
        i = end
        continue
      }
      // the country word before the body is part of its name, not of its mention: the country
      // keeps its own mention
      a.add(
        Span(
          kind: .organization, tokens: (country == nil ? lo : i)..<hi, name: a.cleanText(lo..<hi), country: country,
          rule: "org-legislature",
          confidence: 0.7))
      i = hi
    }
  }

  /// The end of the legislature's words starting at `i` ("Senate", "House of Representatives"),
  /// if they are one.
  static func legislatureEnd(_ t: [Token], at i: Int) -> Int? {
    guard t[i].isWord else { return nil }
    if legislatureHeads.contains(t[i].lower) {
      // "Parliament House" is a building; "Parliament Speaker" keeps the body
      if i + 1 < t.count, t[i + 1].isCapitalized, legislatureBuildingWords.contains(t[i + 1].lower) { return nil }
      return i + 1
    }
    if t[i].text == "House", i + 2 < t.count, t[i + 1].lower == "of", t[i + 2].isCapitalized,
      chamberComplements.contains(t[i + 2].lower)
    {
      return i + 3
    }
    return nil
  }
}
