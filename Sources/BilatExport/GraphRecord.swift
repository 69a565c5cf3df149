import BilatCore

/// A node as exporters see it: labels, aliases and properties sorted.
public struct NodeRecord: Equatable, Sendable {
  public var id: Int64
  public var labels: [String]
  /// Properties sorted by key.
  public var properties: [(key: String, value: PropertyValue)]
  public var aliases: [String]
  public var evidence: [EvidenceItem]

  /// The value of property `key`, if set.
  public func property(_ key: String) -> PropertyValue? {
    properties.first { $0.key == key }?.value
  }

  public static func == (a: NodeRecord, b: NodeRecord) -> Bool {
    a.id == b.id && a.labels == b.labels && a.aliases == b.aliases && a.evidence == b.evidence
      && a.properties.map(\.key) == b.properties.map(\.key) && a.properties.map(\.value) == b.properties.map(\.value)
  }
}

/// A relationship as exporters see it: properties sorted by key.
public struct RelationshipRecord: Equatable, Sendable {
  public var id: Int64
  public var type: String
  public var start: Int64
  public var end: Int64
  /// Properties sorted by key.
  public var properties: [(key: String, value: PropertyValue)]
  public var evidence: [EvidenceItem]

  /// The value of property `key`, if set.
  public func property(_ key: String) -> PropertyValue? {
    properties.first { $0.key == key }?.value
  }

  public static func == (a: RelationshipRecord, b: RelationshipRecord) -> Bool {
    a.id == b.id && a.type == b.type && a.start == b.start && a.end == b.end && a.evidence == b.evidence
      && a.properties.map(\.key) == b.properties.map(\.key) && a.properties.map(\.value) == b.properties.map(\.value)
  }
}

/// One piece of evidence, with its article named by source (path or URL) rather than by id,
/// so that it means the same thing in another database.
public struct EvidenceItem: Equatable, Sendable, Comparable {
  public var article: String
  public var sentenceIndex: Int
  public var sentence: String
  public var start: Int
  public var end: Int
  public var rule: String
  public var confidence: Double

  public init(
    article: String, sentenceIndex: Int, sentence: String, start: Int, end: Int, rule: String, confidence: Double
  ) {
    self.article = article
    self.sentenceIndex = sentenceIndex
    self.sentence = sentence
    self.start = start
    self.end = end
    self.rule = rule
    self.confidence = confidence
  }

  public static func < (a: EvidenceItem, b: EvidenceItem) -> Bool {
    (a.article, a.sentenceIndex, a.start, a.end, a.rule, a.sentence)
      < (b.article, b.sentenceIndex, b.start, b.end, b.rule, b.sentence)
  }
}
