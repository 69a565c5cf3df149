import BilatCore
import Foundation
import GRDB

/// An article as stored, without its text.
public struct StoredArticle: Equatable, Sendable {
  public var id: Int64
  public var source: String
  public var title: String?
  public var contentHash: String
  public var nodeID: Int64?
  /// The version of the extractor that read it (`Extractor.version`); nil when stored before
  /// versions were recorded.
  public var extractorVersion: Int?
}

/// Where a fact was read: the article, sentence, character span and rule behind a node or relationship.
public struct EvidenceRecord: Equatable, Sendable, Codable {
  public var articleID: Int64
  public var sentenceIndex: Int
  public var sentence: String
  /// UTF-16 offset of the span's start in the article text.
  public var start: Int
  /// UTF-16 offset just past the span's end.
  public var end: Int
  public var rule: String
  public var confidence: Double

  public init(
    articleID: Int64, sentenceIndex: Int, sentence: String, start: Int, end: Int, rule: String,
    confidence: Double
  ) {
    self.articleID = articleID
    self.sentenceIndex = sentenceIndex
    self.sentence = sentence
    self.start = start
    self.end = end
    self.rule = rule
    self.confidence = confidence
  }
}

extension GraphDatabase {
  /// The stored article read from `source`, if any.
  public func article(source: String) throws -> StoredArticle? {
    try row(sql: "SELECT \(articleColumns) FROM article WHERE source = ?", source)
  }

  /// The stored article with this content hash, if any.
  public func article(contentHash: String) throws -> StoredArticle? {
    try row(sql: "SELECT \(articleColumns) FROM article WHERE content_hash = ?", contentHash)
  }

  private var articleColumns: String { "id, source, title, content_hash, node_id, extractor_version" }

  private func row(sql: String, _ argument: String) throws -> StoredArticle? {
    try db.rows(sql, [argument]) { row in
      StoredArticle(
        id: row.int64(0), source: row.text(1), title: row.optionalText(2), contentHash: row.text(3),
        nodeID: row.optionalInt64(4), extractorVersion: row.optionalInt64(5).map { Int($0) })
    }.first
  }

  /// Inserts an article, read by extractor version `extractorVersion`, and returns its id.
  public func insertArticle(
    source: String, title: String?, outlet: String?, published: String?, url: String?, contentHash: String,
    text: String, nodeID: Int64?, extractorVersion: Int? = nil
  ) throws -> Int64 {
    try db.run(
      """
      INSERT INTO article(source, title, outlet, published, url, content_hash, text, node_id, extractor_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      """,
      [source, title, outlet, published, url, contentHash, text, nodeID, extractorVersion])
    return db.lastInsertedRowID
  }

  /// Records evidence for a node.
  public func addEvidence(_ evidence: EvidenceRecord, node: Int64) throws {
    try insertEvidence(evidence, node: node, relationship: nil)
  }

  /// Records evidence for a relationship.
  public func addEvidence(_ evidence: EvidenceRecord, relationship: Int64) throws {
    try insertEvidence(evidence, node: nil, relationship: relationship)
  }

  private func insertEvidence(_ e: EvidenceRecord, node: Int64?, relationship: Int64?) throws {
    try db.run(
      """
      INSERT INTO evidence(article_id, node_id, relationship_id, sentence_index, sentence,
                           start_offset, end_offset, rule, confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      """,
      [e.articleID, node, relationship, e.sentenceIndex, e.sentence, e.start, e.end, e.rule, e.confidence])
  }

  /// Evidence rows behind a node or a relationship, in article and span order.
  public func evidence(node: Int64? = nil, relationship: Int64? = nil) throws -> [EvidenceRecord] {
    precondition((node == nil) != (relationship == nil), "pass exactly one of node or relationship")
    let column = node != nil ? "node_id" : "relationship_id"
    return try db.rows(
      """
      SELECT article_id, sentence_index, sentence, start_offset, end_offset, rule, confidence
      FROM evidence WHERE \(column) = ? ORDER BY article_id, start_offset, id
      """,
      [node ?? relationship]
    ) {
      EvidenceRecord(
        articleID: $0.int64(0), sentenceIndex: $0.int(1), sentence: $0.text(2), start: $0.int(3), end: $0.int(4),
        rule: $0.text(5), confidence: $0.double(6))
    }
  }

  /// Removes an article and every fact that only it supported.
  ///
  /// Nodes and relationships keep existing when another article (or no article: imported or
  /// hand-made facts) still supports them; their evidence from this article goes.
  public func deleteArticle(_ articleID: Int64) throws {
    try db.execute(
      sql: """
        CREATE TEMP TABLE IF NOT EXISTS touched_relationship(id INTEGER PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS touched_node(id INTEGER PRIMARY KEY);
        DELETE FROM touched_relationship; DELETE FROM touched_node;
        """)
    let steps = [
      "INSERT OR IGNORE INTO touched_relationship SELECT relationship_id FROM evidence WHERE article_id = ? AND relationship_id IS NOT NULL",
      "INSERT OR IGNORE INTO touched_node SELECT node_id FROM evidence WHERE article_id = ? AND node_id IS NOT NULL",
      "INSERT OR IGNORE INTO touched_node SELECT node_id FROM article WHERE id = ? AND node_id IS NOT NULL",
      "DELETE FROM evidence WHERE article_id = ?",
      "DELETE FROM article WHERE id = ?",
    ]
    for sql in steps { try db.execute(sql: sql, arguments: [articleID]) }
    try db.execute(
      sql: """
        DELETE FROM relationship WHERE id IN (SELECT id FROM touched_relationship)
          AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relationship_id = relationship.id);
        DELETE FROM node WHERE id IN (SELECT id FROM touched_node)
          AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.node_id = node.id)
          AND NOT EXISTS (SELECT 1 FROM relationship r WHERE r.start_id = node.id)
          AND NOT EXISTS (SELECT 1 FROM relationship r WHERE r.end_id = node.id)
          AND NOT EXISTS (SELECT 1 FROM article a WHERE a.node_id = node.id);
        """)
  }
}
