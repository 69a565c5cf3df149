import Foundation

/// What `GET /api/search` and the home page find.
public struct SearchResults: Codable, Sendable {
  public var query: String
  /// Nodes whose name or an alias matches (exactly, folded, or as a word prefix).
  public var entities: [NodeReference]
  /// Articles whose text matches, best first.
  public var articles: [ArticleHit]
}

/// An article found by full-text search, with a snippet and the matched ranges in it.
public struct ArticleHit: Codable, Sendable {
  public var id: Int64
  public var title: String?
  public var snippet: String
  /// UTF-16 ranges of the matched words inside ``snippet``.
  public var highlights: [SpanRange]
}

/// One meeting between two people.
public struct MeetingRow: Codable, Sendable {
  public var relationship: Int64
  public var person: NodeReference
  public var counterpart: NodeReference
  public var date: String?
  public var place: String?
  public var mode: String?
  /// How many articles report it.
  public var articles: Int
}

/// A project or facility with its sectors and countries.
public struct ProjectRow: Codable, Sendable {
  public var project: NodeReference
  public var sectors: [String]
  public var countries: [String]
}

/// An AGREED relationship between two parties.
public struct AgreementRow: Codable, Sendable {
  public var relationship: Int64
  public var party: NodeReference
  public var other: NodeReference
  public var date: String?
  public var about: String?
  public var articles: Int
}

/// A stored article with every extracted mention and fact located in its text.
public struct ArticleDetail: Codable, Sendable {
  public var id: Int64
  public var title: String?
  public var source: String
  public var published: String?
  public var text: String
  public var marks: [ArticleMark]
}

/// One piece of evidence inside an article: what was extracted from the span, by which rule.
public struct ArticleMark: Codable, Sendable {
  public var start: Int
  public var end: Int
  /// "mention" for a node, "fact" for a relationship.
  public var kind: String
  /// The node's label or the relationship's type.
  public var what: String
  /// The node, or the relationship's start node.
  public var subject: NodeReference
  /// The relationship's end node.
  public var object: NodeReference?
  public var rule: String
  public var confidence: Double
}

/// The answer to `POST /api/query`.
public struct QueryAnswer: Codable, Sendable {
  public var columns: [String]
  public var rows: [[JSONValue]]
  public var warnings: [String]
}
