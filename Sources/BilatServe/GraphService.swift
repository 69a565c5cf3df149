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
      let rows = try relationshipRows(of: id, graph.db)
      // One query per kind of detail for all relationships, not one per relationship.
      let ids = Self.jsonArray(rows.map(\.id))
      let others = try references(Array(Set(rows.map { $0.start == id ? $0.end : $0.start })), graph.db)
      var properties: [Int64: [String: JSONValue]] = [:]
      try graph.db.forEachRow(
        "SELECT id, \(PropertyStorage.relationshipColumns()) FROM relationship "
          + "WHERE id IN (SELECT value FROM json_each(?))", [ids]
      ) { row in
        properties[row.int64(0)] = try PropertyStorage.properties(
          row, at: 1, hot: PropertyStorage.relationshipHotKeys
        ).mapValues(JSONValue.init)
      }
      var evidence: [Int64: [EvidenceRecord]] = [:]
      for row in try Row.fetchAll(
        graph.db,
        sql: """
          SELECT relationship_id, article_id, sentence_index, sentence, start_offset, end_offset, rule, confidence
          FROM evidence WHERE relationship_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, start_offset, id
          """, arguments: [ids])
      {
        evidence[row[0], default: []].append(
          EvidenceRecord(
            articleID: row[1], sentenceIndex: row[2], sentence: row[3], start: row[4], end: row[5], rule: row[6],
            confidence: row[7]))
      }
      let relationships = try rows.map { row in
        let other = row.start == id ? row.end : row.start
        return RelationshipSummary(
          id: row.id, type: row.type, direction: row.start == id ? "out" : "in",
          other: others[other] ?? NodeReference(id: other, name: "#\(other)", labels: []),
          properties: properties[row.id] ?? [:], evidence: try self.evidence(evidence[row.id] ?? [], graph.db))
      }
      return EntityDetail(
        id: id, name: node.name, labels: node.labels,
        properties: try graph.nodeProperties(id).mapValues(JSONValue.init), aliases: try graph.aliases(of: id),
        relationships: relationships, evidence: try self.evidence(try graph.evidence(node: id), graph.db))
    }
  }

  /// Names and labels of many nodes in three queries.
  func references(_ ids: [Int64], _ db: Database) throws -> [Int64: NodeReference] {
    let list = Self.jsonArray(ids)
    var result: [Int64: NodeReference] = [:]
    for id in ids { result[id] = NodeReference(id: id, name: "#\(id)", labels: []) }
    var named = Set<Int64>()
    try db.forEachRow(
      """
      SELECT n.id, l.name FROM json_each(?1) j CROSS JOIN node n ON n.id = j.value JOIN label l ON l.id = n.label_id
      UNION ALL SELECT e.node_id, l.name FROM json_each(?1) j CROSS JOIN node_extra_label e ON e.node_id = j.value
        JOIN label l ON l.id = e.label_id
      ORDER BY 2
      """, [list]
    ) { row in
      result[row.int64(0)]?.labels.append(row.text(1))
    }
    try db.forEachRow(
      "SELECT n.id, n.name FROM json_each(?1) j CROSS JOIN node n ON n.id = j.value WHERE n.name IS NOT NULL", [list]
    ) { row in
      result[row.int64(0)]?.name = row.text(1)
      named.insert(row.int64(0))
    }
    for id in ids where !named.contains(id) {
      if let alias = try String.fetchOne(db, sql: "SELECT min(surface) FROM alias WHERE node_id = ?", arguments: [id]) {
        result[id]?.name = alias
      }
    }
    return result
  }

  static func jsonArray(_ ids: [Int64]) -> String {
    "[" + ids.map(String.init).joined(separator: ",") + "]"
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

  /// `SELECT label FROM ...`: the labels of the node with id expression `id` (row and extra labels).
  static func labelsSQL(_ id: String) -> String {
    LabelSQL.names(of: id)
  }

  /// Id, display name (the `name` property, else the first alias) and labels of a node.
  func reference(_ id: Int64, _ db: Database) throws -> NodeReference? {
    let labels = try db.rows("SELECT label FROM (\(Self.labelsSQL("?1"))) ORDER BY label", [id]) { $0.text(0) }
    let name = try db.rows("SELECT name FROM node WHERE id = ? AND name IS NOT NULL", [id]) { $0.text(0) }.first
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

  private static let relationshipHead = "id, \(RelationshipTypeSQL.name("type_id")), start_id, end_id"

  private func relationshipRows(of id: Int64, _ db: Database) throws -> [RelationshipRow] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT \(Self.relationshipHead) FROM relationship WHERE start_id = ?1
        UNION ALL
        SELECT \(Self.relationshipHead) FROM relationship WHERE end_id = ?1 AND start_id <> ?1
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
