import ArgumentParser
import BilatExtraction
import BilatIngest
import BilatStore
import Foundation

/// `bilat ingest PATH...`: extracts articles and stores their facts in the graph.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Extract entities and relations from articles and add them to the graph.",
    discussion: """
      PATH is an article (.txt or .md, optionally with a front matter block) or a folder searched \
      recursively for them (README, CHANGELOG and LICENSE files skipped). Each article is stored in its own transaction: unchanged text is \
      skipped, a changed article at the same path replaces its own facts, and the same person, \
      place or meeting seen in several articles becomes one node with several evidence rows. \
      Files that cannot be read (empty, binary, invalid UTF-8) are reported as \
      'PATH: error: ...' and skipped; the command then exits with status 1.
      """)

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("Article files or folders.", valueName: "path"))
  var paths: [String]

  @Flag(name: .long, help: "Do not show progress on standard error.")
  var quiet = false

  func run() throws {
    let (files, missing) = FileCollector.collect(paths)
    var failed = missing.count
    for m in missing { FileHandle.standardError.write(Data("\(m): error: no such file or folder\n".utf8)) }
    let graph = try store.open()
    let ingestor = Ingestor(store: graph)
    var counts: [IngestOutcome: Int] = [:]
    var entities = 0
    var relations = 0
    let showProgress = !quiet && isatty(STDERR_FILENO) != 0
    for (n, file) in files.enumerated() {
      if showProgress { progress(n, files.count, file) }
      do {
        let r = try ingestor.ingest(path: file)
        counts[r.outcome, default: 0] += 1
        entities += r.entities
        relations += r.relations
      } catch let e as ReaderError {
        failed += 1
        clearProgress(showProgress)
        FileHandle.standardError.write(Data("\(e.description)\n".utf8))
      } catch {
        failed += 1
        clearProgress(showProgress)
        FileHandle.standardError.write(Data("\(file): error: \(error)\n".utf8))
      }
    }
    clearProgress(showProgress)
    if (counts[.new] ?? 0) + (counts[.replaced] ?? 0) + (counts[.reextracted] ?? 0) > 0 {
      // Statistics only help the planner: a busy database must not fail a finished ingest,
      // but the user learns that queries may plan worse until the next ingest or import.
      do {
        try PlannerStatistics.optimize(graph)
      } catch {
        FileHandle.standardError.write(
          Data(
            ("warning: planner statistics were not refreshed (PRAGMA optimize: \(error)); "
              + "the next ingest or import refreshes them\n").utf8
          ))
      }
    }
    let totals = try graph.read { g in
      (
        try Int.fetchOne(g.db, sql: "SELECT count(*) FROM node") ?? 0,
        try Int.fetchOne(g.db, sql: "SELECT count(*) FROM relationship") ?? 0
      )
    }
    print(
      """
      articles: \(counts[.new] ?? 0) new, \(counts[.unchanged] ?? 0) unchanged, \(counts[.replaced] ?? 0) replaced, \
      \(counts[.reextracted].map { "\($0) re-extracted, " } ?? "")\(failed) failed
      extracted: \(entities) entities, \(relations) relations
      graph: \(totals.0) nodes, \(totals.1) relationships
      """)
    if failed > 0 { throw ExitCode(1) }
  }

  func progress(_ n: Int, _ total: Int, _ file: String) {
    let width = 30
    let done = total == 0 ? width : n * width / total
    let bar = String(repeating: "#", count: done) + String(repeating: "-", count: width - done)
    let name = (file as NSString).lastPathComponent.prefix(40)
    FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(n + 1)/\(total) \(name)".utf8))
  }

  func clearProgress(_ shown: Bool) {
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
