/// The relationship types the extractor writes, and what each one means for the graph writer and
/// the evaluation: one vocabulary, so that "which types are symmetric" and "what tells two of them
/// apart" are decided in one place.
///
/// Stored graphs may hold other types (imported or created by queries); they are neither symmetric
/// nor identified by a property (`RelationshipType(rawValue:)` is nil for them).
public enum RelationshipType: String, CaseIterable, Sendable {
  /// Two people met (a `date`, `place` and `mode` may say when, where and how).
  case metWith = "MET_WITH"
  /// The sides of a meeting discussed a sector or subject.
  case discussed = "DISCUSSED"
  /// Two sides agreed (`about` says on what).
  case agreed = "AGREED"
  /// A party signed an agreement.
  case signed = "SIGNED"
  /// A project, facility or agreement belongs to a sector.
  case inSector = "IN_SECTOR"
  /// An agreement or project concerns a facility or project.
  case concerns = "CONCERNS"
  /// A person holds a role (`title`) in a country or organization.
  case holdsRole = "HOLDS_ROLE"
  /// A place lies in a city or country.
  case locatedIn = "LOCATED_IN"
  /// A person attended a meeting (a meeting of more than two).
  case attended = "ATTENDED"
  /// A meeting was held in a place.
  case heldIn = "HELD_IN"

  /// Whether A–B and B–A are the same fact: a meeting or an agreement has no direction, so the
  /// extractor stores its ends in one order and the writer matches either direction.
  public var isSymmetric: Bool { self == .metWith || self == .agreed }

  /// The property that tells two relationships of this type between the same ends apart (two
  /// meetings on different dates, two roles, two things agreed), nil when the ends alone do.
  public var identifyingProperty: String? {
    switch self {
    case .metWith: "date"
    case .holdsRole: "title"
    case .agreed: "about"
    default: nil
    }
  }

  /// The types the evaluation scores, in the order its reports list them.
  public static let evaluated: [RelationshipType] = [
    .metWith, .discussed, .agreed, .signed, .inSector, .concerns, .holdsRole, .locatedIn,
  ]

  /// Whether a stored type name is symmetric (false for a type outside the vocabulary).
  public static func isSymmetric(_ name: String) -> Bool { RelationshipType(rawValue: name)?.isSymmetric ?? false }
}
