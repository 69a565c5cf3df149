import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "stats", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'stats' is not available in this build yet") }
}
