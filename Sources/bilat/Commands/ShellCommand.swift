import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct ShellCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "shell", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'shell' is not available in this build yet") }
}
