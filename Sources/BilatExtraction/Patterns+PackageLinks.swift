/// The words that lead from a plural document to the subjects it is told by: "agreements,
/// including on ...", "the memorandums inked included those on ...", "the other agreements were in
/// ...", "MoUs, ranging from ... to ...", "the deals cover a broad range of fields including ...".
/// Each is one way news tells a signed package document by document.
extension Patterns {
  /// Past participles that may follow a package's head before its list: "the MoUs signed
  /// included ...".
  static let packageParticiples: Set<String> = ["signed", "penned", "inked", "concluded", "adopted", "exchanged"]
  /// Words that lead from a package to the documents it includes.
  static let inclusionWords: Set<String> = ["including", "included", "include", "includes"]
  /// Verbs by which a package's documents are about their subjects, one each: "the agreements
  /// concern cooperation in ...".
  static let concernVerbs: Set<String> = ["cover", "covers", "covered", "covering", "concern", "concerns", "concerned"]
  /// Verbs before "from" that open a range of subjects: "ranging from education to trade".
  static let rangeVerbs: Set<String> = ["ranging", "range", "ranges", "ranged"]

  /// The index of the link that starts a package's list when words lead to it from the head at
  /// `j` ("agreements, including on ...", "the memorandums inked included those on ...", "the
  /// agreements signed were related to ...", "the other agreements were in ...", "three
  /// agreements, one on ..." when `counted`), else `j`.
  static func listLinkAfterHead(_ t: [Token], from j: Int, counted: Bool) -> Int {
    var n = j
    // "Agreements also covered ...", "the deals were also ..."
    if n < t.count, t[n].lower == "also" { n += 1 }
    let verb = n < t.count && packageParticiples.contains(t[n].lower)
    if verb {
      n += 1
      // "the deals signed in Lima include ...": where they were signed
      if n + 1 < t.count, ["in", "at"].contains(t[n].lower), t[n + 1].isCapitalized {
        var m = n + 1
        while m < t.count, m - n <= 3, t[m].isWord, t[m].isCapitalized { m += 1 }
        n = m
      }
    }
    if n < t.count, t[n].lower == "also" { n += 1 }
    if n + 2 < t.count, ["were", "are"].contains(t[n].lower), ["related", "relating"].contains(t[n + 1].lower),
      t[n + 2].lower == "to"
    {
      return n + 1
    }
    // "the other memoranda were in fisheries and forestry": the copula leads to the link
    if !verb, n + 1 < t.count, ["were", "are"].contains(t[n].lower), ["in", "on"].contains(t[n + 1].lower) {
      return n + 1
    }
    // "three accords to promote cooperation in ...": the purpose leads to the fields
    if counted, let link = purposeLink(t, from: n) { return link }
    if n < t.count, t[n].text == "," { n += 1 }
    // "seven MoUs, ranging from education to trade"
    if n + 1 < t.count, rangeVerbs.contains(t[n].lower), t[n + 1].lower == "from" { return n }
    if n < t.count, inclusionWords.contains(t[n].lower) {
      n += 1
      if n < t.count, ["those", "ones"].contains(t[n].lower) { n += 1 }
    } else if counted, n > j, n < t.count, t[n].lower == "one" {
      n += 1
    } else {
      // "Agreements also covered cooperation in ...": the adverb leads to the link
      let covers = n > j && n < t.count && concernVerbs.contains(t[n].lower)
      return covers ? n : j
    }
    return n < t.count && distributiveLinks.contains(t[n].lower) ? n : j
  }

  /// Whether the words from `j` to the link at `link` include the package's documents by name
  /// ("agreements, including on ...", "the MoUs signed included those on ..."): the list then
  /// names documents one by one, however many the package counts.
  static func isInclusionLink(_ t: [Token], from j: Int, to link: Int) -> Bool {
    j < link && t[j..<link].contains { inclusionWords.contains($0.lower) }
  }

  /// Verbs of a package's purpose before its fields: "to boost cooperation in ...".
  static let purposeVerbs: Set<String> = [
    "boost", "promote", "strengthen", "enhance", "expand", "deepen", "develop", "facilitate", "advance",
  ]

  /// The index of "in" after "to <purpose verb> [up to two words] cooperation" at `n`, if there.
  static func purposeLink(_ t: [Token], from n: Int) -> Int? {
    guard n + 3 < t.count, t[n].lower == "to", purposeVerbs.contains(t[n + 1].lower) else { return nil }
    var k = n + 2
    while k < t.count, k - n <= 4, t[k].isWord, !t[k].isCapitalized, t[k].lower != "cooperation" { k += 1 }
    guard k + 1 < t.count, ["cooperation", "co-operation"].contains(t[k].lower), t[k + 1].lower == "in" else {
      return nil
    }
    return k + 1
  }
}

/// The words between "cover" and the fields a package's documents cover one each: "the memoranda
/// cover work in areas like sports, health and culture", "the agreements cover areas
/// including trade and transport". After "cover" the fields are the documents' subjects (the
/// plural's own verb distributes them), unlike "agreements in the areas of", a package told by
/// its fields.
extension Patterns {
  /// Nouns that stand for what the documents are about before the fields are named.
  static let coveredActivities: Set<String> = ["cooperation", "co-operation", "collaboration", "partnership"]

  /// The index after "(cooperation) (in) (the) fields such as|of|including|like" at `j`, or `j`
  /// when the words there are not such a preamble.
  static func fieldsPreambleEnd(_ t: [Token], from j: Int) -> Int {
    var k = j
    if k < t.count, coveredActivities.contains(t[k].lower) { k += 1 }
    if k < t.count, t[k].lower == "in" || t[k].lower == "across" { k += 1 }
    if k < t.count, ["the", "various", "several", "many", "a"].contains(t[k].lower) { k += 1 }
    // "a wide range of areas", "a number of fields", "a variety of sectors"
    if k < t.count, ["wide", "broad", "whole"].contains(t[k].lower) { k += 1 }
    if k + 1 < t.count, ["range", "variety", "number"].contains(t[k].lower), t[k + 1].lower == "of" { k += 2 }
    guard k < t.count, sharedSubjectHeads[t[k].lower] != nil else { return j }
    k += 1
    if k + 1 < t.count, t[k].lower == "such", t[k + 1].lower == "as" { return k + 2 }
    if k < t.count, ["of", "including", "like"].contains(t[k].lower) { return k + 1 }
    return j
  }
}
