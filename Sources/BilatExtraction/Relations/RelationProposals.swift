import Foundation

/// Which pairs of entities the relation model is offered as new relations: for each type, the
/// kinds of its two ends (`"Facility>City"`) the gold links often enough. The kinds are read from
/// the gold a model is trained on (``init(goldCounts:)``) and travel in the model file as
/// `K:TYPE:Start>End` entries, so extraction proposes what the model learned to judge.
public struct RelationProposals: Sendable, Equatable {
  /// End kinds per relation type.
  public var kinds: [String: Set<String>]

  /// At most this many pairs of one type in one sentence, the closest first. A sentence listing
  /// ten agreements and ten countries would otherwise give a hundred pairs, each with its features;
  /// the gold links such lists pairwise only in part, and the closest pairs carry most of it.
  public static let pairsPerSentence = 12
  /// At most this many mentions of each end kind in one sentence are paired (the first ones), so
  /// the pairing is bounded even before the cap.
  public static let mentionsPerSentence = 16

  /// The types a proposal may have (those the gold's conventions link between entities the
  /// extraction has; the meeting-bound DISCUSSED and MET_WITH and the titled HOLDS_ROLE are not proposed).
  public static let types: Set<String> = ["SIGNED", "IN_SECTOR", "LOCATED_IN", "CONCERNS", "AGREED"]

  /// Types of facts the gold records only when they happened: no pair of them is proposed across a
  /// wish, plan or proposal ("A is interested in signing B").
  public static let factualTypes: Set<String> = ["SIGNED", "AGREED"]

  /// An end-kind pair is proposed when the gold links at least this many pairs of it for the type,
  /// and at least this share of the type's relations.
  public static let minimumCount = 10
  public static let minimumShare = 0.02

  public init(kinds: [String: Set<String>]) { self.kinds = kinds.filter { !$0.value.isEmpty } }

  /// No proposals.
  public static let none = RelationProposals(kinds: [:])

  /// The kinds of a model file (its `K:` entries); none when there is no model.
  public init(model: LinearModel?) {
    var kinds: [String: Set<String>] = [:]
    for key in (model?.weights ?? [:]).keys where key.hasPrefix("K:") {
      let parts = key.dropFirst(2).split(separator: ":", maxSplits: 1)
      guard parts.count == 2 else { continue }
      kinds[String(parts[0]), default: []].insert(String(parts[1]))
    }
    self.init(kinds: kinds)
  }

  /// The kinds the gold links often enough (``minimumCount``, ``minimumShare``), from counts of
  /// `type -> "Start>End" -> relations` (``RelationTraining/endKindCounts(_:)``).
  public init(goldCounts: [String: [String: Int]], types: Set<String> = RelationProposals.types) {
    var kinds: [String: Set<String>] = [:]
    for (type, byKinds) in goldCounts where types.contains(type) {
      let total = byKinds.values.reduce(0, +)
      for (k, n) in byKinds where n >= Self.minimumCount && Double(n) >= Self.minimumShare * Double(total) {
        kinds[type, default: []].insert(k)
      }
    }
    self.init(kinds: kinds)
  }

  /// The model file entries that carry these kinds (`K:TYPE:Start>End`, weight 1).
  public var modelEntries: [String: Float] {
    var out: [String: Float] = [:]
    for (t, ks) in kinds { for k in ks { out["K:" + t + ":" + k] = 1 } }
    return out
  }

  /// Only the kinds of `types`.
  public func restricted(to types: Set<String>) -> RelationProposals {
    RelationProposals(kinds: kinds.filter { types.contains($0.key) })
  }

  /// The end kinds of `type` by start kind.
  func endKinds(_ type: String) -> [String: Set<String>] {
    var out: [String: Set<String>] = [:]
    for k in kinds[type] ?? [] {
      let parts = k.split(separator: ">", maxSplits: 1)
      guard parts.count == 2 else { continue }
      out[String(parts[0]), default: []].insert(String(parts[1]))
    }
    return out
  }
}
