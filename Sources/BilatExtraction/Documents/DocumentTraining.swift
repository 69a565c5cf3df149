import BilatCore

/// Training data of the learned document model: the document candidates of an extraction,
/// labelled by whether the gold names them or a relation they carry.
public enum DocumentTraining {
  /// Folders whose gold must never train a model (the meeting model's list: they measure).
  public static var refused: [String] { MeetingTraining.refused }

  /// Whether the gold names the candidate, or a relation of the gold is one the candidate
  /// carries (a loosely named document can still carry a right SIGNED or IN_SECTOR).
  public static func label(_ c: DocumentCandidate, _ x: Extraction, _ gold: GoldFile) -> Bool {
    func names(_ e: Int) -> [String] { [x.entities[e].name] + x.entities[e].aliases }
    func same(_ g: String, _ e: Int) -> Bool {
      guard let ge = gold.entities.first(where: { $0.name == g || ($0.aliases ?? []).contains(g) }) else {
        return Evaluator.match(x.entities[e].label, [g], names(e))
      }
      return ge.label == x.entities[e].label && Evaluator.match(ge.label, [ge.name] + (ge.aliases ?? []), names(e))
    }
    if gold.entities.contains(where: { $0.label == c.label && same($0.name, c.entity) }) { return true }
    return x.relations.contains { r in
      (r.start == c.entity || r.end == c.entity)
        && gold.relations.contains { g in
          guard g.type == r.type, let gs = g.start else { return false }
          return same(gs, r.start) && same(g.end, r.end)
        }
    }
  }

  /// The labelled candidates of one article (extracted without a document model, so the entity
  /// indices are the candidates').
  public static func examples(_ x: Extraction, _ gold: GoldFile) -> [LinearModel.Example] {
    x.documentCandidates.map { LinearModel.Example(features: $0.features, met: label($0, x, gold)) }
  }
}
