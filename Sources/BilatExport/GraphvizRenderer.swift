import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Renders DOT to a picture by piping it through Graphviz's `dot`, streaming: the DOT text is
/// written into `dot`'s standard input as it is produced, never held whole.
public enum GraphvizRenderer {
  /// Picture formats `dot` can write.
  public enum Format: String, CaseIterable, Sendable {
    case svg, png, pdf
  }

  /// Graphviz layout engines (`dot -K`): `dot` for layered drawings (the default), `sfdp` and
  /// `fdp` for large undirected-looking networks, `neato`, `circo`, `twopi`.
  public enum Layout: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi
  }

  /// The path of the `dot` executable on `PATH`, or nil when Graphviz is not installed.
  public static func locateDot(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") where !directory.isEmpty {
      let candidate = "\(directory)/dot"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `dot -T<format> -o <destination>` and lets `produce` write DOT into its input.
  ///
  /// - Returns: whatever Graphviz printed on stderr (warnings), trimmed; empty when silent.
  /// - Throws: ``ExportError/graphvizMissing`` when `dot` is not installed,
  ///   ``ExportError/graphvizFailed(status:message:)`` when it fails (the destination is removed).
  @discardableResult
  public static func render(
    format: Format, to destination: URL, layout: Layout = .dot, dotPath: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment, _ produce: (TextOutput) throws -> Void
  ) throws -> String {
    guard let dot = dotPath ?? locateDot(environment: environment) else { throw ExportError.graphvizMissing }
    // A `dot` that dies early must surface as an error from write(), not kill this process.
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: dot)
    process.arguments = ["-T\(format.rawValue)", "-K\(layout.rawValue)", "-o", destination.path]
    let input = Pipe()
    process.standardInput = input
    let errorLog = FileManager.default.temporaryDirectory
      .appendingPathComponent("bilat-dot-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).log")
    _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorLog) }
    let errorHandle = try FileHandle(forWritingTo: errorLog)
    process.standardError = errorHandle
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    var producerError: (any Error)?
    do {
      let output = TextOutput(handle: input.fileHandleForWriting)
      try produce(output)
      try output.flush()
    } catch {
      producerError = error
    }
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    try? errorHandle.close()
    let message = (try? String(contentsOf: errorLog, encoding: .utf8)) ?? ""
    if process.terminationStatus != 0 {
      try? FileManager.default.removeItem(at: destination)
      throw ExportError.graphvizFailed(status: process.terminationStatus, message: abridged(message))
    }
    if let producerError {
      try? FileManager.default.removeItem(at: destination)
      throw producerError
    }
    return abridged(message)
  }

  /// Graphviz can print thousands of lines (one per node) after some errors: keep the first 12.
  static func abridged(_ message: String) -> String {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: true)
    guard lines.count > 12 else { return message.trimmingCharacters(in: .whitespacesAndNewlines) }
    return lines.prefix(12).joined(separator: "\n") + "\n... (\(lines.count - 12) more lines from Graphviz)"
  }
}
