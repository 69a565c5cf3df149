/// The tokens of an extraction's sentences, each tokenized once when first asked for (the
/// learned models' candidates read the same sentences many times).
final class SentenceTokens {
  private let extraction: Extraction
  private var cache: [Int: [Token]] = [:]

  init(_ extraction: Extraction) { self.extraction = extraction }

  /// The tokens of sentence `s`; none for an index out of range.
  subscript(_ s: Int) -> [Token] {
    if let t = cache[s] { return t }
    guard extraction.sentences.indices.contains(s) else { return [] }
    let t = Tokenizer.tokenize(extraction.article.units, extraction.sentences[s].range)
    cache[s] = t
    return t
  }
}
