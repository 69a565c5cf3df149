import BilatCore
import Foundation
import GRDB

extension GraphService {
  /// Most entities and articles one search returns.
  static let searchLimit = 25

  /// Names and aliases (as `who-met` resolves them, then prefixes) and article text.
  public func search(_ text: String) throws -> SearchResults {
    let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !query.isEmpty else { throw ServeError.badRequest("give a search text: ?q=Smailov") }
    // counted in Unicode scalars of the text as sent, as the OpenAPI file's maxLength counts
    guard text.unicodeScalars.count <= 200 else {
      throw ServeError.badRequest("the search text is longer than 200 characters")
    }
    return try store.read { graph in
      // Index lookups only, as the name resolver's first steps: aliases (typography-folded, then
      // transliteration-folded), then names starting with the text and aliases with a word
      // starting with it ("smail" finds Smailov). The resolver's last resort, comparing every
      // name in the graph, takes seconds on a large imported graph: a search box must not.
      var ids = try graph.nodes(withAlias: query)
      for id in try graph.nodes(withFoldedAlias: query) where !ids.contains(id) { ids.append(id) }
      let pattern = Self.likePattern(NameKey.normalized(query))
      let more = try Int64.fetchAll(
        graph.db,
        sql: """
          SELECT node_id FROM (SELECT id AS node_id FROM node
            WHERE name >= ?1 AND name < ?1 || char(1114111) LIMIT ?3)
          UNION SELECT node_id FROM (SELECT DISTINCT node_id FROM alias
            WHERE key LIKE ?2 ESCAPE '\\' OR key LIKE '% ' || ?2 ESCAPE '\\' LIMIT ?3)
          LIMIT ?3
          """, arguments: [query, pattern, Self.searchLimit])
      for id in more where !ids.contains(id) { ids.append(id) }
      let entities = try ids.prefix(Self.searchLimit).compactMap { try reference($0, graph.db) }
      return SearchResults(query: query, entities: entities, articles: try articles(matching: query, graph.db))
    }
  }

  /// `key%` with LIKE's wildcards escaped.
  static func likePattern(_ key: String) -> String {
    key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_") + "%"
  }

  /// The words of `text` as an FTS5 query: each word a quoted string, so that no character of
  /// user input is FTS5 syntax; all words must occur.
  static func ftsQuery(_ text: String) -> String? {
    let words = text.split { !$0.isLetter && !$0.isNumber }.prefix(12)
    guard !words.isEmpty else { return nil }
    return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
  }

  private static let open = "\u{E000}"
  private static let close = "\u{E001}"

  private func articles(matching text: String, _ db: Database) throws -> [ArticleHit] {
    guard let match = Self.ftsQuery(text) else { return [] }
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT rowid, title, snippet(article_fts, 1, ?2, ?3, '…', 16) FROM article_fts
        WHERE article_fts MATCH ?1 ORDER BY rank LIMIT ?4
        """, arguments: [match, Self.open, Self.close, Self.searchLimit])
    return rows.map { row in
      let (snippet, highlights) = Self.unmark(row[2] as String)
      return ArticleHit(id: row[0], title: row[1], snippet: snippet, highlights: highlights)
    }
  }

  /// The snippet without its markers, and the marked ranges (UTF-16).
  static func unmark(_ marked: String) -> (String, [SpanRange]) {
    var plain = ""
    var ranges: [SpanRange] = []
    var start: Int?
    var offset = 0
    for character in marked {
      if String(character) == open {
        start = offset
      } else if String(character) == close {
        if let begin = start { ranges.append(SpanRange(start: begin, end: offset)) }
        start = nil
      } else {
        plain.append(character)
        offset += character.utf16.count
      }
    }
    return (plain, ranges)
  }
}
