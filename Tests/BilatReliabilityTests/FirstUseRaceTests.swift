import Foundation
import GRDB
import Testing

@testable import BilatStore

/// Several `bilat` processes (or several `GraphStore`s on threads) opening a database file that
/// does not exist yet at the same moment: the first creates the schema, the others wait for it
/// and find it finished. None may fail with "database is locked", and nothing may be lost.
@Suite(.serialized) struct FirstUseRaceTests {
  static let processes = 6
  static let rounds = 3

  /// Two short articles for process `index`, in words of our own; every text differs, so no two
  /// share a content hash and the article count after the race is the sum of the sets.
  static func articleSet(_ index: Int, round: Int, in folder: URL) throws -> URL {
    let pairs = [
      ("Kazakhstan", "Uzbekistan", "Tashkent"), ("Kyrgyzstan", "China", "Bishkek"),
      ("Tajikistan", "India", "Dushanbe"), ("Turkmenistan", "Turkey", "Ashgabat"),
      ("Mongolia", "Japan", "Ulaanbaatar"), ("Azerbaijan", "Georgia", "Baku"),
    ]
    let sectors = ["railway freight", "solar power", "wheat exports", "water sharing", "student exchanges"]
    let dir = folder.appendingPathComponent("set-\(index)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let (host, guest, city) = pairs[index % pairs.count]
    for article in 0..<2 {
      let day = 1 + (index * 2 + article + round * 5) % 27
      let sector = sectors[(index + article + round) % sectors.count]
      let text = """
        # \(host) and \(guest) talk about \(sector)

        \(city), \(day) March 2025 -- Delegations of \(host) and \(guest) held talks in \(city) on \(sector).
        The two sides signed a memorandum on \(sector) worth \(10 + index * 7 + article) million dollars.
        Officials said a working group would meet again in round \(round), set \(index), note \(article).
        """
      try text.write(to: dir.appendingPathComponent("brief-\(article).md"), atomically: true, encoding: .utf8)
    }
    return dir
  }

  @Test func ingestsStartedTogetherOnAMissingFileAllSucceed() throws {
    for round in 0..<Self.rounds {
      let folder = try Scratch.directory("first-use-\(round)")
      let db = folder.appendingPathComponent("graph.sqlite").path
      let sets = try (0..<Self.processes).map { try Self.articleSet($0, round: round, in: folder) }
      let outcomes = try StartLine.run(sets.map { ["ingest", "--quiet", "--db", db, $0.path] }, in: folder)
      for (index, outcome) in outcomes.enumerated() {
        #expect(outcome.status == 0, "round \(round), process \(index): exit \(outcome.status): \(outcome.err)")
        #expect(!outcome.err.contains("locked"), "round \(round), process \(index): \(outcome.err)")
      }
      let check = try Self.check(db)
      #expect(check.articles == Self.processes * 2, "round \(round)")
      #expect(check.integrity == "ok", "round \(round)")
      #expect(check.version == (try SchemaMigrator.bundledMigrations().count), "round \(round)")
      #expect(check.journalMode == "wal", "round \(round)")
    }
  }

  /// Several `GraphStore`s opened on threads released together, each then writing one node.
  @Test func storesOpenedOnThreadsTogetherAllSucceed() throws {
    let threads = 8
    for round in 0..<Self.rounds {
      let path = try Scratch.databasePath("threads-\(round)")
      let start = DispatchSemaphore(value: 0)
      let finished = DispatchGroup()
      let failures = Failures()
      for index in 0..<threads {
        finished.enter()
        Thread.detachNewThread {
          defer { finished.leave() }
          start.wait()
          do {
            let store = try GraphStore(path: path)
            try store.write { g in _ = try g.createNode(labels: ["Country"], properties: ["name": .string("C\(index)")]) }
          } catch {
            failures.add("thread \(index): \(error)")
          }
        }
      }
      for _ in 0..<threads { start.signal() }
      finished.wait()
      #expect(failures.all.isEmpty, "round \(round): \(failures.all)")
      let check = try Self.check(path)
      #expect(check.nodes == threads, "round \(round)")
      #expect(check.integrity == "ok", "round \(round)")
    }
  }

  /// Processes that find the same older schema: one backs it up and migrates, the others wait
  /// and find the new version; the backup is the old file, whole. Needs a schema version 2.
  @Test(.enabled(if: (try? SchemaMigrator.bundledMigrations().count) ?? 0 >= 2, "needs Schema/002 (an older version)"))
  func processesFindingAnOlderSchemaBackUpAndMigrateOnce() throws {
    let migrations = try SchemaMigrator.bundledMigrations()
    let folder = try Scratch.directory("older-race")
    let path = folder.appendingPathComponent("graph.sqlite").path
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: migrations[0].sql)
      try db.execute(sql: "PRAGMA user_version = 1")
      try db.execute(sql: "INSERT INTO node(id) VALUES (1)")
      try db.execute(sql: "INSERT INTO node_label(node_id, label) VALUES (1, 'Country')")
    }
    try queue.close()
    let before = try Fingerprint.ofForeign(path)
    let outcomes = try StartLine.run(Array(repeating: ["stats", "--json", "--db", path], count: Self.processes), in: folder)
    for (index, outcome) in outcomes.enumerated() {
      #expect(outcome.status == 0, "process \(index): \(outcome.err)")
      #expect(outcome.out.contains("\"schemaVersion\" : \(migrations.count)"), "process \(index)")
    }
    #expect(try Fingerprint.ofForeign("\(path).backup-v1") == before)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.filter { $0.contains("backup") } == ["graph.sqlite.backup-v1"], "\(names)")
  }

  struct Check {
    var articles: Int
    var nodes: Int
    var integrity: String
    var version: Int
    var journalMode: String
  }

  static func check(_ path: String) throws -> Check {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in
      Check(
        articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? -1,
        nodes: try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? -1,
        integrity: try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "?",
        version: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? -1,
        journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?")
    }
  }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []

  func add(_ message: String) { lock.withLock { messages.append(message) } }
  var all: [String] { lock.withLock { messages } }
}

