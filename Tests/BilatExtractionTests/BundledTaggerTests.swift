import Testing

@testable import BilatExtraction

/// The committed model on sentences of our own with invented names (none of them is in the
/// training data or the dictionaries).
@Suite("Bundled entity tagger")
struct BundledTaggerTests {
  static func tagger() throws -> EntityTagger {
    switch EntityTagger.bundled {
    case .success(let t): return t
    case .failure(let e): throw e
    }
  }

  /// Tags of the words of `text` that are not O, as "word/TAG".
  static func tagged(_ text: String) throws -> [String] {
    let units = Array(text.utf16)
    let tokens = Tokenizer.tokenize(units, 0..<units.count)
    let lexicon = Lexicon.shared
    let (tags, _) = try tagger().tag(tokens, lexiconMatches: lexicon.matches(in: tokens), lexicon: lexicon)
    return zip(tokens, tags).filter { $1 != .outside }.map { "\($0.text)/\($1)" }
  }

  static let sentences: [(String, [String])] = [
    (
      "On Tuesday the delegation was received by Mirela Kostadinova-Pavlic in the capital.",
      ["Mirela/B-PER", "Kostadinova-Pavlic/I-PER"]
    ),
    (
      "The agreement was also signed by Henrik van der Zwaluw, who spoke for the company.",
      ["Henrik/B-PER", "van/I-PER", "der/I-PER", "Zwaluw/I-PER"]
    ),
    (
      "Reporters were told that Khalid bin Suhail al-Harthami would travel to the region next week.",
      ["Khalid/B-PER", "bin/I-PER", "Suhail/I-PER", "al-Harthami/I-PER"]
    ),
    (
      "According to Tomasz Wierzbicki, the plan would cut costs by a third.",
      ["Tomasz/B-PER", "Wierzbicki/I-PER"]
    ),
    (
      "The visitors then met Joaquim de Almeida Prates and two of his advisers.",
      ["Joaquim/B-PER", "de/I-PER", "Almeida/I-PER", "Prates/I-PER"]
    ),
  ]

  @Test("unseen names of people from several countries are tagged word by word", arguments: sentences.indices)
  func people(_ k: Int) throws {
    let (text, expected) = BundledTaggerTests.sentences[k]
    #expect(try BundledTaggerTests.tagged(text) == expected)
  }

  @Test("a capitalized common word at the start of a sentence is not a name")
  func sentenceInitial() throws {
    for text in [
      "Harvest figures were published on Friday.", "Yesterday the ministers agreed on a new timetable.",
      "Several ports reported delays.",
    ] {
      #expect(try BundledTaggerTests.tagged(text).isEmpty, "\(text)")
    }
  }
}
