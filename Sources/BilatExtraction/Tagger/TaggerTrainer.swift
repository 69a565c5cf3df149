/// Trains a ``TaggerModel`` with the averaged perceptron: greedy left-to-right decoding with
/// the model's own previous tags, seeded shuffling and gazetteer dropout (deterministic given
/// the seed), then pruning of rare and near-zero features.
public struct TaggerTrainer {
  public var iterations = 8
  public var seed: UInt64 = 1
  /// Probability of hiding a token's gazetteer bits in a training pass.
  public var gazetteerDropout = 0.25
  /// Features seen fewer times than this are dropped from the saved model.
  public var minimumCount = 2
  public let gazetteer: TaggerGazetteer
  public let lexicon: Lexicon

  public init(gazetteer: TaggerGazetteer, lexicon: Lexicon) {
    self.gazetteer = gazetteer
    self.lexicon = lexicon
  }

  struct Prepared {
    var features: TaggerFeatures
    var sentence: TaggedSentence
  }

  func prepare(_ s: TaggedSentence) -> Prepared {
    let bits = gazetteer.bits(s.tokens, lexiconMatches: lexicon.matches(in: s.tokens), lexicon: lexicon)
    return Prepared(features: TaggerFeatures(s.tokens, gazetteer: bits), sentence: s)
  }

  /// The trained model.
  public func train(_ sentences: [TaggedSentence]) -> TaggerModel {
    let data = sentences.map(prepare)
    let tagCount = EntityTag.count
    var index: [UInt64: Int] = [:]
    var keyList: [UInt64] = []
    var weights: [Float] = []
    var totals: [Double] = []  // sum over updates of step * delta, for averaging
    var counts: [Int32] = []
    var step = 1
    var rng = SeededGenerator(seed: seed)
    var order = Array(data.indices)
    var keys: [UInt64] = []
    var scores = [Float](repeating: 0, count: tagCount)
    for _ in 0..<iterations {
      order.shuffle(using: &rng)
      for si in order {
        let p = data[si]
        var p1 = EntityTag.outside
        var p2 = EntityTag.outside
        for i in p.sentence.tokens.indices {
          let gold = p.sentence.tags[i]
          if EntityTagger.startsNothing(p.sentence.tokens, i, previous: p1, bits: p.features.gazetteer[i]) {
            p2 = p1
            p1 = .outside
            continue
          }
          keys.removeAll(keepingCapacity: true)
          let drop = Double(rng.next() % 10_000) / 10_000 < gazetteerDropout
          p.features.staticKeys(i, dropGazetteer: drop, into: &keys)
          p.features.tagKeys(i, p1, p2, into: &keys)
          for k in scores.indices { scores[k] = 0 }
          for f in keys {
            guard let w = index[f] else { continue }
            for t in 0..<tagCount { scores[t] += weights[w * tagCount + t] }
          }
          var guess = EntityTag.outside
          var best = -Float.infinity
          for tag in EntityTag.allCases where tag.canFollow(p1) && scores[Int(tag.rawValue)] > best {
            best = scores[Int(tag.rawValue)]
            guess = tag
          }
          for f in keys {
            let w: Int
            if let existing = index[f] {
              w = existing
            } else {
              w = keyList.count
              index[f] = w
              keyList.append(f)
              weights.append(contentsOf: repeatElement(0, count: tagCount))
              totals.append(contentsOf: repeatElement(0, count: tagCount))
              counts.append(0)
            }
            counts[w] += 1
            if guess != gold {
              weights[w * tagCount + Int(gold.rawValue)] += 1
              totals[w * tagCount + Int(gold.rawValue)] += Double(step)
              weights[w * tagCount + Int(guess.rawValue)] -= 1
              totals[w * tagCount + Int(guess.rawValue)] -= Double(step)
            }
          }
          step += 1
          p2 = p1
          p1 = guess
        }
      }
    }
    // averaged weight = w - totals / step; keep frequent features with a non-negligible weight
    var kept: [(UInt64, [Float])] = []
    for (w, key) in keyList.enumerated() where Int(counts[w]) >= minimumCount {
      let avg = (0..<tagCount).map { t in Float(Double(weights[w * tagCount + t]) - totals[w * tagCount + t] / Double(step)) }
      if avg.contains(where: { abs($0) >= 0.01 }) { kept.append((key, avg)) }
    }
    kept.sort { $0.0 < $1.0 }
    return TaggerModel(keys: kept.map(\.0), weights: kept.flatMap(\.1))
  }
}
