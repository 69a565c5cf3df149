import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct AgreementsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "agreements", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'agreements' is not available in this build yet") }
}
