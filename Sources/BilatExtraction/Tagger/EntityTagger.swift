import Foundation

/// The statistical name tagger: a greedy left-to-right averaged perceptron over BIO tags
/// (``TaggerModel``) with word, shape, affix, context, previous-tag and gazetteer features.
public struct EntityTagger: Sendable {
  public let model: TaggerModel
  public let gazetteer: TaggerGazetteer

  public init(model: TaggerModel, gazetteer: TaggerGazetteer) {
    self.model = model
    self.gazetteer = gazetteer
  }

  /// The folder of the bundled model and gazetteers (`Data/models`).
  public static func bundledDirectory() throws(TaggerModelError) -> URL {
    guard let url = Bundle.module.url(forResource: "models", withExtension: nil) else {
      throw .missing(path: "Data/models", reason: "no 'models' resource in the BilatExtraction bundle")
    }
    return url
  }

  /// The bundled gazetteers (no model), for training.
  public static func bundledGazetteer() throws(TaggerModelError) -> TaggerGazetteer {
    try TaggerGazetteer.load(directory: try bundledDirectory())
  }

  /// The bundled gazetteers, loaded once: the tagger's, and the word lists the rules share
  /// with it (``People/commonWords``).
  public static let bundledGazetteerOnce: Result<TaggerGazetteer, TaggerModelError> = {
    do throws(TaggerModelError) {
      return .success(try bundledGazetteer())
    } catch {
      return .failure(error)
    }
  }()

  /// The bundled tagger, loaded once.
  public static let bundled: Result<EntityTagger, TaggerModelError> = {
    do throws(TaggerModelError) {
      let dir = try bundledDirectory()
      let model = try TaggerModel.load(path: dir.appendingPathComponent("tagger.bin").path)
      return .success(EntityTagger(model: model, gazetteer: try bundledGazetteerOnce.get()))
    } catch {
      return .failure(error)
    }
  }()

  /// Tags of `tokens` with each decision's margin (best minus second-best allowed score).
  public func tag(_ tokens: [Token], lexiconMatches: [Lexicon.Match], lexicon: Lexicon) -> (
    tags: [EntityTag], margins: [Float]
  ) {
    let bits = gazetteer.bits(tokens, lexiconMatches: lexiconMatches, lexicon: lexicon)
    return decode(TaggerFeatures(tokens, gazetteer: bits), tokens)
  }

  /// Connectors that may continue a name in lower case ("bin", "al-", "van", "of").
  static let connectors: Set<String> = [
    "of", "for", "and", "the", "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "la", "le",
    "bin", "ibn", "bint", "al", "el", "ben", "y", "&", "'s", "-", "on",
  ]

  /// A lower-case word outside a name that is not a name particle starts no name: the tagger
  /// gives it O without scoring (most words of a sentence), in training and tagging alike.
  @inline(__always) static func startsNothing(_ tokens: [Token], _ i: Int, previous: EntityTag, bits: UInt32) -> Bool {
    let t = tokens[i]
    guard previous == .outside, !t.isCapitalized, bits == 0 else { return false }
    if t.kind == .word && (connectors.contains(t.lower) || t.lower.hasPrefix("al-") || t.lower.hasPrefix("el-")) {
      return i == 0 || !(tokens[i - 1].isCapitalized) && !(i + 1 < tokens.count && tokens[i + 1].isCapitalized)
    }
    return true
  }

  func decode(_ f: TaggerFeatures, _ tokens: [Token]) -> (tags: [EntityTag], margins: [Float]) {
    var tags = [EntityTag](repeating: .outside, count: tokens.count)
    var margins = [Float](repeating: 0, count: tokens.count)
    var keys: [UInt64] = []
    keys.reserveCapacity(64)
    var scores = [Float](repeating: 0, count: EntityTag.count)
    var p1 = EntityTag.outside
    var p2 = EntityTag.outside
    for i in tokens.indices {
      if EntityTagger.startsNothing(tokens, i, previous: p1, bits: f.gazetteer[i]) {
        p2 = p1
        p1 = .outside
        continue
      }
      keys.removeAll(keepingCapacity: true)
      f.staticKeys(i, into: &keys)
      f.tagKeys(i, p1, p2, into: &keys)
      for k in scores.indices { scores[k] = 0 }
      model.score(keys, into: &scores)
      var best = EntityTag.outside
      var bestScore = -Float.infinity
      var second = -Float.infinity
      for tag in EntityTag.allCases where tag.canFollow(p1) {
        let s = scores[Int(tag.rawValue)]
        if s > bestScore {
          second = bestScore
          bestScore = s
          best = tag
        } else if s > second {
          second = s
        }
      }
      tags[i] = best
      margins[i] = bestScore - second
      p2 = p1
      p1 = best
    }
    return (tags, margins)
  }
}
