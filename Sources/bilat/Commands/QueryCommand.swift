import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct QueryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "query", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'query' is not available in this build yet") }
}
