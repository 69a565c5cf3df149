import BilatCore

/// Where in the article a fact was read: sentence, UTF-16 span of the stored text, the rule
/// that produced it and a confidence in 0...1.
public struct Mention: Sendable, Equatable, Hashable {
  public var sentence: Int
  public var start: Int
  public var end: Int
  public var rule: String
  public var confidence: Double

  public init(sentence: Int, start: Int, end: Int, rule: String, confidence: Double) {
    self.sentence = sentence
    self.start = start
    self.end = end
    self.rule = rule
    self.confidence = confidence
  }
}

/// A thing the article talks about: a person, country, city, meeting, ...
public struct ExtractedEntity: Sendable, Equatable {
  /// Index of the entity in ``Extraction/entities``.
  public var id: Int
  /// Node label (Person, Country, City, Place, Organization, Facility, Project, Agreement, Sector, Meeting).
  public var label: String
  /// Canonical name (full name of a person, canonical country name, ...).
  public var name: String
  /// Other surface forms seen in the text.
  public var aliases: [String]
  /// Node properties (name included).
  public var properties: [String: PropertyValue]
  /// Every place the entity is mentioned.
  public var mentions: [Mention]
}

/// A relationship between two extracted entities, with its evidence.
public struct ExtractedRelation: Sendable, Equatable {
  public var type: String
  public var start: Int
  public var end: Int
  public var properties: [String: PropertyValue]
  public var evidence: [Mention]
}

/// Everything extracted from one article.
public struct Extraction: Sendable {
  public var article: Article
  public var sentences: [Sentence]
  public var entities: [ExtractedEntity]
  public var relations: [ExtractedRelation]
  /// Pairs of people named in one sentence and the features the learned meeting model read.
  public var meetingCandidates: [MeetingCandidate] = []
  /// Projects, agreements and facilities the rules found, with the features the learned document
  /// model read (entity indices of the extraction before the model's filter).
  public var documentCandidates: [DocumentCandidate] = []
  /// DISCUSSED, LOCATED_IN, SIGNED and AGREED relations the rules found, with the features the
  /// learned relation model read (relation indices of the extraction before the model's filter).
  public var relationCandidates: [RelationCandidate] = []

  /// Entities with a label.
  public func entities(_ label: String) -> [ExtractedEntity] { entities.filter { $0.label == label } }

  /// Relations of a type.
  public func relations(_ type: String) -> [ExtractedRelation] { relations.filter { $0.type == type } }

  /// Names of the two ends of a relation.
  public func names(of r: ExtractedRelation) -> (String, String) { (entities[r.start].name, entities[r.end].name) }
}
