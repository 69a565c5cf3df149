/// What an import added.
public struct ImportSummary: Equatable, Sendable, CustomStringConvertible {
  public var nodes = 0
  public var relationships = 0
  public var aliases = 0
  public var evidence = 0
  /// Evidence rows whose article (by source) is not in the target database.
  public var droppedEvidence = 0

  public init() {}

  public var description: String {
    var text =
      "imported \(nodes) nodes, \(relationships) relationships, \(aliases) aliases, \(evidence) evidence rows"
    if droppedEvidence > 0 {
      text += "; dropped \(droppedEvidence) evidence rows whose article is not in this database (ingest it first)"
    }
    return text
  }
}
