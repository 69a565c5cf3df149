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
    RelationMatcher(x, gold).isGold(x.relations[c.relation])
  }

  /// The labelled candidates of one article (extracted without a relation model, so the relation
  /// indices are the candidates').
  public static func examples(_ x: Extraction, _ gold: GoldFile) -> [LinearModel.Example] {
    let matcher = RelationMatcher(x, gold)
    return x.relationCandidates.map {
      LinearModel.Example(features: $0.features, met: matcher.isGold(x.relations[$0.relation]))
    }
  }
}
