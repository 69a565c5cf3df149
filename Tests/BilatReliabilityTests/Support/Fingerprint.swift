import Foundation
import GRDB

/// The whole content of a graph database as text (everything but `article.ingested_at`), to check
/// that a failed command left it exactly as it was.
enum Fingerprint {
  static let queries = [
    "SELECT 'schema', type, name, sql FROM sqlite_master ORDER BY 2, 3",
    "SELECT 'version', user_version FROM pragma_user_version",
    "SELECT 'label name', id, name FROM label ORDER BY 2",
    "SELECT 'node', id, label_id, quote(name), quote(country), props FROM node ORDER BY id",
    "SELECT 'label', node_id, label_id FROM node_extra_label ORDER BY 2, 3",
    "SELECT 'type', id, name FROM relationship_type ORDER BY 2",
    "SELECT 'rel', id, type_id, start_id, end_id, quote(date), props FROM relationship ORDER BY 2",
    "SELECT 'alias', node_id, surface, folded_key FROM alias ORDER BY 2, 3",
    "SELECT 'article', id, source, title, outlet, published, url, content_hash, text, node_id FROM article ORDER BY 2",
    """
    SELECT 'ev', id, article_id, node_id, relationship_id, sentence_index, sentence, start_offset, end_offset,
           rule, confidence FROM evidence ORDER BY 2
    """,
  ]

  /// The content of the database at `path`.
  static func of(_ path: String) throws -> String {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in
      var lines: [String] = []
      for sql in queries {
        for row in try Row.fetchAll(db, sql: sql) { lines.append(row.description) }
      }
      return lines.joined(separator: "\n")
    }
  }

  /// Counts of the main tables, for messages.
  static func counts(_ path: String) throws -> [String: Int] {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in
      var counts: [String: Int] = [:]
      for table in ["node", "relationship", "article", "evidence"] {
        // Table names come from the fixed list above.
        counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
      }
      return counts
    }
  }
}
