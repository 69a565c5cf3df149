import BilatCore

/// Training data of the learned meeting model: the candidate pairs of an extraction, labelled by
/// a gold file's MET_WITH relations (names matched as `bilat eval` matches them).
public enum MeetingTraining {
  /// Folders whose gold must never train a model: they measure it.
  public static let refused = ["heldout", "blind2", "blind3", "blind-r32"]

  /// Whether the gold says the candidate's two people met.
  public static func label(_ c: MeetingCandidate, _ x: Extraction, _ gold: GoldFile) -> Bool {
    func goldNames(_ n: String) -> [String] {
      if let e = gold.entities.first(where: { $0.name == n || ($0.aliases ?? []).contains(n) }) {
        return [e.name] + (e.aliases ?? [])
      }
      return [n]
    }
    func same(_ g: String, _ e: Int) -> Bool {
      let predicted = [x.entities[e].name] + x.entities[e].aliases
      return Evaluator.match("Person", goldNames(g), predicted)
    }
    return gold.relations.contains { r in
      guard r.type == "MET_WITH", let s = r.start else { return false }
      return same(s, c.first) && same(r.end, c.second) || same(s, c.second) && same(r.end, c.first)
    }
  }

  /// The labelled candidates of one article (extracted without a meeting model, so the features
  /// do not depend on one).
  public static func examples(_ x: Extraction, _ gold: GoldFile) -> [MeetingModel.Example] {
    x.meetingCandidates.map { MeetingModel.Example(features: $0.features, met: label($0, x, gold)) }
  }
}
