import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "ingest", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'ingest' is not available in this build yet") }
}
