import Foundation

extension Extractor {
  /// The bundled relation model; a missing or malformed `Data/models/relations.tsv` stops the
  /// program with its path (rebuild it with `bilat train relations`).
  public static func bundledRelationModel() -> LinearModel { LinearModel.orStop(LinearModel.bundledRelations) }
}

extension Extraction {
  /// Applies the relation model: drops the rules' relations of the types it judges that it does
  /// not accept (a type the model was not trained on, no weight of its `T:TYPE` feature, is kept),
  /// and adds the proposed pairs of the types it proposes (a `P:TYPE` weight) that it accepts,
  /// with the model's score as confidence. Entities stay; the candidates are reindexed.
  mutating func keepLearnedRelations(_ model: LinearModel) {
    var kept: [ExtractedRelation] = []
    var newIndex: [Int: Int] = [:]
    let dropped = Set(
      relationCandidates.compactMap { c -> Int? in
        guard c.origin == .rule, let i = c.index, model.weights["T:" + c.type] != nil, !model.accepts(c.features)
        else { return nil }
        return i
      })
    for (i, r) in relations.enumerated() where !dropped.contains(i) {
      newIndex[i] = kept.count
      kept.append(r)
    }
    // a pair proposed in two sentences is one relation with two pieces of evidence
    var proposed: [PairKey: Int] = [:]
    for k in relationCandidates.indices {
      let c = relationCandidates[k]
      switch c.origin {
      case .rule:
        relationCandidates[k].index = c.index.flatMap { newIndex[$0] }
      case .proposed:
        guard model.weights["P:" + c.type] != nil else { continue }
        let score = model.score(c.features)
        guard score > model.threshold else { continue }
        var r = c.relation
        for e in r.evidence.indices { r.evidence[e].confidence = RelationCandidate.confidence(score - model.threshold) }
        relationCandidates[k].relation = r
        let key = PairKey(r.type, r.start, r.end)
        if let i = proposed[key] {
          kept[i].evidence += r.evidence
          relationCandidates[k].index = i
        } else {
          proposed[key] = kept.count
          relationCandidates[k].index = kept.count
          kept.append(r)
        }
      }
    }
    relations = kept
  }
}

extension RelationCandidate {
  /// A proposal's confidence from its score's margin over the threshold: a logistic curve, 0.5 at
  /// the threshold, in 0...1.
  static func confidence(_ margin: Float) -> Double {
    let c = 1 / (1 + exp(-Double(margin) / 4))
    return (c * 100).rounded() / 100
  }
}
