import BilatCore
import Foundation

/// A node with everything its page and `GET /api/nodes/{id}` show.
public struct EntityDetail: Codable, Sendable {
  public var id: Int64
  public var name: String
  public var labels: [String]
  /// Property values as JSON values (strings, numbers, booleans, lists, maps).
  public var properties: [String: JSONValue]
  public var aliases: [String]
  public var relationships: [RelationshipSummary]
  public var evidence: [EvidenceSummary]
}

/// One relationship seen from a node: the node at its other end, direction and properties.
public struct RelationshipSummary: Codable, Sendable {
  public var id: Int64
  public var type: String
  /// "out" when the node is the start, "in" when it is the end.
  public var direction: String
  public var other: NodeReference
  public var properties: [String: JSONValue]
  public var evidence: [EvidenceSummary]
}

/// A node named in passing: id, display name and labels.
public struct NodeReference: Codable, Sendable, Hashable {
  public var id: Int64
  public var name: String
  public var labels: [String]
}

/// The sentence behind a fact, with the span inside the sentence (UTF-16 offsets, end
/// exclusive; nil when the sentence could not be located in the article text).
public struct EvidenceSummary: Codable, Sendable {
  public var articleID: Int64
  public var articleTitle: String?
  public var sentence: String
  public var start: Int
  public var end: Int
  public var spanInSentence: SpanRange?
  public var rule: String
  public var confidence: Double
}

/// A half-open UTF-16 range.
public struct SpanRange: Codable, Sendable, Equatable {
  public var start: Int
  public var end: Int
}
