import Foundation

/// What a person's name is made of, beyond capitalized words: particles ("bin", "von der", "da"),
/// article-prefixed surnames ("al-Sudani"), and which words can never be a name (titles,
/// portfolio words, common given names standing alone).
extension People {
  /// Lower-case words that join the parts of a name: "Mohammed bin Salman", "Ursula von der
  /// Leyen", "Luiz Inácio Lula da Silva", "Ahmed ould Teguedi".
  static let nameParticles: Set<String> = [
    "bin", "ibn", "bint", "binti", "al", "el", "de", "da", "do", "dos", "das", "di", "du", "van", "von", "der",
    "den", "del", "della", "la", "le", "ter", "ould",
    // Arabic article joined into South Asian names: "Zia ul Haq", "Salah ud Din", "Habib ur Rehman"
    "ul", "ud", "ur",
  ]
  /// Prefixes of a surname written in lower case: "al-Sudani", "el-Sisi", "ash-Sharaa".
  static let surnamePrefixes: [String] = ["al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "at-", "az-"]

  /// Words of titles and roles, singular and plural, that never belong to a name ("Deputy Prime
  /// Ministers Ali Khan and ..." must not make "Prime Ministers Ali Khan" a person). Honorifics
  /// that are also parts of names (Sheikh Hasina, Sultan, Prince) are not among them.
  static let roleNouns: Set<String> = [
    "minister", "ministers", "president", "presidents", "premier", "premiers", "prime", "chancellor",
    "chancellors", "secretaries", "ambassador", "ambassadors", "governor", "governors", "mayor", "mayors",
    "chairman", "chairmen", "chairwoman", "chairperson", "speaker", "speakers", "taoiseach", "counsellor",
    "counselor", "councillor", "councilor", "envoy", "envoys", "commissioner", "deputy", "vice", "governor-general",
    "secretary-general", "vice-president", "vice-premier", "counterpart", "counterparts", "premier-designate",
    "president-elect", "leaders", "officials", "delegates", "heads", "spokesman", "spokeswoman", "spokesperson",
    "dr", "prof", "professor", "excellency", "honorable", "honourable",
  ]

  /// Words that are never part of a name: portfolio words with their singulars ("Affair",
  /// "Nation" out of "Foreign Affairs", "United Nations") and role nouns, for one lookup per token.
  static let notNameWords: Set<String> = {
    var out = portfolioWords.union(roleNouns).union(headlineVerbs)
    for w in portfolioWords where w.hasSuffix("s") && w.count > 4 { out.insert(String(w.dropLast())) }
    // a salutation or style before a name, a company's legal form ("Group Co., Ltd. Wang ...")
    out.formUnion(["dear", "highness", "majesty", "co", "ltd", "inc", "llc", "plc", "corp"])
    // a quarter of the world ("a leader of the South", "the West")
    out.formUnion(["north", "south", "east", "west", "northern", "southern", "eastern", "western"])
    return out
  }()

  /// Verbs that title-case headlines capitalize between two names ("A Receives B", "A Meets
  /// with B"): the end of one name, never a piece of it.
  static let headlineVerbs: Set<String> = [
    "meets", "receives", "received", "hosts", "hosted", "welcomes", "welcomed", "holds", "visits", "signs",
  ]

  /// A regnal number ("II", "XVI") or a generational suffix ("Jr") after a name, as written.
  static func isNameSuffix(_ t: Token) -> Bool {
    if t.text == "Jr" || t.text == "Sr" { return true }
    return t.text.utf8.count >= 2 && t.text.utf8.count <= 5
      && t.text.utf8.allSatisfy { $0 == 73 || $0 == 86 || $0 == 88 }
  }

  /// Honorifics written before a name and not part of it: "Dr. Abdullah Abdullah", "H.E. ...".
  static let honorifics: Set<String> = [
    "dr", "mr", "mrs", "ms", "prof", "professor", "h.e", "h.e.", "excellency", "honorable", "honourable", "hon",
    "highness", "majesty", "dear", "shri", "shrimati", "smt",
    // "H.H. Sheikh A" (His Highness), "H.R.H. Prince B"
    "h.h", "h.h.", "h.r.h", "h.r.h.",
    // an engineer's style in Gulf and Egyptian copy: "Minister of State for Water Affairs Eng. Khalid"
    "eng", "engr",
  ]
  /// Honorifics that make the name after them a person's even without a title: "Mr. Taro Kono".
  static let personHonorifics: Set<String> = [
    "dr", "mr", "mrs", "ms", "mme", "honorable", "honourable", "prince", "princess", "sheikh", "sheikha", "shaikh",
  ]

  /// "Mr. Taro Kono", "the Honorable Mike Pompeo": a person named in full after an honorific.
  static func honorificNames(_ a: inout SentenceAnalysis) {
    var i = 0
    while i < a.tokens.count {
      let t = a.tokens
      guard t[i].isCapitalized, personHonorifics.contains(t[i].lower), a.cover[i] < 0 else {
        i += 1
        continue
      }
      var j = i + 1
      if j < t.count, t[j].text == "." { j += 1 }
      j = skipHonorifics(a, from: j)
      let end = nameEnd(a, from: j, free: true)
      // a lone surname after the honorific ("Mr. Kono") is left to the article's people
      guard nameWordCount(a, j..<end) >= 2 else {
        i = j
        continue
      }
      a.add(Span(kind: .person, tokens: j..<end, name: a.cleanText(j..<end), rule: "honorific-name", confidence: 0.75))
      i = end
    }
  }

  /// Royal and courtesy styles before a full name ("Sheikh Tamim bin Hamad Al Thani", "Prince
  /// Faisal bin Farhan"); before a single word they are part of the name ("Sheikh Hasina").
  static let royalStyles: Set<String> = [
    "prince", "princess", "sheikh", "sheikha", "shaikh", "king", "queen", "sultan", "emir", "amir", "hh", "hrh",
  ]

  /// A style before a capitalized name ("Sheikh Tamim", "Sayyid Badr"): no one's surname there,
  /// though a dictionary person may bear it as one.
  static func isStyleBeforeName(_ t: [Token], _ i: Int) -> Bool {
    guard royalStyles.contains(t[i].lower) || ["sayyid", "sayed", "syed"].contains(t[i].lower) else { return false }
    return i + 1 < t.count && t[i + 1].isWord && t[i + 1].isCapitalized
  }

  /// The first token after honorifics (and their periods) starting at `i`.
  static func skipHonorifics(_ a: SentenceAnalysis, from i: Int) -> Int {
    var j = i
    while j < a.tokens.count, a.cover[j] < 0 {
      let w = a.tokens[j].lower
      if honorifics.contains(w) {
        j += 1
        if j < a.tokens.count, a.tokens[j].text == "." { j += 1 }
      } else if royalStyles.contains(w), a.tokens[j].isCapitalized, j + 1 < a.tokens.count,
        nameWordCount(a, (j + 1)..<nameEnd(a, from: j + 1)) >= 2
      {
        j += 1
      } else {
        break
      }
    }
    return j
  }

  /// Where the name set off by a comma after a title starts ("Foreign Minister, Murat Nurtleu,"):
  /// a dictionary person, or two name words closed by a comma, period, semicolon or parenthesis.
  static func commaName(_ a: SentenceAnalysis, after i: Int) -> Int? {
    let t = a.tokens
    guard i + 1 < t.count, t[i].text == "," else { return nil }
    if let s = a.span(at: i + 1), s.kind == .person, s.tokens.lowerBound == i + 1 { return i + 1 }
    guard a.cover[i + 1] < 0 else { return nil }
    let start = skipHonorifics(a, from: i + 1)
    // ", Hon. Ana Quispe on ...": a person already read after the honorifics
    if start > i + 1, let s = a.span(at: start), s.kind == .person, s.tokens.lowerBound == start { return start }
    let end = nameEnd(a, from: start)
    // post-nominal letters may close the name: "Adam Afriyie MP."
    let close = end < t.count && t[end].isAllCaps && t[end].text.utf8.count <= 4 ? end + 1 : end
    guard nameWordCount(a, start..<end) >= 2, close == t.count || [",", ".", ";", ")"].contains(t[close].text) else {
      return nil
    }
    return start
  }

  /// A capitalized portfolio word before a title: "Finance Minister", "Foreign Affairs Secretary".
  static func isPortfolioBeforeTitle(_ t: Token) -> Bool {
    t.isWord && t.isCapitalized && portfolioWords.contains(t.lower) && !Patterns.isFunctionCapital(t)
      && !["of", "for", "and", "the", "republic", "government", "state", "people", "party"].contains(t.lower)
  }

  /// A particle that sits between two parts of a name.
  static func isParticle(_ t: Token) -> Bool { t.isWord && !t.isCapitalized && nameParticles.contains(t.lower) }

  /// "al-Sudani": a lower-case article prefix before a capitalized surname.
  static func isPrefixedSurname(_ t: Token) -> Bool {
    guard t.isWord, !t.isCapitalized else { return false }
    for p in surnamePrefixes where t.lower.hasPrefix(p) {
      let rest = t.text.utf16.dropFirst(p.utf16.count)
      guard let first = rest.first else { return false }
      return TextClass.isUpper(first)
    }
    return false
  }

  /// The end of the name starting at token `i`: up to `maxWords` name words, with particles
  /// between them and a prefixed surname ("al-Sudani") inside or at the end. `free` requires
  /// tokens no span covers. Returns `i` when no name starts there.
  static func nameEnd(_ a: SentenceAnalysis, from i: Int, maxWords: Int = 4, free: Bool = false) -> Int {
    let t = a.tokens
    var e = i
    var end = i
    var words = 0
    while e < t.count && words < maxWords {
      if free && a.cover[e] >= 0 && !isPlaceNamedLikeNamePart(a, e, inName: words > 0) { break }
      let initial = initialLength(a, at: e)
      if initial > 0 {
        e += initial  // "S. Jaishankar", "J.K. Ramesh": part of the name only when a name word follows
      } else if canBeNameToken(t[e], a, e) || isPlaceNamedLikeNamePart(a, e, inName: words > 0) {
        // a capitalized article ("Al Thani", "El Khalil") is a particle: the word after it counts
        if !(words > 0 && ["al", "el"].contains(t[e].lower)) { words += 1 }
        e += 1
        end = e
      } else if words > 0 && t[e].isCapitalized && DateFinder.months[t[e].lower] != nil
        && (e + 1 == t.count || t[e + 1].kind != .number) && (free == false || a.cover[e] < 0)
      {
        // "Theresa May spoke", not "on 3 May 2018"
        words += 1
        e += 1
        end = e
      } else if words >= 2 && t[e].text == "An" && (e + 1 == t.count || !t[e + 1].isCapitalized) {
        // "Dang Hoang An": a Vietnamese given name, no article, after two name words and before
        // no capitalized word an article could begin
        words += 1
        e += 1
        end = e
      } else if words == 0 && isShortCapsSurnameFirst(a, e) {
        // "SOK Chenda Sophea": a short surname written in capitals before the given names
        words += 1
        e += 1
        end = e
      } else if words > 0 && isShortCapsSurnamePart(a, e) {
        // "Nkosazana DLAMINI ZUMA": a surname written in capitals goes on with a short word
        words += 1
        e += 1
        end = e
      } else if words > 0 && isNameSuffix(t[e]) {
        // "Abdullah II", "Charles III"
        e += 1
        end = e
      } else if words > 0 && isPrefixedSurname(t[e]) {
        words += 1
        e += 1
        end = e
      } else if words > 0 && isParticle(t[e]) && e + 1 < t.count
        && (isParticle(t[e + 1]) || isPrefixedSurname(t[e + 1]) || canBeNameToken(t[e + 1], a, e + 1))
      {
        e += 1  // a particle counts only when a name part follows
      } else {
        break
      }
    }
    return end
  }

  /// Whether the short word in capitals at `e` (which ``canBeNameToken(_:_:_:)`` leaves out, as an
  /// acronym) goes on a surname written in capitals: the word before it is a name word in
  /// capitals of five letters or more, and no rule but the tagger read the short word, which is no common word
  /// ("DLAMINI ZUMA", not "MBEKI ANC" or "MBEKI AND").
  static func isShortCapsSurnamePart(_ a: SentenceAnalysis, _ e: Int) -> Bool {
    e > 0 && a.tokens[e - 1].isAllCaps && a.tokens[e - 1].text.count >= 5 && isShortCapsWord(a, e)
  }

  /// Whether the short word in capitals at `e` is a surname written first, before given names
  /// written in small letters that a rule or the tagger may read as a name: "SOK Chenda Sophea",
  /// "HUN Manet" (not "UN Secretary", which the lexicon reads, nor "IT Minister").
  static func isShortCapsSurnameFirst(_ a: SentenceAnalysis, _ e: Int) -> Bool {
    let t = a.tokens
    guard e + 1 < t.count, isShortCapsWord(a, e), !t[e + 1].isAllCaps, canBeNameToken(t[e + 1], a, e + 1) else {
      return false
    }
    return a.span(at: e + 1)?.kind == .person || firstNames.contains(t[e + 1].lower)
      || !commonWords.contains(t[e + 1].lower) && e + 2 < t.count && canBeNameToken(t[e + 2], a, e + 2)
  }

  /// A word of two to four capitals that no rule but the tagger read (the tagger reads such a
  /// word as an acronym's organization: "ZUMA"), no common word.
  private static func isShortCapsWord(_ a: SentenceAnalysis, _ e: Int) -> Bool {
    let t = a.tokens
    let taggerAcronym = a.span(at: e).map { $0.rule.hasPrefix("tagger") && $0.tokens.count == 1 } ?? false
    return t[e].isWord && t[e].isAllCaps && (2...4).contains(t[e].text.count) && (a.cover[e] < 0 || taggerAcronym)
      && !Patterns.isFunctionCapital(t[e]) && !notNameWords.contains(t[e].lower) && !commonWords.contains(t[e].lower)
      && !isPortfolio(t[e].lower)
  }

  /// Where a title ends that goes on with portfolios joined by "and" or commas before the name:
  /// "Minister of Roads | and Housing | Peter Lind", "... and International Cooperation ...",
  /// "Minister of Roads | , Housing and Fisheries | Ana Ruiz". `hi` when
  /// nothing joins or no name follows.
  static func joinedPortfolioEnd(_ a: SentenceAnalysis, after hi: Int) -> Int {
    let t = a.tokens
    var k = hi
    while k + 2 < t.count, t[k].lower == "and" || t[k].text == "," {
      var j = k + 1
      while j < t.count && j - k <= 3 && t[j].isWord && t[j].isCapitalized {
        if let s = a.span(at: j), s.kind == .sector {
          j = s.tokens.upperBound
        } else if a.cover[j] < 0 && portfolioWords.contains(t[j].lower) {
          j += 1
        } else {
          break
        }
      }
      guard j > k + 1, j < t.count else { return hi }
      if canBeNameToken(t[j], a, j) { return j }
      k = j
    }
    return hi
  }

  /// Given names written abbreviated with a period, read like an initial: "Md. Shahriar Alam"
  /// (Muhammad, in Bangladesh), "Mohd. Nasir" (Malaysia).
  static let abbreviatedGivenNames: Set<String> = ["md", "mohd", "muhd"]

  /// The tokens of an initial before the rest of a name: 2 for "S" + "." ("S. Jaishankar") or "Md" + ".", 1 for
  /// "J.K." ("J.K. Ramesh"), else 0. Never a span of its own ("U.S." is a country).
  static func initialLength(_ a: SentenceAnalysis, at e: Int) -> Int {
    let t = a.tokens
    let n = t[e].end - t[e].start
    guard n == 1 || (2...6).contains(n), e + 1 < t.count, t[e].isWord, t[e].isCapitalized, a.cover[e] < 0 else {
      return 0
    }
    let scalars = Array(t[e].text.unicodeScalars)
    if scalars.count == 1 || abbreviatedGivenNames.contains(t[e].lower), t[e + 1].text == ".", e + 2 < t.count,
      t[e + 2].isWord, t[e + 2].isCapitalized
    {
      return 2
    }
    guard scalars.count >= 4, scalars.count <= 6, scalars.count % 2 == 0, t[e + 1].isWord, t[e + 1].isCapitalized
    else { return 0 }
    for (k, c) in scalars.enumerated() where (k % 2 == 1) != (c == ".") { return 0 }
    return 1
  }

  /// A one-word city or place that is part of a name ("Gao Mingyuan", "Retno Sari", "Tran Van
  /// Hoa" beside the cities Gao, Sari and Van): inside a name, or starting one that goes on.
  static func isPlaceNamedLikeNamePart(_ a: SentenceAnalysis, _ i: Int, inName: Bool) -> Bool {
    let t = a.tokens
    guard t[i].isCapitalized, let s = a.span(at: i), s.kind == .city || s.kind == .place, s.tokens.count == 1,
      !(i > 0 && ["in", "at", "to", "from", "near", "of", "via"].contains(t[i - 1].lower))
    else { return false }
    if inName { return true }
    return i + 1 < t.count && canBeNameToken(t[i + 1], a, i + 1)
  }

  /// The number of name words (particles left out) in tokens `r`.
  static func nameWordCount(_ a: SentenceAnalysis, _ r: Range<Int>) -> Int {
    r.filter { !isParticle(a.tokens[$0]) }.count
  }

  /// Common given names (lower case): the names marked common (column 2 is 1) in
  /// `Data/models/first-names.tsv`, the one given-name list the tagger also reads.
  static let firstNames: Set<String> = modelWords("first-names.tsv") { $0.count >= 2 && $0[1] == "1" }

  /// Common English words (lower case) of `Data/models/common-words.tsv`: the tagger's own
  /// set, read once for both; empty, with a warning that says why, when it cannot be read.
  static let commonWords: Set<String> = {
    switch EntityTagger.bundledGazetteerOnce {
    case .success(let gazetteer): return gazetteer.commonWords
    case .failure(let error):
      FileHandle.standardError.write(Data("bilat: warning: \(error)\n".utf8))
      return []
    }
  }()

  /// The first column (lower-cased) of the bundled model file's lines that `keep` accepts; empty,
  /// with a warning that says why, when the file cannot be read (the extractor still works).
  static func modelWords(_ file: String, keep: ([Substring]) -> Bool) -> Set<String> {
    do {
      return try loadModelWords(file, keep: keep)
    } catch {
      FileHandle.standardError.write(Data("bilat: warning: \(error)\n".utf8))
      return []
    }
  }

  static func loadModelWords(_ file: String, keep: ([Substring]) -> Bool) throws(DictionaryFileError) -> Set<String> {
    guard let dir = Bundle.module.url(forResource: "models", withExtension: nil) else {
      throw .missing(path: "models/" + file)
    }
    let url = dir.appendingPathComponent(file)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .missing(path: url.path) }
    var out = Set<String>()
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let columns = line.split(separator: "\t")
      if let first = columns.first, keep(columns) { out.insert(first.lowercased()) }
    }
    return out
  }
}

/// A bundled dictionary file that could not be read.
enum DictionaryFileError: Error, CustomStringConvertible {
  case missing(path: String)

  var description: String {
    switch self {
    case .missing(let path):
      "\(path): cannot read the bundled data file; rebuild so that Data/dictionaries and Data/models are copied into the bundle"
    }
  }
}
