import BilatExtraction
import BilatIngest
import BilatStore
import Foundation
import GRDB
import Testing

@Suite("Ingest")
struct IngestTests {
  struct Counts: Equatable {
    var nodes, relationships, aliases, evidence, articles: Int
  }

  static func counts(_ store: GraphStore) throws -> Counts {
    try store.read { (g: GraphDatabase) throws -> Counts in
      func n(_ table: String) throws -> Int {
        // table names come from the fixed list below, never from input
        try Int.fetchOne(g.db, sql: "SELECT count(*) FROM \(table)") ?? 0
      }
      return Counts(
        nodes: try n("node"), relationships: try n("relationship"), aliases: try n("alias"),
        evidence: try n("evidence"), articles: try n("article"))
    }
  }

  static func tempDir() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-ingest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test("ingesting the same articles twice changes nothing")
  func idempotent() throws {
    let store = try GraphStore()
    let ingestor = Ingestor(store: store)
    let files = ["scraped-clutter.txt", "wire-dateline.txt", "release-updated.md"].map(Fixture.path)
    for f in files { #expect(try ingestor.ingest(path: f).outcome == .new) }
    let first = try IngestTests.counts(store)
    for f in files { #expect(try ingestor.ingest(path: f).outcome == .unchanged) }
    #expect(try IngestTests.counts(store) == first)
    #expect(first.articles == 3)
  }

  @Test("two articles about one meeting make one Meeting and one MET_WITH with evidence from both")
  func oneMeeting() throws {
    let store = try GraphStore()
    let ingestor = Ingestor(store: store)
    try ingestor.ingest(path: Fixture.path("2023-11-28-outlet-a.txt"))
    try ingestor.ingest(path: Fixture.path("2023-11-27-outlet-b.txt"))
    try store.read { (g: GraphDatabase) throws -> Void in
      let meetings = try Int.fetchOne(
        g.db, sql: "SELECT count(*) FROM node WHERE label_id = (SELECT id FROM label WHERE name = 'Meeting')")
      #expect(meetings == 1)
      let met = try Int64.fetchAll(g.db, sql: "SELECT id FROM relationship "
          + "WHERE type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')")
      #expect(met.count == 1)
      let articles = Set(try g.evidence(relationship: met[0]).map(\.articleID))
      #expect(articles.count == 2)
      // Smailov/Smaiylov, Khorgos/Horgos meet through transliteration folding
      let people = try g.nodes(withFoldedAlias: "Alikhan Smaiylov", label: "Person")
      #expect(people.count == 1)
      #expect(try g.aliases(of: people[0]).contains("Alikhan Smaiylov"))
      #expect(try g.nodes(withFoldedAlias: "Nur Zholy-Horgos checkpoint", label: "Facility").count == 1)
      let persons = try Int.fetchOne(
        g.db, sql: "SELECT count(*) FROM node WHERE label_id = (SELECT id FROM label WHERE name = 'Person')")
      #expect(persons == 2)
    }
  }

  @Test("people who share a surname are not merged")
  func sameSurname() throws {
    let store = try GraphStore()
    let ingestor = Ingestor(store: store)
    let dir = try IngestTests.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("2024-01-01-a.txt")
    let b = dir.appendingPathComponent("2024-01-02-b.txt")
    try "Kazakh Minister of Energy Almas Nurlanov met Chinese Ambassador Zhang Xiao in Astana on Monday."
      .write(to: a, atomically: true, encoding: .utf8)
    try "Kazakh Minister of Culture Dana Nurlanov met Chinese Ambassador Zhang Xiao in Astana on Tuesday."
      .write(to: b, atomically: true, encoding: .utf8)
    try ingestor.ingest(path: a.path)
    try ingestor.ingest(path: b.path)
    let persons = try store.read { (g: GraphDatabase) throws -> Int? in
      try Int.fetchOne(
        g.db, sql: "SELECT count(*) FROM node WHERE label_id = (SELECT id FROM label WHERE name = 'Person')")
    }
    #expect(persons == 3)
  }

  @Test("a changed article replaces its own facts")
  func changedArticle() throws {
    let store = try GraphStore()
    let ingestor = Ingestor(store: store)
    let dir = try IngestTests.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("2024-02-01-story.txt")
    try "Kazakh Prime Minister Olzhas Bektenov met Russian Deputy Prime Minister Alexei Overchuk in Moscow on Monday."
      .write(to: file, atomically: true, encoding: .utf8)
    #expect(try ingestor.ingest(path: file.path).outcome == .new)
    try "Kazakh Prime Minister Olzhas Bektenov met Uzbek Prime Minister Abdulla Aripov in Tashkent on Monday."
      .write(to: file, atomically: true, encoding: .utf8)
    #expect(try ingestor.ingest(path: file.path).outcome == .replaced)
    try store.read { (g: GraphDatabase) throws -> Void in
      #expect(try g.nodes(withAlias: "Alexei Overchuk", label: "Person").isEmpty)
      #expect(try g.nodes(withAlias: "Moscow", label: "City").isEmpty)
      #expect(try g.nodes(withAlias: "Abdulla Aripov", label: "Person").count == 1)
      #expect(try Int.fetchOne(g.db, sql: "SELECT count(*) FROM article") == 1)
      #expect(try Int.fetchOne(g.db, sql: "SELECT count(*) FROM relationship "
          + "WHERE type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')") == 1)
    }
  }