/// Starts several `bilat` runs so that they begin at the same moment: each child is a shell
/// blocked reading one line from a FIFO, and one write of a line per child releases them all.
enum StartLine {
  static func run(_ commands: [[String]], in folder: URL, timeout: Double = 180) throws -> [CLI.Outcome] {
    let fifo = folder.appendingPathComponent("start-line").path
    guard mkfifo(fifo, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: fifo]) }
    // Opened read-write, so neither this open nor the children's opens block; the children
    // block in `read` until their line arrives.
    let line = open(fifo, O_RDWR)
    guard line >= 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: fifo]) }
    defer { close(line) }
    var children: [(Child, String, String)] = []
    for (index, arguments) in commands.enumerated() {
      let out = folder.appendingPathComponent("out-\(index)").path
      let err = folder.appendingPathComponent("err-\(index)").path
      let script = "read go < \"$1\"; shift; exec \"$@\""
      let child = try Child("/bin/sh", ["-c", script, "sh", fifo, CLI.bilatPath] + arguments, out: out, err: err)
      children.append((child, out, err))
    }
    // Give every shell time to reach its `read`, then release them with one write.
    usleep(300_000)
    let go = Array(repeating: "go\n", count: commands.count).joined()
    _ = go.withCString { write(line, $0, strlen($0)) }
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut: Set<Int> = []
    for (index, (child, _, _)) in children.enumerated() {
      while child.isRunning && Date() < deadline { usleep(5_000) }
      if child.isRunning {
        child.kill()
        timedOut.insert(index)
      }
    }
    return children.enumerated().map { index, run in
      let (child, out, err) = run
      return CLI.Outcome(
        status: child.exitStatus,
        out: String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self),
        err: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self),
        timedOut: timedOut.contains(index), maxRSSKiB: 0)
    }
  }
}
