import Foundation
import GRDB

/// Counts describing a graph database, as `bilat stats` prints them.
public struct GraphStatistics: Equatable, Sendable, Codable {
  public var nodes: Int
  public var relationships: Int
  public var nodesByLabel: [String: Int]
  public var relationshipsByType: [String: Int]
  public var articles: Int
  /// Articles by the version of the extractor that read them ("none": stored before versions
  /// were recorded).
  public var articlesByExtractorVersion: [String: Int]
  public var evidence: Int
  public var aliases: Int
  /// Size of the database in bytes (page count × page size).
  public var databaseBytes: Int
  /// Bytes of the file's free pages: space a delete, a replaced article or a migration left,
  /// reused by later writes; `bilat compact` gives it back.
  public var freeBytes: Int
  public var schemaVersion: Int

  /// True when more than a tenth of the file is free pages: worth a `bilat compact` (a
  /// migration's own compaction, interrupted, leaves such a file).
  public var worthCompacting: Bool { freeBytes * 10 > databaseBytes }
}

extension GraphDatabase {
  /// Counts by label and type, articles, evidence rows and database size.
  public func statistics() throws -> GraphStatistics {
    func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
    func grouped(_ sql: String) throws -> [String: Int] {
      var result: [String: Int] = [:]
      try db.forEachRow(sql) { row in result[row.text(0)] = row.int(1) }
      return result
    }
    return GraphStatistics(
      nodes: try count("SELECT count(*) FROM node"),
      relationships: try count("SELECT count(*) FROM relationship"),
      nodesByLabel: try grouped(
        """
        SELECT \(LabelSQL.name("label_id")), count(*) FROM (SELECT label_id FROM node WHERE label_id IS NOT NULL
                                     UNION ALL SELECT label_id FROM node_extra_label) GROUP BY label_id
        """),
      relationshipsByType: try grouped(
        "SELECT \(RelationshipTypeSQL.name("type_id")), count(*) FROM relationship GROUP BY type_id"),
      articles: try count("SELECT count(*) FROM article"),
      articlesByExtractorVersion: try grouped(
        "SELECT coalesce(CAST(extractor_version AS TEXT), 'none'), count(*) FROM article GROUP BY 1"),
      evidence: try count("SELECT count(*) FROM evidence"),
      aliases: try count("SELECT count(*) FROM alias"),
      databaseBytes: try count("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"),
      freeBytes: try count("SELECT freelist_count * page_size FROM pragma_freelist_count(), pragma_page_size()"),
      schemaVersion: try count("PRAGMA user_version"))
  }
}
