import BilatCore

/// A node as exporters see it: labels, aliases and properties sorted.
struct NodeRecord: Equatable, Sendable {
  var id: Int64
  var labels: [String]
  /// Properties sorted by key.
  var properties: [(key: String, value: PropertyValue)]
  var aliases: [String]
  var evidence: [EvidenceItem]

  /// The value of property `key`, if set.
  func property(_ key: String) -> PropertyValue? {
    properties.first { $0.key == key }?.value
  }

  static func == (a: NodeRecord, b: NodeRecord) -> Bool {
    a.id == b.id && a.labels == b.labels && a.aliases == b.aliases && a.evidence == b.evidence
      && a.properties.map(\.key) == b.properties.map(\.key) && a.properties.map(\.value) == b.properties.map(\.value)
  }
}

/// A relationship as exporters see it: properties sorted by key.
struct RelationshipRecord: Equatable, Sendable {
  var id: Int64
  var type: String
  var start: Int64
  var end: Int64
  /// Properties sorted by key.
  var properties: [(key: String, value: PropertyValue)]
  var evidence: [EvidenceItem]

  /// The value of property `key`, if set.
  func property(_ key: String) -> PropertyValue? {
    properties.first { $0.key == key }?.value
  }

  static func == (a: RelationshipRecord, b: RelationshipRecord) -> Bool {
    a.id == b.id && a.type == b.type && a.start == b.start && a.end == b.end && a.evidence == b.evidence
      && a.properties.map(\.key) == b.properties.map(\.key) && a.properties.map(\.value) == b.properties.map(\.value)
  }
}

/// One piece of evidence, with its article named by source (path or URL) rather than by id,
/// so that it means the same thing in another database.
struct EvidenceItem: Equatable, Sendable, Comparable {
  var article: String
  var sentenceIndex: Int
  var sentence: String
  var start: Int
  var end: Int
  var rule: String
  var confidence: Double

  init(
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

  static func < (a: EvidenceItem, b: EvidenceItem) -> Bool {
    (a.article, a.sentenceIndex, a.start, a.end, a.rule, a.sentence)
      < (b.article, b.sentenceIndex, b.start, b.end, b.rule, b.sentence)
  }
}
