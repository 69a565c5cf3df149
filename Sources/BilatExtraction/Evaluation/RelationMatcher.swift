import BilatCore

/// Whether a predicted relation is a gold one, as `bilat eval` decides it: names match by
/// transliteration-folded key over names and aliases (strict) or by ``Evaluator/match(_:_:_:)``;
/// a DISCUSSED matches through the meeting's participants. The evaluator and the learned
/// relation model's labels (``RelationTraining``) share it.
public struct RelationMatcher {
  public let extraction: Extraction
  public let gold: GoldFile

  public init(_ extraction: Extraction, _ gold: GoldFile) {
    self.extraction = extraction
    self.gold = gold
  }

  /// The gold entity's label (nil when the gold lists no entity of that name) and names.
  func goldNames(_ n: String) -> (label: String?, names: [String]) {
    if let e = gold.entities.first(where: { $0.name == n || ($0.aliases ?? []).contains(n) }) {
      return (e.label, [e.name] + (e.aliases ?? []))
    }
    return (nil, [n])
  }

  func predictedNames(_ id: Int) -> [String] { [extraction.entities[id].name] + extraction.entities[id].aliases }

  /// Whether the gold name `g` names the predicted entity `pid`.
  func same(_ g: String, _ pid: Int, strict: Bool) -> Bool {
    let gn = goldNames(g)
    if strict {
      let exact = Set(gn.names.map(NameKey.transliterationFolded))
      return predictedNames(pid).contains { exact.contains(NameKey.transliterationFolded($0)) }
    }
    // a gold Facility is not matched by a predicted Project of similar words
    if let gl = gn.label, gl != extraction.entities[pid].label { return false }
    let label = gn.label ?? extraction.entities[pid].label
    return Evaluator.match(label, gn.names, predictedNames(pid))
  }

  /// Whether the predicted relation `pr` is the gold relation `gr` (of the same type).
  public func matches(_ gr: GoldRelation, _ pr: ExtractedRelation, strict: Bool) -> Bool {
    let x = extraction
    switch gr.type {
    case "DISCUSSED":
      guard same(gr.end, pr.end, strict: strict) else { return false }
      let participants =
        x.entities[pr.start].properties["participants"].flatMap { v -> [String]? in
          if case .list(let l) = v { return l.compactMap(\.stringValue) }
          return nil
        } ?? []
      let gm = gr.meeting ?? []
      let shared = gm.filter { g in
        participants.contains { pn in
          let pid = x.entities.firstIndex { $0.label == "Person" && $0.name == pn }
          return pid.map { same(g, $0, strict: strict) } ?? false
        }
      }
      return shared.count >= min(2, gm.count)
    case _ where RelationshipType.isSymmetric(gr.type):
      guard let st = gr.start else { return false }
      return (same(st, pr.start, strict: strict) && same(gr.end, pr.end, strict: strict))
        || (same(st, pr.end, strict: strict) && same(gr.end, pr.start, strict: strict))
    default:
      guard let st = gr.start else { return false }
      return same(st, pr.start, strict: strict) && same(gr.end, pr.end, strict: strict)
    }
  }

  /// Whether some gold relation of the same type is `pr`, by exact names or loosely.
  public func isGold(_ pr: ExtractedRelation) -> Bool {
    gold.relations.contains { $0.type == pr.type && (matches($0, pr, strict: true) || matches($0, pr, strict: false)) }
  }
}
