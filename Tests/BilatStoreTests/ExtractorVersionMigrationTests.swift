import Foundation
import GRDB
import Testing

@testable import BilatStore

/// A database written with schema 1 is backed up, then upgraded through 002 (the extractor
/// version of each article) and 003 (Storage v2), and keeps every row.
@Suite struct ExtractorVersionMigrationTests {
  /// A schema-1 database as Bilat wrote it before 002: WAL mode, one article with its node and evidence.
  static func versionOneDatabase() throws -> String {
    let path = temporaryDatabasePath()
    let v1 = try #require(try SchemaMigrator.bundledMigrations().first { $0.version == 1 })
    let pool = try DatabasePool(path: path)
    try pool.write { db in
      try db.execute(sql: v1.sql)
      try db.execute(sql: "PRAGMA user_version = 1")
      try db.execute(sql: "INSERT INTO node(id) VALUES (1)")
      try db.execute(sql: "INSERT INTO node_label(node_id, label) VALUES (1, 'Person')")
      try db.execute(
        sql: """
          INSERT INTO article(id, source, title, content_hash, text)
          VALUES (7, 'talks.txt', 'Talks in Astana', 'abc123', 'Kazakh and Chinese ministers met in Astana.')
          """)
      try db.execute(
        sql: """
          INSERT INTO evidence(article_id, node_id, sentence_index, sentence, start_offset, end_offset, rule)
          VALUES (7, 1, 0, 'Kazakh and Chinese ministers met in Astana.', 0, 6, 'test')
          """)
    }
    try pool.close()
    return path
  }

  @Test func versionOneDatabaseIsBackedUpAndUpgradedWithItsData() throws {
    let path = try Self.versionOneDatabase()
    let store = try GraphStore(path: path)
    #expect(try store.read { try Int.fetchOne($0.db, sql: "PRAGMA user_version") } == 8)
    let article = try #require(try store.read { try $0.article(source: "talks.txt") })
    #expect(article.id == 7)
    #expect(article.title == "Talks in Astana")
    #expect(article.contentHash == "abc123")
    // read by an extractor too old to say which: the next ingest reads it again
    #expect(article.extractorVersion == nil)
    let rows = try store.read { g in
      (
        try String.fetchOne(g.db, sql: "SELECT text FROM article WHERE id = 7"),
        try Int.fetchOne(g.db, sql: "SELECT count(*) FROM evidence WHERE article_id = 7"),
        try Int.fetchOne(
          g.db, sql: "SELECT count(*) FROM node n JOIN label l ON l.id = n.label_id WHERE l.name = 'Person'")
      )
    }
    #expect(rows.0 == "Kazakh and Chinese ministers met in Astana.")
    #expect(rows.1 == 1)
    #expect(rows.2 == 1)
    #expect(try store.read { try $0.statistics().articlesByExtractorVersion } == ["none": 1])

    // the backup is the schema-1 file as it was
    let backup = try DatabaseQueue(path: "\(path).backup-v1")
    let saved = try backup.read { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"),
        try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('article')"),
        try String.fetchOne(db, sql: "SELECT title FROM article WHERE id = 7")
      )
    }
    try backup.close()
    #expect(saved.0 == 1)
    #expect(!saved.1.contains("extractor_version"))
    #expect(saved.2 == "Talks in Astana")
  }

  @Test func writesRecordTheExtractorVersion() throws {
    let store = try GraphStore()
    try store.write { g in
      _ = try g.insertArticle(
        source: "a.txt", title: nil, outlet: nil, published: nil, url: nil, contentHash: "h1", text: "x",
        nodeID: nil, extractorVersion: 5)
      _ = try g.insertArticle(
        source: "b.txt", title: nil, outlet: nil, published: nil, url: nil, contentHash: "h2", text: "y",
        nodeID: nil, extractorVersion: 5)
    }
    #expect(try store.read { try $0.article(source: "a.txt")?.extractorVersion } == 5)
    #expect(try store.read { try $0.statistics().articlesByExtractorVersion } == ["5": 2])
  }
}
