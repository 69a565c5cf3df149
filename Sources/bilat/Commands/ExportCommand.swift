import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "export", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'export' is not available in this build yet") }
}
