import ArgumentParser
import BilatStore

/// `bilat compact`: give the database's free pages back to the file system.
struct CompactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compact",
    abstract: "Rewrite the database without its free pages (SQLite's VACUUM).",
    discussion: """
      Deletes, replaced articles and schema upgrades leave free pages that later writes reuse; \
      `bilat stats` says when more than a tenth of the file is free. Compacting rewrites the \
      file in one transaction (an interruption leaves it as it was) and needs free disk space \
      about the size of the database.
      """)

  @OptionGroup var store: StoreOptions

  func run() throws {
    let (before, after) = try store.openExisting().compact()
    print(
      "\(store.resolvedPath): \(StatsCommand.formatBytes(before)) -> \(StatsCommand.formatBytes(after))")
  }
}
