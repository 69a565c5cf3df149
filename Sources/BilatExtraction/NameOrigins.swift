import BilatCore
import Foundation

/// Which country a person's name most likely comes from, among a few: a character model of the
/// names each country's office holders bear (the Factbook's heads of state and government,
/// their deputies and ambassadors, `Data/gazetteers/officeholders.tsv`). News names many
/// officials without their country ("Minister of Trade Mehmet Muş also attended"); between the
/// two or three countries an article is about, the spelling of a name usually tells them apart
/// ("Pakdemirli" is Turkish, "Kikuta" Japanese, "Albares" Spanish), which no dictionary of
/// people can do for the thousands of officials it does not list.
///
/// A smoothed naive Bayes model over the letter one-, two- and three-grams of each word of a
/// name, with the word's start and end marked, folded to lower case without accents. It only
/// ranks the countries it is given: an article's countries, never all the world's.
struct NameOrigins: Sendable {
  /// Gram counts of one country's names, and their sum.
  struct Counts: Sendable {
    var grams: [UInt64: Int32] = [:]
    var total: Int32 = 0

    mutating func add(_ more: [UInt64]) {
      for g in more { grams[g, default: 0] += 1 }
      total += Int32(more.count)
    }
  }

  private(set) var countries: [String: Counts] = [:]
  /// Distinct grams over all countries (the smoothing's vocabulary size).
  private var vocabulary: Set<UInt64> = []

  /// Adds one name borne by an official of `country`.
  mutating func add(_ name: String, of country: String) {
    let grams = NameOrigins.grams(of: name)
    // in place: a copy of the counts taken out and put back would copy the table for every name
    countries[country, default: Counts()].add(grams)
    vocabulary.formUnion(grams)
  }

  /// The country among `candidates` whose officials' names `name` resembles most; nil when no
  /// candidate has names to compare with or the name has no letters. Ties go to the first
  /// candidate in `candidates`' order.
  func likeliest(_ name: String, among candidates: [String]) -> String? {
    let grams = NameOrigins.grams(of: name)
    guard !grams.isEmpty else { return nil }
    let v = Double(vocabulary.count)
    var best: (country: String, score: Double)?
    for c in candidates {
      guard let counts = countries[c] else { continue }
      let denominator = log(Double(counts.total) + NameOrigins.smoothing * v)
      var score = 0.0
      for g in grams { score += log(Double(counts.grams[g] ?? 0) + NameOrigins.smoothing) - denominator }
      if best.map({ score > $0.score }) ?? true { best = (c, score) }
    }
    return best?.country
  }

  /// The model of the bundled gazetteer's office holders (`officeholders.tsv`: name, variants,
  /// country, ...), built on first use. Not a part of ``Lexicon``, whose copies every extraction
  /// makes; a gazetteer that cannot be read is reported on stderr and leaves the model empty
  /// (no country is guessed).
  static let bundled: NameOrigins = {
    var origins = NameOrigins()
    do {
      guard let dir = Bundle.module.url(forResource: "gazetteers", withExtension: nil) else {
        throw LexiconError(path: "Data/gazetteers", reason: "the gazetteer folder is not in the bundle")
      }
      let url = dir.appendingPathComponent("officeholders.tsv")
      let bytes: [UInt8]
      // split as an array: Data's iterator goes byte by byte through its storage
      do { bytes = Array(try Data(contentsOf: url)) } catch {
        throw LexiconError(path: url.path, reason: "cannot read: \(error.localizedDescription)")
      }
      for line in bytes.split(separator: 0x0A) where line.first != 0x23 {
        let cols = line.split(separator: 0x09, omittingEmptySubsequences: false)
        guard cols.count > 2, !cols[0].isEmpty, !cols[2].isEmpty else { continue }
        origins.add(String(decoding: cols[0], as: UTF8.self), of: String(decoding: cols[2], as: UTF8.self))
      }
    } catch {
      FileHandle.standardError.write(Data("bilat: warning: \(error); no country from the spelling of names\n".utf8))
    }
    return origins
  }()

  /// Add-k smoothing: an unseen gram counts a tenth of a seen one (the value of the experiment
  /// on the development pages that chose this model; other values were not tried).
  static let smoothing = 0.1

  /// The one- to three-letter grams of each word of `name` with two letters or more, lower
  /// case, accents removed, "^" and "$" marking the word's ends; each gram packed into 64 bits.
  static func grams(of name: String) -> [UInt64] {
    var result: [UInt64] = []
    var word: [UInt32] = [0x5E]
    func endWord() {
      if word.count > 2 {
        word.append(0x24)
        for n in 1...3 where word.count >= n {
          for i in 0...(word.count - n) {
            var g = UInt64(n)
            for s in word[i..<(i + n)] { g = g &* 0x1_0000_01B3 ^ UInt64(s) }
            result.append(g)
          }
        }
      }
      word.removeSubrange(1...)
    }
    // NameKey's fold (lower case, no accents) runs over scalars: Foundation's folding is slow
    for scalar in NameKey.normalized(name).unicodeScalars {
      if (0x61...0x7A).contains(scalar.value) || (!scalar.isASCII && scalar.properties.isAlphabetic) {
        word.append(scalar.value)
      } else {
        endWord()
      }
    }
    endWord()
    return result
  }
}
