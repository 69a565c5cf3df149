/// Training data of the learned relation model: the relation candidates of an extraction,
/// labelled by whether the gold has that relation between the matched entities (as `bilat eval`
/// matches them, ``RelationMatcher``).
public enum RelationTraining {
  /// Folders whose gold must never train a model (the meeting model's list: they measure).
  public static var refused: [String] { MeetingTraining.refused }

  /// The types `bilat train relations` judges by default: DISCUSSED alone (judging LOCATED_IN,
  /// SIGNED and AGREED too lost more right relations than false ones leave-one-set-out, session 10).
  public static let defaultTypes = ["DISCUSSED"]

  /// Whether the gold has the candidate's relation.
  public static func label(_ c: RelationCandidate, _ x: Extraction, _ gold: GoldFile) -> Bool {
    RelationMatcher(x, gold).isGold(c.relation)
  }

  /// The labelled candidates of one article, the rules' relations and the proposed pairs
  /// (extracted without a relation model).
  public static func examples(_ x: Extraction, _ gold: GoldFile) -> [LinearModel.Example] {
    let matcher = RelationMatcher(x, gold)
    return x.relationCandidates.map { LinearModel.Example(features: $0.features, met: matcher.isGold($0.relation)) }
  }

  /// Whether an example is a proposed pair's (its features start with `proposed`).
  public static func isProposal(_ e: LinearModel.Example) -> Bool { e.features.first == "proposed" }

  /// How many relations of each type the gold links between each pair of end kinds
  /// (`type -> "Start>End" -> count`; an end the gold does not list as an entity is not counted).
  public static func endKindCounts(_ golds: [GoldFile]) -> [String: [String: Int]] {
    var out: [String: [String: Int]] = [:]
    for g in golds {
      var label: [String: String] = [:]
      for e in g.entities {
        label[e.name] = e.label
        for a in e.aliases ?? [] where label[a] == nil { label[a] = e.label }
      }
      for r in g.relations {
        guard let s = r.start, let a = label[s], let b = label[r.end] else { continue }
        out[r.type, default: [:]][a + ">" + b, default: 0] += 1
      }
    }
    return out
  }
}

extension RelationTraining {
  /// The types whose proposed pairs the bundled model adds (``RelationProposals``): none. Leave
  /// one set out, SIGNED, IN_SECTOR and AGREED proposals raise relation F1 a little (0.646 →
  /// 0.648; LOCATED_IN even, CONCERNS lower), but they cost a fifth of the extraction's speed
  /// (about 120k words per CPU second against 150k; SIGNED and IN_SECTOR alone: 139k, and dev-r1
  /// 0.010 lower), so they ship off (session 11, EVALUATION.md); `--propose` turns them on.
  public static let defaultProposals: [String] = []
  /// The bundled model's thresholds of proposals (`--proposal-threshold`), chosen leave-one-set-out
  /// (session 11; the figures are flat within a point or two of these; AGREED's was 3).
  public static let defaultProposalThresholds = ["SIGNED=1", "IN_SECTOR=1", "AGREED=3"]
  /// The bundled model's passes over the proposals (`--proposal-epochs`; 3 beat 10 leave-one-set-out).
  public static let defaultProposalEpochs = 3

  /// The relation model of labelled examples: the rules' relations' filter, an averaged
  /// perceptron of `epochs` passes (judging `judged` types only, as before proposals), and beside
  /// it, on disjoint features, the proposals' model of `proposalEpochs` passes over the proposals
  /// of the `proposed` types; a proposal of type T is accepted when its own score is above
  /// `proposalThresholds[T]` (0 when not given), which the model carries in its `P:T` weight.
  /// `proposals`' kinds of those types travel in the file (`K:` entries).
  public static func model(
    _ examples: [LinearModel.Example], epochs: Int, proposalEpochs: Int, seed: UInt64, threshold: Float,
    proposalThresholds: [String: Float], judged: Set<String>, proposed: Set<String>, proposals: RelationProposals
  ) -> LinearModel {
    var model = LinearModel.train(
      examples.filter { !isProposal($0) }, epochs: max(1, epochs), seed: seed, threshold: threshold)
    for t in RelationCandidate.types where !judged.contains(t) { model.weights["T:" + t] = nil }
    let kept = proposals.restricted(to: proposed)
    let types = Set(kept.kinds.keys)
    guard !types.isEmpty else { return model }
    let own = examples.filter { e in
      isProposal(e) && e.features.count > 1 && types.contains(String(e.features[1].dropFirst(2)))
    }
    let learned = LinearModel.train(own, epochs: max(1, proposalEpochs), seed: seed)
    for (f, w) in learned.weights { model.weights[f] = w }
    // each type's own threshold, carried by the feature every proposal of the type has
    for t in types {
      let w = (model.weights["P:" + t] ?? 0) + threshold - (proposalThresholds[t] ?? 0)
      model.weights["P:" + t] = w == 0 ? 0.0001 : w
    }
    for (k, w) in kept.modelEntries { model.weights[k] = w }
    return model
  }
}
