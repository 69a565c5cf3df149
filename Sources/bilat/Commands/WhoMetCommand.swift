import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct WhoMetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "who-met", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'who-met' is not available in this build yet") }
}
