import BilatStore
import GRDB

/// Bilat's `evidence(x)`: the sentences and articles behind a node or relationship.
enum Evidence {
  static func lookup(
    _ value: CypherValue, _ reader: GraphReader, _ fail: (String) -> CypherError
  ) throws -> CypherValue {
    let sql: String
    let id: Int64
    switch value {
    case .node(let n):
      id = n.id
      sql = """
        SELECT e.sentence, e.sentence_index, e.start_offset, e.end_offset, e.rule, e.confidence,
               a.source, a.title, a.published, a.url
        FROM evidence e JOIN article a ON a.id = e.article_id
        WHERE e.node_id = ? ORDER BY a.id, e.start_offset, e.id
        """
    case .relationship(let r):
      id = r.id
      sql = """
        SELECT e.sentence, e.sentence_index, e.start_offset, e.end_offset, e.rule, e.confidence,
               a.source, a.title, a.published, a.url
        FROM evidence e JOIN article a ON a.id = e.article_id
        WHERE e.relationship_id = ? ORDER BY a.id, e.start_offset, e.id
        """
    default:
      throw fail("expected a node or relationship")
    }
    return .list(
      try reader.db.rows(sql, [id]) { row in
        func text(_ i: Int32) -> CypherValue { row.optionalText(i).map(CypherValue.string) ?? .null }
        return .map([
          "sentence": text(0), "sentenceIndex": .int(row.int64(1)), "start": .int(row.int64(2)),
          "end": .int(row.int64(3)), "rule": text(4), "confidence": .float(row.double(5)), "source": text(6),
          "title": text(7), "published": text(8), "url": text(9),
        ])
      })
  }
}