  @Test("bad files give a clear error and leave the database as it was", arguments: ["empty", "binary", "latin1"])
  func badFile(kind: String) throws {
    let store = try GraphStore()
    let ingestor = Ingestor(store: store)
    try ingestor.ingest(path: Fixture.path("wire-dateline.txt"))
    let before = try IngestTests.counts(store)
    let dir = try IngestTests.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("\(kind).txt")
    let bytes: [UInt8] =
      switch kind {
      case "empty": [0x20, 0x0A]
      case "binary": [0x00, 0x01, 0x02, 0x03, 0x50, 0x4B]
      default: Array("Caf".utf8) + [0xE9] + Array(" talks in Astana were held.".utf8)
      }
    try Data(bytes).write(to: url)
    #expect(throws: ReaderError.self) { try ingestor.ingest(path: url.path) }
    do {
      try ingestor.ingest(path: url.path)
    } catch {
      #expect("\(error)".hasPrefix("\(url.path): error: "))
    }
    #expect(try IngestTests.counts(store) == before)
  }
}

@Suite("Display names and evidence")
struct DisplayTests {
  @Test("Article nodes are named by their title, Meeting nodes by participants and date")
  func names() throws {
    let store = try GraphStore()
    try Ingestor(store: store).ingest(path: Fixture.path("release-updated.md"))
    let (articles, meetings) = try store.read { (g: GraphDatabase) throws -> ([String], [String]) in
      func names(_ label: String) throws -> [String] {
        try String.fetchAll(
          g.db,
          sql: """
            SELECT name FROM node WHERE label_id = (SELECT id FROM label WHERE name = ?) AND name IS NOT NULL
            """, arguments: [label])
      }
      return (try names("Article"), try names("Meeting"))
    }
    let x = try Fixture.extract("release-updated.md")
    #expect(articles == [x.article.title ?? "release-updated.md"])
    #expect(meetings.count == 1)
    #expect(
      meetings.allSatisfy {
        $0.contains(" – ") && $0.range(of: #", \d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil
      })
  }

  @Test("MET_WITH rests on the meeting sentence, not on later sentences about the talks")
  func meetingEvidence() throws {
    let x = try Fixture.article(
      """
      ASTANA, March 3 (Wire) - Prime Minister Alikhan Smailov met Chinese Vice Premier Ding Xuexiang in Astana on Monday. \
      Smailov welcomed the visa-free regime between the two countries. The sides discussed trade and energy.
      """, source: "2024-03-03-g.txt")
    let met = try #require(x.relations("MET_WITH").first)
    #expect(met.evidence.map(\.sentence) == [0])
    #expect(x.entityNames("Meeting") == ["Smailov – Ding Xuexiang, 2024-02-26"])
  }
}
