import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "eval", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'eval' is not available in this build yet") }
}
