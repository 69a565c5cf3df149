import Foundation
import GRDB
import Testing

/// `bilat ingest` over good and bad files: each bad one gets its own `PATH: error: ...` line, the
/// good ones are ingested, and the exit status is 1. (The 100 MB file, thousands of files and peak
/// memory are in `.ci/reliability/bad_files.sh`.)
@Suite struct BadFileTests {
  static let bad: [(name: String, bytes: [UInt8], message: String)] = [
    ("empty.txt", [], "file is empty"),
    ("blank.txt", Array(" \n\t\n".utf8), "file is empty"),
    (
      "binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00],
      "file looks binary (contains NUL or control bytes), not an article"
    ),
    (
      "utf16.txt", [0xFF, 0xFE, 0x4B, 0x00, 0x61, 0x00, 0x7A, 0x00],
      "file looks binary (contains NUL or control bytes), not an article"
    ),
    (
      "latin1.txt", Array("Kazakhstan and T".utf8) + [0xFC] + Array("rkiye signed an agreement in Ankara.\n".utf8),
      "invalid UTF-8 at byte 16"
    ),
    (
      "no-body.md", Array("# Heading\n\n[link](http://example.com)\n".utf8),
      "no article body found (only headings, links or clutter)"
    ),
  ]

  @Test func eachBadFileIsReportedAndTheGoodOneIngested() throws {
    let dir = try Scratch.directory("bad-files")
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let briefs = root.appendingPathComponent("Data/articles/dev")
    let brief = try #require(
      try FileManager.default.contentsOfDirectory(atPath: briefs.path).filter { $0.hasSuffix(".txt") }.sorted().first)
    try FileManager.default.copyItem(at: briefs.appendingPathComponent(brief), to: dir.appendingPathComponent(brief))
    for file in Self.bad {
      #expect(
        FileManager.default.createFile(atPath: dir.appendingPathComponent(file.name).path, contents: Data(file.bytes)))
    }
    let fifo = dir.appendingPathComponent("fifo-given-by-path.txt").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let db = dir.appendingPathComponent("graph.sqlite").path
    let outcome = try CLI.bilat(["ingest", "--quiet", "--db", db, dir.path, fifo], timeout: 120)
    #expect(!outcome.timedOut)
    #expect(outcome.status == 1)
    let lines = Set(outcome.err.split(separator: "\n").map(String.init))
    for file in Self.bad {
      #expect(lines.contains("\(dir.path)/\(file.name): error: \(file.message)"), "stderr was: \(outcome.err)")
    }
    #expect(
      lines.contains("\(fifo): error: cannot read file: not a regular file (a named pipe or other special file)"),
      "stderr was: \(outcome.err)")
    #expect(
      outcome.out.contains("articles: 1 new, 0 unchanged, 0 replaced, \(Self.bad.count + 1) failed"), "\(outcome.out)")
    let counts = try Fingerprint.counts(db)
    #expect(counts["article"] == 1)
    #expect((counts["evidence"] ?? 0) > 0)
  }
}
