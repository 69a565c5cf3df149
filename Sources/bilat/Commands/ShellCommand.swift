import ArgumentParser
import BilatQuery
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

struct ShellCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell",
    abstract: "An interactive prompt for Cypher queries; end each statement with ';'.",
    discussion: "Reads statements from standard input (also when piped), prints aligned tables. Type :quit to leave.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var output: QueryOutputOptions

  func run() throws {
    let engine = CypherEngine(store: try store.openExisting(), options: output.queryOptions)
    let interactive = isatty(0) != 0
    var buffer = ""
    var failures = 0
    func prompt() {
      guard interactive else { return }
      FileHandle.standardOutput.write(Data((buffer.isEmpty ? "bilat> " : "   ...> ").utf8))
    }
    prompt()
    while let line = readLine() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if buffer.isEmpty && (trimmed == ":quit" || trimmed == ":q" || trimmed == "exit") { break }
      if buffer.isEmpty && trimmed.isEmpty {
        prompt()
        continue
      }
      buffer += (buffer.isEmpty ? "" : "\n") + line
      if trimmed.hasSuffix(";") {
        let statement = String(buffer.trimmingCharacters(in: .whitespacesAndNewlines).dropLast())
        buffer = ""
        do {
          let result = try engine.run(statement)
          QueryPrinter.print(result, format: output.format)
        } catch {
          failures += 1
          FileHandle.standardError.write(Data((error.description + "\n").utf8))
        }
      }
      prompt()
    }
    if !buffer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      FileHandle.standardError.write(Data("error: statement not ended with ';' at end of input\n".utf8))
      failures += 1
    }
    if interactive { print("") }
    if failures > 0 && !interactive { throw ExitCode.failure }
  }
}
