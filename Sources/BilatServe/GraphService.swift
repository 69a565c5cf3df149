import BilatCore
import BilatExport
import BilatQuery
import BilatStore
import Foundation
import GRDB

/// Read-only access to the graph for pages and the API: entities, lists, articles, queries.
///
/// Everything here is synchronous and blocks on SQLite; routes call it through ``WorkLimiter``
/// so that the server's event loops never wait on the database.
public final class GraphService: Sendable {
  public let store: GraphStore
  public let engine: CypherEngine
  let settings: ServeSettings
  let articleTexts = ArticleTextCache()
  let pictures = PictureCache()

  /// Most relationships an entity page or `GET /api/nodes/{id}` lists.
  static let relationshipLimit = 500

  public init(store: GraphStore, settings: ServeSettings) {
    self.store = store
    self.settings = settings
    self.engine = CypherEngine(
      store: store, options: QueryOptions(rowLimit: settings.queryRowLimit, timeLimit: settings.queryTimeout))
  }

  /// Opens the database at `path` read-only.
  public convenience init(readOnlyPath path: String, settings: ServeSettings) throws {
    guard FileManager.default.fileExists(atPath: path) else {
      throw ServeError(
        status: .internalServerError,
        message: "no graph database at \(path); run 'bilat ingest' or 'bilat import' first, or pass --db")
    }
    self.init(store: try GraphStore(readOnlyPath: path), settings: settings)
  }

  // MARK: Entities

  /// A node with its properties, aliases, relationships (the first ``relationshipLimit``) and evidence.
  public func entity(_ id: Int64) throws -> EntityDetail {
    try store.read { graph in
      guard let node = try reference(id, graph.db) else { throw ServeError.notFound("no node has id \(id)") }
      let properties = try graph.nodeProperties(id).mapValues(JSONValue.init)
      let relationships = try relationshipRows(of: id, graph.db).map { row in
        RelationshipSummary(
          id: row.id, type: row.type, direction: row.start == id ? "out" : "in",
          other: try reference(row.start == id ? row.end : row.start, graph.db)
            ?? NodeReference(id: row.end, name: "#\(row.end)", labels: []),
          properties: try graph.relationshipProperties(row.id).mapValues(JSONValue.init),
          evidence: try evidence(try graph.evidence(relationship: row.id), graph.db))
      }
      return EntityDetail(
        id: id, name: node.name, labels: node.labels, properties: properties,
        aliases: try graph.aliases(of: id), relationships: relationships,
        evidence: try evidence(try graph.evidence(node: id), graph.db))
    }
  }

  /// How many relationships touch a node (an entity page says when it lists only some).
  public func relationshipCount(_ id: Int64) throws -> Int {
    try store.read { graph in
      try Int.fetchOne(
        graph.db,
        sql: "SELECT (SELECT count(*) FROM relationship WHERE start_id = ?1) "
          + "+ (SELECT count(*) FROM relationship WHERE end_id = ?1 AND start_id <> ?1)", arguments: [id]) ?? 0
    }
  }

  /// Id, display name (the `name` property, else the first alias) and labels of a node.
  func reference(_ id: Int64, _ db: Database) throws -> NodeReference? {
    let labels = try String.fetchAll(db, sql: "SELECT label FROM node_label WHERE node_id = ? ORDER BY label", arguments: [id])
    let name = try String.fetchOne(
      db, sql: "SELECT value FROM node_property WHERE node_id = ? AND key = 'name' AND value_type = 'string'",
      arguments: [id])
    if labels.isEmpty && name == nil {
      guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM node WHERE id = ?)", arguments: [id]) == true
      else { return nil }
    }
    let alias = name == nil
      ? try String.fetchOne(db, sql: "SELECT min(surface) FROM alias WHERE node_id = ?", arguments: [id]) : nil
    return NodeReference(id: id, name: name ?? alias ?? "#\(id)", labels: labels)
  }

  private struct RelationshipRow {
    var id: Int64
    var type: String
    var start: Int64
    var end: Int64
  }

  private func relationshipRows(of id: Int64, _ db: Database) throws -> [RelationshipRow] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT id, type, start_id, end_id FROM relationship WHERE start_id = ?1
        UNION ALL
        SELECT id, type, start_id, end_id FROM relationship WHERE end_id = ?1 AND start_id <> ?1
        ORDER BY 2, 1 LIMIT ?2
        """, arguments: [id, Self.relationshipLimit]
    ).map { RelationshipRow(id: $0[0], type: $0[1], start: $0[2], end: $0[3]) }
  }

  /// Evidence records with their article titles and the span located inside the sentence.
  func evidence(_ records: [EvidenceRecord], _ db: Database) throws -> [EvidenceSummary] {
    try records.map { record in
      let article = try articleTexts.text(record.articleID, db)
      return EvidenceSummary(
        articleID: record.articleID, articleTitle: article?.title, sentence: record.sentence, start: record.start,
        end: record.end, spanInSentence: article.flatMap { Self.span(of: record, in: $0.text) }, rule: record.rule,
        confidence: record.confidence)
    }
  }

  /// Where the evidence span falls inside its sentence: the sentence is found in the article
  /// text around the span (offsets are UTF-16, like the stored ones).
  static func span(of record: EvidenceRecord, in text: NSString) -> SpanRange? {
    let sentence = record.sentence as NSString
    guard sentence.length > 0, record.start >= 0, record.end <= text.length, record.start <= record.end else {
      return nil
    }
    let lower = max(0, record.end - sentence.length)
    let upper = min(text.length, record.start + sentence.length)
    guard lower < upper else { return nil }
    let found = text.range(of: record.sentence, options: [.literal], range: NSRange(location: lower, length: upper - lower))
    guard found.location != NSNotFound, found.location <= record.start,
      found.location + found.length >= record.end
    else { return nil }
    return SpanRange(start: record.start - found.location, end: record.end - found.location)
  }
}
