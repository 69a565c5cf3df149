import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "import", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'import' is not available in this build yet") }
}
