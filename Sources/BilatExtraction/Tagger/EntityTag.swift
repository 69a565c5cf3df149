/// The tagger's per-token label: BIO over three entity types. Locations get their Bilat kind
/// (country, city, place) from the gazetteers after tagging.
public enum EntityTag: UInt8, Sendable, CaseIterable, CustomStringConvertible {
  case outside = 0, beginPerson, insidePerson, beginOrganization, insideOrganization, beginLocation, insideLocation

  /// Entity types the tagger proposes.
  public enum EntityType: UInt8, Sendable, CaseIterable {
    case person = 0, organization, location
    public var code: String { ["PER", "ORG", "LOC"][Int(rawValue)] }
  }

  static let count = EntityTag.allCases.count

  /// The type of a B or I tag; nil for O.
  public var type: EntityType? {
    switch self {
    case .outside: return nil
    case .beginPerson, .insidePerson: return .person
    case .beginOrganization, .insideOrganization: return .organization
    case .beginLocation, .insideLocation: return .location
    }
  }

  public var isBegin: Bool { self == .beginPerson || self == .beginOrganization || self == .beginLocation }

  static func begin(_ t: EntityType) -> EntityTag { EntityTag(rawValue: 1 + 2 * t.rawValue) ?? .outside }
  static func inside(_ t: EntityType) -> EntityTag { EntityTag(rawValue: 2 + 2 * t.rawValue) ?? .outside }

  /// Whether this tag may follow `previous` (an I tag continues an entity of its own type).
  func canFollow(_ previous: EntityTag) -> Bool {
    guard !isBegin, let t = type else { return true }
    return previous.type == t
  }

  public var description: String {
    guard let t = type else { return "O" }
    return (isBegin ? "B-" : "I-") + t.code
  }
}

/// An entity proposed by the tagger: a token range, its type and a confidence from the
/// perceptron's margin.
public struct TaggedEntity: Sendable, Equatable {
  public var tokens: Range<Int>
  public var type: EntityTag.EntityType
  public var confidence: Double

  /// Entities of a BIO tag sequence (I tags are only ever produced after a tag of their type).
  static func entities(_ tags: [EntityTag], margins: [Float]) -> [TaggedEntity] {
    var out: [TaggedEntity] = []
    var i = 0
    while i < tags.count {
      guard let t = tags[i].type else {
        i += 1
        continue
      }
      var j = i + 1
      while j < tags.count && tags[j] == EntityTag.inside(t) { j += 1 }
      let margin = margins.isEmpty ? 0 : margins[i..<j].min() ?? 0
      out.append(TaggedEntity(tokens: i..<j, type: t, confidence: TaggedEntity.confidence(margin: margin)))
      i = j
    }
    return out
  }

  /// Maps a score margin to 0.5–0.9 (half way at a margin of 30, a typical one for a name
  /// the model is sure of): rules (0.85–0.95) keep precedence over the tagger.
  static func confidence(margin: Float) -> Double {
    let m = Double(max(0, margin))
    return 0.5 + 0.4 * m / (m + 30)
  }
}
