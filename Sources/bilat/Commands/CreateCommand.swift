import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct CreateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "create", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'create' is not available in this build yet") }
}
