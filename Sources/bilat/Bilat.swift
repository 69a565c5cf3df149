import ArgumentParser

/// The `bilat` command: ingest articles, query the graph, export pictures.
@main
struct Bilat: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bilat",
    abstract: "Turn news about relations between countries into a knowledge graph you can question.",
    discussion: """
      The graph lives in one SQLite file: --db PATH, else $BILAT_DB, else bilat.sqlite in the \
      working directory.
      """,
    version: "0.1.0",
    subcommands: [
      IngestCommand.self, ImportCommand.self, StatsCommand.self, CompactCommand.self, QueryCommand.self,
      ShellCommand.self,
      WhoMetCommand.self, ProjectsCommand.self, AgreementsCommand.self, CreateCommand.self,
      ExportCommand.self, EvalCommand.self, DemoCommand.self, TrainCommand.self, ServeCommand.self,
    ])
}
