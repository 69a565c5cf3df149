import BilatCore
import BilatQuery
import Foundation
import GRDB

extension GraphService {
  /// Most entities and articles one search returns.
  static let searchLimit = 25

  /// Names and aliases (as `who-met` resolves them, then word prefixes) and article text.
  public func search(_ text: String) throws -> SearchResults {
    let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !query.isEmpty else { throw ServeError.badRequest("give a search text: ?q=Smailov") }
    guard query.count <= 200 else { throw ServeError.badRequest("the search text is longer than 200 characters") }
    var ids: [Int64] = []
    switch try NameResolver.resolve(query, label: nil, in: store) {
    case .found(let id, _): ids.append(id)
    case .ambiguous(let candidates): ids.append(contentsOf: candidates.map(\.id))
    case .unknown: break
    }
    return try store.read { graph in
      let key = NameKey.normalized(query)
      if !key.isEmpty {
        // Aliases with a word starting with the text ("smail" finds Smailov).
        let pattern = Self.likePattern(key)
        let more = try Int64.fetchAll(
          graph.db,
          sql: """
            SELECT DISTINCT node_id FROM alias
            WHERE key LIKE ?1 ESCAPE '\\' OR key LIKE '% ' || ?1 ESCAPE '\\'
            ORDER BY node_id LIMIT ?2
            """, arguments: [pattern, Self.searchLimit])
        for id in more where !ids.contains(id) { ids.append(id) }
      }
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
