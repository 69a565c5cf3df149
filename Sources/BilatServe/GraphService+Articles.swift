import BilatQuery
import BilatStore
import Foundation
import GRDB

extension GraphService {
  /// An article's stored text with every piece of evidence that points into it.
  public func article(_ id: Int64) throws -> ArticleDetail {
    try store.read { graph in
      guard
        let row = try Row.fetchOne(
          graph.db, sql: "SELECT source, title, published, text FROM article WHERE id = ?", arguments: [id])
      else { throw ServeError.notFound("no article has id \(id)") }
      let evidence = try Row.fetchAll(
        graph.db,
        sql: """
          SELECT e.start_offset, e.end_offset, e.node_id, e.relationship_id, e.rule, e.confidence,
                 \(RelationshipTypeSQL.name("r.type_id")), r.start_id, r.end_id
          FROM evidence e LEFT JOIN relationship r ON r.id = e.relationship_id
          WHERE e.article_id = ? ORDER BY e.start_offset, e.end_offset DESC, e.id
          """, arguments: [id])
      var references: [Int64: NodeReference] = [:]
      func node(_ id: Int64) throws -> NodeReference {
        if let known = references[id] { return known }
        let found = try reference(id, graph.db) ?? NodeReference(id: id, name: "#\(id)", labels: [])
        references[id] = found
        return found
      }
      let marks = try evidence.map { e -> ArticleMark in
        if let nodeID = e[2] as Int64? {
          let subject = try node(nodeID)
          return ArticleMark(
            start: e[0], end: e[1], kind: "mention", what: subject.labels.first ?? "Node", subject: subject, object: nil,
            rule: e[4], confidence: e[5])
        }
        return ArticleMark(
          start: e[0], end: e[1], kind: "fact", what: e[6] ?? "relationship", subject: try node(e[7] ?? -1),
          object: try node(e[8] ?? -1), rule: e[4], confidence: e[5])
      }
      return ArticleDetail(
        id: id, title: row[1], source: row[0], published: row[2], text: row[3], marks: marks)
    }
  }

  /// Runs a read-only query with the server's bounds.
  public func query(_ text: String, parameters: [String: JSONValue]) throws -> (QueryResult, QueryAnswer) {
    guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw ServeError.badRequest("the query is empty")
    }
    let result = try engine.run(text, parameters: parameters.mapValues(Self.cypherValue))
    let answer = QueryAnswer(
      columns: result.columns, rows: result.rows.map { $0.map(JSONValue.init) },
      warnings: result.warnings.map(\.description))
    return (result, answer)
  }

  static func cypherValue(_ value: JSONValue) -> CypherValue {
    switch value {
    case .null: .null
    case .bool(let flag): .bool(flag)
    case .int(let number): .int(number)
    case .double(let number): .float(number)
    case .string(let text): .string(text)
    case .array(let items): .list(items.map(cypherValue))
    case .object(let members): .map(members.mapValues(cypherValue))
    }
  }
}
