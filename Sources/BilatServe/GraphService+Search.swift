import BilatCore
import BilatStore
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
      let names = try Int64.fetchAll(
        graph.db, sql: "SELECT id FROM node WHERE name >= ?1 AND name < ?1 || char(1114111) LIMIT ?2",
        arguments: [query, Self.searchLimit])
      let more = Set(names).union(try Self.aliasPrefixMatches(NameKey.normalized(query), graph.db)).sorted()
        .prefix(Self.searchLimit)
      for id in more where !ids.contains(id) { ids.append(id) }
      let entities = try ids.prefix(Self.searchLimit).compactMap { try reference($0, graph.db) }
      return SearchResults(query: query, entities: entities, articles: try articles(matching: query, graph.db))
    }
  }

  /// The first nodes (in id order, at most ``searchLimit``) with an alias whose normalized key
  /// (``BilatCore/NameKey/normalized(_:)``, computed from the surface: schema version 6 keeps no
  /// column for it) starts with `key` or has a word that does.
  ///
  /// SQL narrows the scan with a test every such alias passes (``asciiRun(_:)``), Swift checks
  /// the key on the rows left.
  static func aliasPrefixMatches(_ key: String, _ db: Database) throws -> [Int64] {
    let prefix = Array(key.utf8)
    var ids: [Int64] = []
    // A cursor, not forEachRow: the scan stops at the limit. Text read whole (SQLRow).
    let statement = try db.boundStatement(
      """
      SELECT node_id, surface FROM alias
      WHERE surface LIKE ?1 ESCAPE '\\' OR length(surface) <> length(CAST(surface AS BLOB))
      ORDER BY node_id, surface
      """, [asciiRun(key).map { "%" + likeEscaped($0) + "%" }])
    let rows = try Row.fetchCursor(statement)
    let row = SQLRow(statement: statement.sqliteStatement)
    while try rows.next() != nil {
      let id = row.int64(0)
      if ids.last == id { continue }
      if Self.hasWord(startingWith: prefix, in: Array(NameKey.normalized(row.text(1)).utf8)) {
        ids.append(id)
        if ids.count == searchLimit { break }
      }
    }
    return ids
  }

  /// What an all-ASCII surface whose normalized key contains `key` must contain, ignoring ASCII
  /// case (as LIKE does): the longest run of `key` without a space or an apostrophe (normalizing
  /// ASCII text lowercases it, turns white space runs into one space and a backquote into an
  /// apostrophe, and changes nothing else). Nil when `key` has a non-ASCII character: no ASCII
  /// surface has it then (text with another character, U+0000 included, always goes to Swift).
  static func asciiRun(_ key: String) -> String? {
    guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    let runs = key.split { (character: Character) in character == " " || character == "'" }
    return runs.max { $0.count < $1.count }.map(String.init) ?? ""
  }

  /// `text` with LIKE's wildcards and the escape character escaped.
  static func likeEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }

  /// `text` starts with `prefix`, or a space in it is followed by `prefix` (bytes).
  static func hasWord(startingWith prefix: [UInt8], in text: [UInt8]) -> Bool {
    if text.starts(with: prefix) { return true }
    var index = text.startIndex
    while let space = text[index...].firstIndex(of: 0x20) {
      index = space + 1
      if text[index...].starts(with: prefix) { return true }
    }
    return false
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
