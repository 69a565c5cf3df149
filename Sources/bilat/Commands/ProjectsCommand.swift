import ArgumentParser

// Placeholder until its issue lands; replaced by the owning work stream.
struct ProjectsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "projects", abstract: "(not yet available)")
  func run() throws { throw ValidationError("'projects' is not available in this build yet") }
}
